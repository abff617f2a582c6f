package no.avtalebenk.simulation.benchmark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import no.avtalebenk.cases.Cases;

/**
 * Runs the {@link Benchmark} as an Equinox application of the product
 * ({@code -application no.avtalebenk.simulation.benchmark.app}); optional arguments: the number of
 * sweep points (default 10 000) and of Monte Carlo draws (default 100 000). It measures the
 * KS–Kopinor template opened as a case, because its baseline is a hand-written loop over the
 * template's rates. Not part of the test suite; docs/performance.md gives the command and the figures.
 */
public class BenchmarkApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		int scenarios = args != null && args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int draws = args != null && args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		try {
			new Benchmark(Cases.openExample().formulas(), out).run(scenarios, draws);
		} catch (RuntimeException e) {
			// A section that differs from the loop stops the benchmark: say so and fail, never exit 0.
			System.err.println("benchmark: FAILED: " + e.getMessage());
			return Integer.valueOf(1);
		}
		return IApplication.EXIT_OK;
	}

	@Override
	public void stop() {
		// The benchmark runs to completion on the caller's thread; there is nothing to interrupt.
	}
}
