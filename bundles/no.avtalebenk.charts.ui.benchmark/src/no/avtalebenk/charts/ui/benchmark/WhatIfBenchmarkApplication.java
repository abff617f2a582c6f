package no.avtalebenk.charts.ui.benchmark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.Cases;

/**
 * Runs the {@link WhatIfBenchmark} as an Equinox application of the product
 * ({@code -application no.avtalebenk.charts.ui.benchmark.app}), on the main thread with a display of
 * its own (Xvfb without a screen). Arguments: the number of timed rounds (default 500), and
 * {@code --screenshot FILE} to write a picture of the panel at the end. Not part of the test suite;
 * docs/performance.md gives the command and the figures.
 */
public class WhatIfBenchmarkApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		int rounds = 500;
		Path screenshot = null;
		for (int i = 0; args != null && i < args.length; i++) {
			if (args[i].equals("--screenshot") && i + 1 < args.length) {
				screenshot = Path.of(args[++i]);
			} else if (args[i].matches("\\d+")) {
				rounds = Integer.parseInt(args[i]);
			}
		}
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		Case reference = Cases.openExample().withData(Case.REFERENCE);
		Display display = new Display();
		try {
			new WhatIfBenchmark(display, reference, out).run(rounds, screenshot);
		} finally {
			display.dispose();
		}
		return IApplication.EXIT_OK;
	}

	@Override
	public void stop() {
		// The benchmark runs to completion on the main thread; there is nothing to interrupt.
	}
}
