package no.avtalebenk.simulation.benchmark;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.compiled.CompiledFormulas;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.montecarlo.GrowthDriver;
import no.avtalebenk.simulation.montecarlo.MonteCarlo;
import no.avtalebenk.simulation.montecarlo.MonteCarloResult;
import no.avtalebenk.simulation.montecarlo.MonteCarloSpec;

/**
 * The simulation benchmark (docs/performance.md), on SYNTHETIC units ({@link SyntheticUnits}):
 * <ol>
 * <li>formula evaluation (the compiled formulas of the example's formula file, compiled for both
 * years and evaluated for every unit and category) against a hand-written Java loop computing the
 * same payments, in the same run; then compiling alone and evaluating alone (formulas compiled
 * beforehand), and the interpreter for reference;</li>
 * <li>a scenario sweep: many scenarios × all units × 2 years;</li>
 * <li>Monte Carlo: many draws × all units × 2 years, with its peak heap, for two numbers of draws.</li>
 * </ol>
 * Each figure is the best of several timed rounds after warm-up rounds. The compiled formulas are
 * never cached: each timed round of 1. and each scenario of 2. compiles them again.
 */
public final class Benchmark {

	private static final List<Integer> YEARS = List.of(2026, 2027);

	private final Model formulas;
	private final CountTable counts;
	private final PrintStream out;
	private final List<String> units;
	private final BigDecimal[][][] unitCounts;

	Benchmark(Model formulas, PrintStream out) {
		this.formulas = formulas;
		this.counts = SyntheticUnits.table(YEARS);
		this.out = out;
		this.units = counts.units();
		this.unitCounts = new BigDecimal[YEARS.size()][units.size()][SyntheticUnits.CATEGORIES.size()];
		for (int y = 0; y < YEARS.size(); y++) {
			for (int u = 0; u < units.size(); u++) {
				for (int c = 0; c < SyntheticUnits.CATEGORIES.size(); c++) {
					unitCounts[y][u][c] = counts.get(units.get(u), SyntheticUnits.CATEGORIES.get(c), YEARS.get(y))
							.orElseThrow().value();
				}
			}
		}
	}

	void run(int sweepScenarios, int draws) {
		out.printf("Synthetic units: %d; years: %s; categories: %d%n", units.size(), YEARS,
				SyntheticUnits.CATEGORIES.size());
		formulaAgainstLoop();
		sweep(sweepScenarios);
		monteCarlo(draws / 10);
		monteCarlo(draws);
	}

	private void formulaAgainstLoop() {
		// Compiling runs only twice a round: the warm-up must be long enough for the JIT to finish
		// with it, or the figure times half-compiled code.
		int warmUp = 2000;
		int rounds = 1000;
		BigDecimal compiledTotal = null;
		BigDecimal loopTotal = null;
		BigDecimal evaluatedTotal = null;
		long compiledBest = Long.MAX_VALUE;
		long loopBest = Long.MAX_VALUE;
		long compileBest = Long.MAX_VALUE;
		long evaluateBest = Long.MAX_VALUE;
		for (int r = 0; r < warmUp + rounds; r++) {
			long t0 = System.nanoTime();
			compiledTotal = compiled(BigDecimal.ONE);
			long t1 = System.nanoTime();
			loopTotal = handWritten();
			long t2 = System.nanoTime();
			CompiledFormulas[] byYear = compileYears(Overrides.NONE);
			long t3 = System.nanoTime();
			evaluatedTotal = evaluate(byYear);
			long t4 = System.nanoTime();
			if (r >= warmUp) {
				compiledBest = Math.min(compiledBest, t1 - t0);
				loopBest = Math.min(loopBest, t2 - t1);
				compileBest = Math.min(compileBest, t3 - t2);
				evaluateBest = Math.min(evaluateBest, t4 - t3);
			}
		}
		if (compiledTotal.compareTo(loopTotal) != 0 || evaluatedTotal.compareTo(loopTotal) != 0) {
			throw new IllegalStateException("The hand-written loop computes " + loopTotal + ", the formulas "
					+ compiledTotal + " and " + evaluatedTotal);
		}
		long interpreterBest = Long.MAX_VALUE;
		for (int r = 0; r < 20; r++) {
			long t0 = System.nanoTime();
			BigDecimal total = Simulator.simulate("bench", "bench", formulas, counts, YEARS).total(2026);
			interpreterBest = r >= 10 ? Math.min(interpreterBest, System.nanoTime() - t0) : interpreterBest;
			if (total.signum() <= 0) {
				throw new IllegalStateException("no payments");
			}
		}
		int cells = units.size() * YEARS.size() * SyntheticUnits.CATEGORIES.size();
		out.printf("1. Formula evaluation, %d cells (total NOK %s, equal in both):%n", cells, compiledTotal.toPlainString());
		out.printf("   hand-written loop                          %8.3f ms%n", loopBest / 1e6);
		out.printf("   compiled formulas (compiling included)     %8.3f ms   ratio to loop %.2f%n", compiledBest / 1e6,
				(double) compiledBest / loopBest);
		out.printf("     compiling alone, %d years                 %8.3f ms   ratio to loop %.2f%n", YEARS.size(),
				compileBest / 1e6, (double) compileBest / loopBest);
		out.printf("     evaluating alone, compiled beforehand    %8.3f ms   ratio to loop %.2f%n", evaluateBest / 1e6,
				(double) evaluateBest / loopBest);
		out.printf("   interpreter (Simulator)                    %8.3f ms   ratio to loop %.2f%n", interpreterBest / 1e6,
				(double) interpreterBest / loopBest);
	}

	/** All payments through the compiled formulas, with a common factor on the category rates. */
	private BigDecimal compiled(BigDecimal factor) {
		Overrides overrides = factor.compareTo(BigDecimal.ONE) == 0 ? Overrides.NONE
				: Overrides.NONE.withCategoryRatesFactor(factor);
		return evaluate(compileYears(overrides));
	}

	/** The formulas compiled for each year, nothing cached: every call compiles again. */
	private CompiledFormulas[] compileYears(Overrides overrides) {
		CompiledFormulas[] byYear = new CompiledFormulas[YEARS.size()];
		for (int y = 0; y < YEARS.size(); y++) {
			byYear[y] = CompiledFormulas.compile(formulas, YEARS.get(y), overrides);
		}
		return byYear;
	}

	/** The sum of all payments of all units, categories and years, through formulas compiled already. */
	private BigDecimal evaluate(CompiledFormulas[] byYear) {
		BigDecimal total = BigDecimal.ZERO;
		for (int y = 0; y < YEARS.size(); y++) {
			CompiledFormulas compiled = byYear[y];
			int n = compiled.categories().size();
			for (BigDecimal[] unit : unitCounts[y]) {
				for (int c = 0; c < n; c++) {
					total = total.add(compiled.evaluate(c, unit));
				}
			}
		}
		return total;
	}

	/**
	 * The same payments written by hand: Kopinor's 2023 rates, index 1.000, rate rounded to øre, times
	 * the count, rounded to øre; an exact third of the administrative årsverk (the product divided
	 * by 3 and rounded once, as the language's exact fractions do).
	 */
	private BigDecimal handWritten() {
		BigDecimal[] rates = { new BigDecimal("222.78"), new BigDecimal("72.22"), new BigDecimal("1.14"),
				new BigDecimal("212.28"), new BigDecimal("191.04"), new BigDecimal("181.81") };
		BigDecimal three = BigDecimal.valueOf(3);
		BigDecimal index = new BigDecimal("1.000");
		BigDecimal total = BigDecimal.ZERO;
		for (int y = 0; y < YEARS.size(); y++) {
			BigDecimal[] indexed = new BigDecimal[rates.length];
			for (int c = 0; c < rates.length; c++) {
				indexed[c] = rates[c].multiply(index).setScale(2, RoundingMode.HALF_UP);
			}
			for (BigDecimal[] unit : unitCounts[y]) {
				for (int c = 0; c < 5; c++) {
					total = total.add(indexed[c].multiply(unit[c]).setScale(2, RoundingMode.HALF_UP));
				}
				total = total.add(indexed[5].multiply(unit[5]).divide(three, 2, RoundingMode.HALF_UP));
			}
		}
		return total;
	}

	private void sweep(int scenarios) {
		for (int warm = 0; warm < 500; warm++) {
			compiled(factor(warm, scenarios));
		}
		long t0 = System.nanoTime();
		BigDecimal check = BigDecimal.ZERO;
		for (int s = 0; s < scenarios; s++) {
			check = check.max(compiled(factor(s, scenarios)));
		}
		long elapsed = System.nanoTime() - t0;
		long cells = (long) scenarios * units.size() * YEARS.size() * SyntheticUnits.CATEGORIES.size();
		out.printf("2. Scenario sweep: %d scenarios (common rate factor 0.90-1.10) x %d units x %d years = %d cells%n",
				scenarios, units.size(), YEARS.size(), cells);
		out.printf("   %.2f s, %.2f million payment cells per second (largest total NOK %s)%n", elapsed / 1e9,
				cells / (elapsed / 1e9) / 1e6, check.toPlainString());
	}

	private static BigDecimal factor(int s, int scenarios) {
		return new BigDecimal("0.90").add(BigDecimal.valueOf(s).multiply(new BigDecimal("0.20"))
				.divide(BigDecimal.valueOf(scenarios), 6, RoundingMode.HALF_EVEN));
	}

	private void monteCarlo(int draws) {
		MonteCarloSpec spec = new MonteCarloSpec(1, draws,
				List.of(new GrowthDriver("pupils", -0.0138, 0.01,
						List.of("grunnskole", "kulturskoleMusikk", "kulturskoleAndre", "videregaende", "fagskole")),
						new GrowthDriver("årsverk", 0, 0.01, List.of("administrasjon"))));
		MonteCarlo.run(new MonteCarloSpec(2, Math.min(draws, 20_000), spec.drivers()), formulas, Overrides.NONE, counts,
				YEARS, null);
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
		long t0 = System.nanoTime();
		MonteCarloResult result = MonteCarlo.run(spec, formulas, Overrides.NONE, counts, YEARS, null);
		long elapsed = System.nanoTime() - t0;
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		long cells = (long) draws * units.size() * YEARS.size() * SyntheticUnits.CATEGORIES.size();
		out.printf("3. Monte Carlo: %d draws x %d units x %d years (%d payments), %d threads%n", draws, result.units(),
				YEARS.size(), cells, Runtime.getRuntime().availableProcessors());
		out.printf("   %.2f s, %.0f million payments per second; peak heap %d MB of max %d MB; P50 total %d: NOK %s%n",
				elapsed / 1e9, cells / (elapsed / 1e9) / 1e6, peak >> 20, Runtime.getRuntime().maxMemory() >> 20,
				YEARS.get(1), result.summaries().stream().filter(s -> s.year() == 2027 && s.category().equals("total"))
						.findFirst().orElseThrow().p50().toPlainString());
	}
}
