package no.avtalebenk.simulation.benchmark;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.analysis.Sweep;
import no.avtalebenk.simulation.analysis.SweepParameter;
import no.avtalebenk.simulation.compiled.CompiledFormulas;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.montecarlo.GrowthDriver;
import no.avtalebenk.simulation.montecarlo.MonteCarlo;
import no.avtalebenk.simulation.montecarlo.MonteCarloResult;
import no.avtalebenk.simulation.montecarlo.MonteCarloSpec;
import no.avtalebenk.simulation.montecarlo.Summary;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The simulation benchmark (docs/performance.md), on SYNTHETIC units ({@link SyntheticUnits}) and the
 * example's formula file, for 2026 and 2027. Every section checks what it times against a
 * hand-written loop computing the same payments, in every timed round, outside the clock:
 * <ol>
 * <li>formula evaluation: the compiled formulas (compiled for both years, then evaluated for every
 * unit and category) against a hand-written {@code BigDecimal} loop, payment by payment; compiling
 * alone and evaluating alone;</li>
 * <li>the projection every projecting command runs ({@link Simulator#simulate}, compiled, with a
 * payment cell each) and the evaluator's ({@link Simulator#interpret}), payment by payment;</li>
 * <li>sweeps ({@link Sweep}): a common factor on every category rate and one rate over many points,
 * against a hand-written exact loop in {@code long} øre, every point's yearly totals compared; in ns
 * per payment; and, for reference, the scenarios compiled anew each;</li>
 * <li>Monte Carlo with its peak heap, for two numbers of draws; checked by a run without growth,
 * whose every draw is the loop's payments (the mean of each year's total equals the loop's).</li>
 * </ol>
 * Each figure is the best of its timed rounds after warm-up rounds; the printout names both numbers.
 */
public final class Benchmark {

	private static final List<Integer> YEARS = List.of(2026, 2027);
	/** The categories billed a third of their årsverk: administrasjon and paiKsAdministrasjon. */
	private static final int THIRDS = 5;
	/**
	 * Kopinor's 2023 rates in øre, from which the loops index: by the steps below, each year rounded to
	 * øre, 222.78 × 1.040 = 231.69, × 1.026 = 237.71, × 1.000 (2026 and 2027, assumptions) = 237.71;
	 * likewise 72.22 → 77.06, 1.14 → 1.22, 212.28 → 226.51, 191.04 → 203.85, 181.81 → 194.00. The last
	 * two categories are årsverk at the administrative rate (administration and KS's own årsverk,
	 * protocol point 6).
	 */
	private static final long[] RATES_2023 = { 22278, 7222, 114, 21228, 19104, 18181, 18181 };
	/** The index steps after 2023, one a year from 2024: +4.0 %, +2.6 % (published), 1.000 and 1.000 (assumptions). */
	private static final String[] STEPS = { "1.040", "1.026", "1.000", "1.000" };

	private final Model formulas;
	private final CountTable counts;
	private final PrintStream out;
	private final List<String> units;
	private final int categories = SyntheticUnits.CATEGORIES.size();
	/** per year, unit, category */
	private final BigDecimal[][][] unitCounts;
	/** per year, category, unit: whole counts */
	private final long[][][] longCounts;
	/** the loop's payments per year, unit and category, flattened; the reference every section is checked against */
	private final BigDecimal[] expected;
	/** section 1's best loop time, the reference of section 2's ratios */
	private long loopBest;

	Benchmark(Model formulas, PrintStream out) {
		this.formulas = formulas;
		this.counts = SyntheticUnits.table(YEARS);
		this.out = out;
		this.units = counts.units();
		this.unitCounts = new BigDecimal[YEARS.size()][units.size()][categories];
		this.longCounts = new long[YEARS.size()][categories][units.size()];
		for (int y = 0; y < YEARS.size(); y++) {
			for (int u = 0; u < units.size(); u++) {
				for (int c = 0; c < categories; c++) {
					unitCounts[y][u][c] = counts.get(units.get(u), SyntheticUnits.CATEGORIES.get(c), YEARS.get(y))
							.orElseThrow().value();
					longCounts[y][c][u] = unitCounts[y][u][c].longValueExact();
				}
			}
		}
		this.expected = new BigDecimal[payments()];
		handWritten(expected);
	}

	private int payments() {
		return YEARS.size() * units.size() * categories;
	}

	private int at(int y, int u, int c) {
		return (y * units.size() + u) * categories + c;
	}

	void run(int sweepPoints, int draws) {
		out.printf("Synthetic units: %d; years: %s; categories: %d; %d payments a round%n", units.size(), YEARS,
				categories, payments());
		formulaAgainstLoop();
		projection();
		sweeps(sweepPoints);
		monteCarlo(draws / 10);
		monteCarlo(draws);
	}

	private void formulaAgainstLoop() {
		// Compiling runs only twice a round: the warm-up must be long enough for the JIT to finish
		// with it, or the figure times half-compiled code.
		int warmUp = 2000;
		int rounds = 1000;
		BigDecimal[] loop = new BigDecimal[payments()];
		BigDecimal[] compiled = new BigDecimal[payments()];
		BigDecimal[] evaluated = new BigDecimal[payments()];
		long compiledBest = Long.MAX_VALUE, loopBest = Long.MAX_VALUE, compileBest = Long.MAX_VALUE,
				evaluateBest = Long.MAX_VALUE;
		for (int r = 0; r < warmUp + rounds; r++) {
			long t0 = System.nanoTime();
			evaluate(compileYears(Overrides.NONE), compiled);
			long t1 = System.nanoTime();
			handWritten(loop);
			long t2 = System.nanoTime();
			CompiledFormulas[] byYear = compileYears(Overrides.NONE);
			long t3 = System.nanoTime();
			evaluate(byYear, evaluated);
			long t4 = System.nanoTime();
			check("1. loop", loop);
			check("1. compiled formulas", compiled);
			check("1. evaluated", evaluated);
			if (r >= warmUp) {
				compiledBest = Math.min(compiledBest, t1 - t0);
				loopBest = Math.min(loopBest, t2 - t1);
				compileBest = Math.min(compileBest, t3 - t2);
				evaluateBest = Math.min(evaluateBest, t4 - t3);
			}
		}
		out.printf("1. Formula evaluation, %d payments, each equal to the loop's in all %d rounds; best of %d after %d warm-up:%n",
				payments(), warmUp + rounds, rounds, warmUp);
		out.printf("   hand-written BigDecimal loop               %8.3f ms%n", loopBest / 1e6);
		out.printf("   compiled formulas (compiling included)     %8.3f ms   ratio to loop %.2f%n", compiledBest / 1e6,
				(double) compiledBest / loopBest);
		out.printf("     compiling alone, %d years                 %8.3f ms   ratio to loop %.2f%n", YEARS.size(),
				compileBest / 1e6, (double) compileBest / loopBest);
		out.printf("     evaluating alone, compiled beforehand    %8.3f ms   ratio to loop %.2f%n", evaluateBest / 1e6,
				(double) evaluateBest / loopBest);
		this.loopBest = loopBest;
	}

	/** The projection of every projecting command, and the evaluator's, payment by payment against the loop. */
	private void projection() {
		long simulateBest = Long.MAX_VALUE;
		int warmUp = 200, rounds = 200;
		for (int r = 0; r < warmUp + rounds; r++) {
			long t0 = System.nanoTime();
			PaymentResult result = Simulator.simulate("bench", "bench", formulas, counts, YEARS, Overrides.NONE);
			long elapsed = System.nanoTime() - t0;
			check("2. simulate", result);
			simulateBest = r >= warmUp ? Math.min(simulateBest, elapsed) : simulateBest;
		}
		long interpretBest = Long.MAX_VALUE;
		int interpretWarmUp = 5, interpretRounds = 10;
		for (int r = 0; r < interpretWarmUp + interpretRounds; r++) {
			long t0 = System.nanoTime();
			PaymentResult result = Simulator.interpret("bench", "bench", formulas, counts, YEARS, Overrides.NONE);
			long elapsed = System.nanoTime() - t0;
			check("2. interpret", result);
			interpretBest = r >= interpretWarmUp ? Math.min(interpretBest, elapsed) : interpretBest;
		}
		out.printf("2. Projection (simulate, compare, goal seek, sensitivity, report), %d payment cells, each equal to the loop's:%n",
				payments());
		out.printf("   compiled (Simulator.simulate), best of %d    %8.3f ms   ratio to loop %.2f%n", rounds,
				simulateBest / 1e6, (double) simulateBest / loopBest);
		out.printf("   evaluator (Simulator.interpret), best of %d %8.3f ms   ratio to loop %.2f%n", interpretRounds,
				interpretBest / 1e6, (double) interpretBest / loopBest);
	}

	/** The formulas compiled for each year, nothing cached: every call compiles again. */
	private CompiledFormulas[] compileYears(Overrides overrides) {
		CompiledFormulas[] byYear = new CompiledFormulas[YEARS.size()];
		for (int y = 0; y < YEARS.size(); y++) {
			byYear[y] = CompiledFormulas.compile(formulas, YEARS.get(y), overrides);
		}
		return byYear;
	}

	/** Every payment of all units, categories and years, through formulas compiled already. */
	private void evaluate(CompiledFormulas[] byYear, BigDecimal[] into) {
		for (int y = 0; y < YEARS.size(); y++) {
			CompiledFormulas compiled = byYear[y];
			int n = compiled.categories().size();
			BigDecimal[][] year = unitCounts[y];
			for (int u = 0; u < year.length; u++) {
				for (int c = 0; c < n; c++) {
					into[at(y, u, c)] = compiled.evaluate(c, year[u]);
				}
			}
		}
	}

	/**
	 * The same payments written by hand: Kopinor's 2023 rates indexed by the steps after 2023, the rate
	 * rounded to øre each year, times the count, rounded to øre; an exact third of the årsverk (the
	 * product divided by 3 and rounded once, as the language's exact fractions do).
	 */
	private void handWritten(BigDecimal[] into) {
		BigDecimal three = BigDecimal.valueOf(3);
		for (int y = 0; y < YEARS.size(); y++) {
			BigDecimal[] indexed = new BigDecimal[RATES_2023.length];
			for (int c = 0; c < RATES_2023.length; c++) {
				BigDecimal rate = BigDecimal.valueOf(RATES_2023[c], 2);
				for (int step = 0; step < YEARS.get(y) - 2023; step++) {
					rate = rate.multiply(new BigDecimal(STEPS[step])).setScale(2, RoundingMode.HALF_UP);
				}
				indexed[c] = rate;
			}
			BigDecimal[][] year = unitCounts[y];
			for (int u = 0; u < year.length; u++) {
				BigDecimal[] unit = year[u];
				for (int c = 0; c < THIRDS; c++) {
					into[at(y, u, c)] = indexed[c].multiply(unit[c]).setScale(2, RoundingMode.HALF_UP);
				}
				for (int c = THIRDS; c < categories; c++) {
					into[at(y, u, c)] = indexed[c].multiply(unit[c]).divide(three, 2, RoundingMode.HALF_UP);
				}
			}
		}
	}

	private void check(String section, BigDecimal[] payments) {
		for (int i = 0; i < expected.length; i++) {
			if (!expected[i].equals(payments[i])) {
				throw new IllegalStateException(section + ": payment " + i + " is " + payments[i] + ", the loop's "
						+ expected[i]);
			}
		}
	}

	private void check(String section, PaymentResult result) {
		List<PaymentCell> cells = result.cells();
		if (cells.size() != expected.length) {
			throw new IllegalStateException(section + ": " + cells.size() + " payments, the loop " + expected.length);
		}
		// cells come unit by unit, year by year, category by category
		int i = 0;
		for (int u = 0; u < units.size(); u++) {
			for (int y = 0; y < YEARS.size(); y++) {
				for (int c = 0; c < categories; c++) {
					PaymentCell cell = cells.get(i++);
					if (!cell.amount().equals(expected[at(y, u, c)])) {
						throw new IllegalStateException(section + ": " + cell + " is not the loop's " + expected[at(y, u, c)]);
					}
				}
			}
		}
	}

	private void sweeps(int points) {
		// a common factor from 0.90 in steps of 0.2 / points with 6 decimals (0.00002 for 10 000 points)
		BigDecimal step = new BigDecimal("0.2").divide(BigDecimal.valueOf(points), 6, RoundingMode.HALF_EVEN);
		List<BigDecimal> factors = new ArrayList<>();
		for (int i = 0; i < points; i++) {
			factors.add(new BigDecimal("0.90").add(step.multiply(BigDecimal.valueOf(i))));
		}
		sweep("factor:* (common factor on every category rate, 0.90-1.10)",
				new SweepParameter(SweepParameter.Kind.FACTOR, "*", factors), factors, -1);
		List<BigDecimal> rates = new ArrayList<>();
		for (int i = 0; i < points; i++) {
			rates.add(new BigDecimal("200.00").add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(i))));
		}
		sweep("rate:grunnskoleSats (200.00 in steps of 0.01)",
				new SweepParameter(SweepParameter.Kind.RATE, "grunnskoleSats", rates), rates, 0);
		compiledAnew(Math.min(points, 2000), factors);
	}

	/**
	 * A sweep against the hand-written exact loop in long øre, every point's totals compared.
	 *
	 * @param rateOf -1 for a common factor on every rate; else the category whose rate takes the values
	 */
	private void sweep(String what, SweepParameter parameter, List<BigDecimal> values, int rateOf) {
		int points = values.size();
		long[][] loop = new long[points][YEARS.size()];
		int warmUp = 3, rounds = 5;
		long sweepBest = Long.MAX_VALUE, loopBest = Long.MAX_VALUE;
		for (int r = 0; r < warmUp + rounds; r++) {
			long t0 = System.nanoTime();
			Sweep.Result result = Sweep.run(formulas, Overrides.NONE, counts, YEARS, List.of(parameter), null);
			long t1 = System.nanoTime();
			handWrittenSweep(values, rateOf, loop);
			long t2 = System.nanoTime();
			if (result.projected() != 0) {
				throw new IllegalStateException("3. " + what + ": " + result.projected() + " sums left the kernels");
			}
			for (int p = 0; p < points; p++) {
				for (int y = 0; y < YEARS.size(); y++) {
					BigDecimal total = result.points().get(p).totals().get(y);
					if (total.compareTo(BigDecimal.valueOf(loop[p][y], 2)) != 0) {
						throw new IllegalStateException("3. " + what + " at " + values.get(p) + " in " + YEARS.get(y) + ": "
								+ total + ", the loop " + BigDecimal.valueOf(loop[p][y], 2));
					}
				}
			}
			if (r >= warmUp) {
				sweepBest = Math.min(sweepBest, t1 - t0);
				loopBest = Math.min(loopBest, t2 - t1);
			}
		}
		// and two points through the projection itself, payment by payment
		for (int p : new int[] { 0, points - 1 }) {
			PaymentResult projected = Simulator.simulate("p", "p", formulas, counts, YEARS,
					parameter.apply(Overrides.NONE, values.get(p)));
			for (int y = 0; y < YEARS.size(); y++) {
				if (projected.total(YEARS.get(y)).compareTo(BigDecimal.valueOf(loop[p][y], 2)) != 0) {
					throw new IllegalStateException("3. " + what + ": the projection at " + values.get(p) + " differs");
				}
			}
		}
		long payments = (long) points * payments();
		out.printf("3. Sweep %s: %d points x %d payments = %d payments; every point's totals equal to the loop's, best of %d:%n",
				what, points, payments(), payments, rounds);
		out.printf("   Sweep (compiled once a year)  %7.3f s  %6.2f ns a payment   ratio to loop %.2f; to 2.2 ns %.2f%n",
				sweepBest / 1e9, (double) sweepBest / payments, (double) sweepBest / loopBest,
				(double) sweepBest / payments / 2.2);
		out.printf("   hand-written long loop        %7.3f s  %6.2f ns a payment%n", loopBest / 1e9,
				(double) loopBest / payments);
	}

	/**
	 * The sweep by hand in long øre: round(rate × value × count) half up for a common factor value
	 * F × 10^-k on every rate (a third of the årsverk for administration), or the rate itself for one
	 * category.
	 */
	private void handWrittenSweep(List<BigDecimal> values, int rateOf, long[][] totals) {
		long[][] rates = new long[YEARS.size()][categories];
		for (int y = 0; y < YEARS.size(); y++) {
			for (int c = 0; c < categories; c++) {
				rates[y][c] = indexedOre(RATES_2023[c], YEARS.get(y));
			}
		}
		for (int p = 0; p < values.size(); p++) {
			BigDecimal value = values.get(p);
			long unscaled = value.unscaledValue().longValueExact();
			long divisor = BigDecimal.ONE.scaleByPowerOfTen(value.scale()).longValueExact();
			for (int y = 0; y < YEARS.size(); y++) {
				long total = 0;
				for (int c = 0; c < categories; c++) {
					long[] n = longCounts[y][c];
					long yearRate = rates[y][c];
					if (rateOf < 0) {
						long rate = yearRate * unscaled;
						long by = c >= THIRDS ? 3 * divisor : divisor;
						long half = by / 2;
						for (int u = 0; u < n.length; u++) {
							// half up: (2 × remainder ≥ divisor) ⇔ remainder ≥ ceil(divisor / 2)
							long product = rate * n[u];
							long q = product / by;
							total += product - q * by >= by - half ? q + 1 : q;
						}
					} else {
						// the rate in øre when it is this category's (the value is its 2023 rate, indexed
						// like the file's: each year's step, rounded half up to øre), else the file's
						long rate = c == rateOf ? indexedOre(unscaled * 100 / divisor, YEARS.get(y)) : yearRate;
						if (c >= THIRDS) {
							for (int u = 0; u < n.length; u++) {
								long product = rate * n[u];
								long q = product / 3;
								total += product - q * 3 >= 2 ? q + 1 : q;
							}
						} else {
							for (int u = 0; u < n.length; u++) {
								total += rate * n[u];
							}
						}
					}
				}
				totals[p][y] = total;
			}
		}
	}

	/** A 2023 rate in øre indexed to a year by {@link #STEPS}, each step rounded half up to øre, in long arithmetic. */
	private static long indexedOre(long ore2023, int year) {
		long rate = ore2023;
		for (int step = 0; step < year - 2023; step++) {
			long factor = new BigDecimal(STEPS[step]).movePointRight(3).longValueExact();
			long product = rate * factor;
			rate = product / 1000 + (product % 1000 >= 500 ? 1 : 0);
		}
		return rate;
	}

	/** For reference: each scenario compiled anew, as before the sweep kept its formulas. */
	private void compiledAnew(int points, List<BigDecimal> factors) {
		BigDecimal[] payments = new BigDecimal[payments()];
		for (int warm = 0; warm < 200; warm++) {
			evaluate(compileYears(Overrides.NONE.withCategoryRatesFactor(factors.get(warm % points))), payments);
		}
		long t0 = System.nanoTime();
		for (int p = 0; p < points; p++) {
			evaluate(compileYears(Overrides.NONE.withCategoryRatesFactor(factors.get(p))), payments);
		}
		long elapsed = System.nanoTime() - t0;
		long cells = (long) points * payments();
		out.printf("   for reference, compiling every point anew (the earlier sweep), %d points: %.3f s, %.2f ns a payment%n",
				points, elapsed / 1e9, (double) elapsed / cells);
	}

	private void monteCarlo(int draws) {
		List<String> pupils = List.of("grunnskole", "kulturskoleMusikk", "kulturskoleAndre", "videregaende", "fagskole");
		MonteCarloSpec spec = new MonteCarloSpec(1, draws, List.of(new GrowthDriver("pupils", -0.0138, 0.01, pupils),
				new GrowthDriver("årsverk", 0, 0.01, List.of("administrasjon", "paiKsAdministrasjon"))));
		// the check: without growth every draw is the loop's payments, so each year's mean total is the loop's
		MonteCarloSpec still = new MonteCarloSpec(1, Math.min(draws, 1000),
				List.of(new GrowthDriver("pupils", 0, 0, pupils), new GrowthDriver("årsverk", 0, 0, List.of("administrasjon", "paiKsAdministrasjon"))));
		MonteCarloResult none = MonteCarlo.run(still, formulas, Overrides.NONE, counts, YEARS, null);
		for (int y = 0; y < YEARS.size(); y++) {
			BigDecimal loop = BigDecimal.ZERO;
			for (int u = 0; u < units.size(); u++) {
				for (int c = 0; c < categories; c++) {
					loop = loop.add(expected[at(y, u, c)]);
				}
			}
			int year = YEARS.get(y);
			Summary total = none.summaries().stream().filter(s -> s.year() == year && s.category().equals("total"))
					.findFirst().orElseThrow();
			if (total.mean().compareTo(loop) != 0 || total.min().compareTo(loop) != 0 || total.max().compareTo(loop) != 0) {
				throw new IllegalStateException("4. Monte Carlo without growth: " + total + ", the loop " + loop);
			}
		}
		MonteCarlo.run(new MonteCarloSpec(2, Math.min(draws, 20_000), spec.drivers()), formulas, Overrides.NONE, counts,
				YEARS, null);
		int rounds = 3;
		long best = Long.MAX_VALUE;
		long peak = 0;
		MonteCarloResult result = null;
		for (int r = 0; r < rounds; r++) {
			System.gc();
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				pool.resetPeakUsage();
			}
			long t0 = System.nanoTime();
			result = MonteCarlo.run(spec, formulas, Overrides.NONE, counts, YEARS, null);
			best = Math.min(best, System.nanoTime() - t0);
			long used = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					used += pool.getPeakUsage().getUsed();
				}
			}
			peak = Math.max(peak, used);
		}
		long cells = (long) draws * units.size() * YEARS.size() * categories;
		out.printf("4. Monte Carlo: %d draws x %d units x %d years (%d payments), %d threads; best of %d; "
				+ "without growth every year's mean, min and max total equal the loop's:%n", draws, result.units(),
				YEARS.size(), cells, Runtime.getRuntime().availableProcessors(), rounds);
		out.printf("   %.2f s, %.0f million payments per second; peak heap %d MB of max %d MB; P50 total %d: NOK %s%n",
				best / 1e9, cells / (best / 1e9) / 1e6, peak >> 20, Runtime.getRuntime().maxMemory() >> 20,
				YEARS.get(1), result.summaries().stream().filter(s -> s.year() == 2027 && s.category().equals("total"))
						.findFirst().orElseThrow().p50().toPlainString());
	}
}
