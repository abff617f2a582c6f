package no.avtalebenk.simulation.montecarlo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import no.avtalebenk.formula.interpreter.Exact;
import no.avtalebenk.formula.interpreter.InvoiceRule;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.compiled.CompiledFormulas;
import no.avtalebenk.simulation.compiled.LinearRound;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * Monte Carlo projection of the agreement's formulas under random growth of counts
 * ({@link GrowthDriver}s): in each draw, every unit's counts grow by the drawn factors (rounded half
 * up to whole units of the count's decimals) and every category formula is evaluated for every unit
 * and year; the totals per year and category are summarised as mean, P10, P50 and P90.
 * <p>
 * Reproducible: draws are made in chunks of {@value #CHUNK}; chunk c draws from a
 * {@link SplittableRandom} seeded from the seed and c, so the output depends only on the seed,
 * draws and drivers, never on the number of threads. Bounded memory: per series a fixed-size
 * histogram, whatever the number of draws. Cancellable: the monitor is checked while chunks run,
 * and progress is reported per chunk.
 */
public final class MonteCarlo {

	/** Draws per chunk. */
	public static final int CHUNK = 1000;
	/** Intervals of the distribution of totals kept for histograms. */
	public static final int DISTRIBUTION_BINS = 40;
	private static final int PILOT = 1000;

	private final MonteCarloSpec spec;
	private final List<Integer> years;
	private final int units;
	private final int categories;
	private final List<String> categoryNames;
	/** per year and category formula: the kernel, or empty for the general path */
	private final LinearRound[][] kernels;
	/** per year and category formula: base counts of the kernel's count category, per unit */
	private final long[][][] base;
	/** per year and count category: driver index, or -1 */
	private final int[][] driverOf;
	/** per year: compiled formulas, for the general path */
	private final List<CompiledFormulas> compiled;
	/** per year, count category, unit: the base count (general path) */
	private final BigDecimal[][][] counts;
	/**
	 * The file's invoice rounding; per unit total, each unit's lines are added exactly and rounded
	 * once per draw, so the kernels, which sum one category over the units, are not used.
	 */
	private final InvoiceRule rule;

	private MonteCarlo(MonteCarloSpec spec, Model formulas, Overrides overrides, CountTable table, List<Integer> years) {
		this.spec = spec;
		this.years = List.copyOf(years);
		List<String> unitIds = table.units();
		this.units = unitIds.size();
		this.compiled = new ArrayList<>();
		for (int year : years) {
			compiled.add(CompiledFormulas.compile(formulas, year, overrides));
		}
		this.categoryNames = compiled.get(0).categories();
		this.rule = compiled.get(0).invoiceRule();
		this.categories = categoryNames.size();
		this.kernels = new LinearRound[years.size()][categories];
		this.base = new long[years.size()][categories][];
		this.driverOf = new int[years.size()][categories];
		this.counts = new BigDecimal[years.size()][categories][units];
		for (int y = 0; y < years.size(); y++) {
			for (int c = 0; c < categories; c++) {
				String category = categoryNames.get(c);
				driverOf[y][c] = -1;
				for (int d = 0; d < spec.drivers().size(); d++) {
					if (spec.drivers().get(d).categories().contains(category)) {
						driverOf[y][c] = d;
					}
				}
				for (int u = 0; u < units; u++) {
					counts[y][c][u] = table.get(unitIds.get(u), category, years.get(y)).map(Count::value).orElse(null);
				}
			}
			for (int f = 0; f < categories && !rule.perUnitTotal(); f++) {
				int scale = 0;
				boolean complete = true;
				Optional<LinearRound> probe = compiled.get(y).kernel(f, 0);
				if (probe.isEmpty()) {
					continue;
				}
				int countCategory = probe.get().category();
				for (BigDecimal value : counts[y][countCategory]) {
					complete &= value != null && value.signum() >= 0;
					scale = value == null ? scale : Math.max(scale, value.scale());
				}
				if (!complete) {
					continue; // the general path reports a missing count with its place
				}
				kernels[y][f] = compiled.get(y).kernel(f, scale).orElseThrow();
				base[y][f] = new long[units];
				for (int u = 0; u < units; u++) {
					base[y][f][u] = counts[y][countCategory][u].movePointRight(scale).longValueExact();
				}
			}
		}
	}

	/**
	 * @param spec      what to draw
	 * @param formulas  the agreement's formula file
	 * @param overrides the scenario's overrides
	 * @param counts    the scenario's counts (the centre of the growth)
	 * @param years     the years, ascending; growth compounds from the first
	 * @param monitor   progress and cancellation; may be null
	 * @return the summaries
	 * @throws OperationCanceledException when the monitor is cancelled
	 * @throws no.avtalebenk.formula.interpreter.EvaluationException when a formula cannot be evaluated
	 */
	public static MonteCarloResult run(MonteCarloSpec spec, Model formulas, Overrides overrides, CountTable counts,
			List<Integer> years, IProgressMonitor monitor) {
		return new MonteCarlo(spec, formulas, overrides, counts, years).run(monitor);
	}

	private MonteCarloResult run(IProgressMonitor monitor) {
		int chunks = (spec.draws() + CHUNK - 1) / CHUNK;
		SubMonitor progress = SubMonitor.convert(monitor, "Monte Carlo: " + spec.draws() + " draws", chunks + 1);
		Histogram[] bounds = pilot();
		progress.worked(1);
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), chunks));
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		AtomicBoolean cancelled = new AtomicBoolean();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		Histogram[][] perThread = new Histogram[threads][];
		CountDownLatch finished = new CountDownLatch(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "avtalebenk-montecarlo");
			t.setDaemon(true);
			return t;
		});
		try {
			for (int t = 0; t < threads; t++) {
				Histogram[] own = new Histogram[bounds.length];
				for (int s = 0; s < bounds.length; s++) {
					own[s] = bounds[s].emptyCopy();
				}
				perThread[t] = own;
				pool.execute(() -> {
					try {
						long[] sums = new long[bounds.length];
						double[] growth = new double[spec.drivers().size()];
						for (int c = next.getAndIncrement(); c < chunks && !cancelled.get() && failure.get() == null; c = next
								.getAndIncrement()) {
							SplittableRandom random = new SplittableRandom(mix(spec.seed(), c));
							int end = Math.min(spec.draws(), (c + 1) * CHUNK);
							for (int d = c * CHUNK; d < end; d++) {
								draw(random, growth, sums);
								for (int s = 0; s < sums.length; s++) {
									own[s].add(sums[s]);
								}
							}
							done.incrementAndGet();
						}
					} catch (RuntimeException e) {
						failure.compareAndSet(null, e);
					} finally {
						finished.countDown();
					}
				});
			}
			int reported = 0;
			while (!finished.await(50, TimeUnit.MILLISECONDS)) {
				int now = done.get();
				progress.worked(now - reported);
				reported = now;
				progress.subTask(Math.min(spec.draws(), now * CHUNK) + " of " + spec.draws() + " draws");
				if (progress.isCanceled()) {
					cancelled.set(true);
				}
			}
			progress.worked(done.get() - reported);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled.set(true);
		} finally {
			pool.shutdownNow();
		}
		if (failure.get() != null) {
			throw failure.get();
		}
		if (cancelled.get() || progress.isCanceled()) {
			throw new OperationCanceledException("Monte Carlo cancelled after " + done.get() * CHUNK + " draws.");
		}
		Histogram[] total = perThread[0];
		for (int t = 1; t < threads; t++) {
			for (int s = 0; s < total.length; s++) {
				total[s].merge(perThread[t][s]);
			}
		}
		List<Summary> summaries = new ArrayList<>();
		for (int y = 0; y < years.size(); y++) {
			for (int f = 0; f <= categories; f++) {
				Histogram h = total[y * (categories + 1) + f];
				summaries.add(new Summary(years.get(y), f == categories ? "total" : categoryNames.get(f), h.mean(),
						nok(h.percentile(0.10)), nok(h.percentile(0.50)), nok(h.percentile(0.90)), nok(h.min()),
						nok(h.max()), h.resolution()));
			}
		}
		List<MonteCarloResult.Distribution> totals = new ArrayList<>();
		for (int y = 0; y < years.size(); y++) {
			Histogram h = total[y * (categories + 1) + categories];
			totals.add(new MonteCarloResult.Distribution(years.get(y), nok(h.min()), nok(h.max()),
					java.util.Arrays.stream(h.coarse(DISTRIBUTION_BINS)).boxed().toList()));
		}
		progress.done();
		return new MonteCarloResult(spec, units, summaries, totals);
	}

	/** Runs the first draws once to fix the histograms' bounds: three times their range, centred. */
	private Histogram[] pilot() {
		int series = years.size() * (categories + 1);
		long[] min = new long[series];
		long[] max = new long[series];
		java.util.Arrays.fill(min, Long.MAX_VALUE);
		java.util.Arrays.fill(max, Long.MIN_VALUE);
		long[] sums = new long[series];
		double[] growth = new double[spec.drivers().size()];
		SplittableRandom random = new SplittableRandom(mix(spec.seed(), 0));
		for (int d = 0; d < Math.min(PILOT, spec.draws()); d++) {
			draw(random, growth, sums);
			for (int s = 0; s < series; s++) {
				min[s] = Math.min(min[s], sums[s]);
				max[s] = Math.max(max[s], sums[s]);
			}
		}
		Histogram[] bounds = new Histogram[series];
		for (int s = 0; s < series; s++) {
			long range = Math.max(max[s] - min[s], 100);
			bounds[s] = new Histogram(min[s] - range, max[s] + range);
		}
		return bounds;
	}

	/** One draw: growth per driver and year, then every unit's payments, summed per series in øre. */
	private void draw(SplittableRandom random, double[] cumulative, long[] sums) {
		java.util.Arrays.fill(cumulative, 1.0);
		for (int y = 0; y < years.size(); y++) {
			for (int d = 0; d < cumulative.length; d++) {
				GrowthDriver driver = spec.drivers().get(d);
				cumulative[d] = Math.max(0, cumulative[d] * (1 + driver.mean() + driver.sd() * random.nextGaussian()));
			}
			long yearTotal = 0;
			int offset = y * (categories + 1);
			if (rule.perUnitTotal()) {
				perUnitTotal(y, cumulative, sums, offset);
				continue;
			}
			for (int f = 0; f < categories; f++) {
				LinearRound kernel = kernels[y][f];
				long sum;
				if (kernel != null) {
					int driver = driverOf[y][kernel.category()];
					double factor = driver < 0 ? 1.0 : cumulative[driver];
					long[] counts = base[y][f];
					sum = 0;
					for (int u = 0; u < counts.length; u++) {
						sum += kernel.payment(Math.round(counts[u] * factor));
					}
					sum = toOre(sum, kernel.scale());
				} else {
					sum = general(y, f, cumulative);
				}
				sums[offset + f] = sum;
				yearTotal += sum;
			}
			sums[offset + categories] = yearTotal;
		}
	}

	private long general(int y, int f, double[] cumulative) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal[] unitCounts = new BigDecimal[categories];
		for (int u = 0; u < units; u++) {
			grown(y, u, cumulative, unitCounts);
			sum = sum.add(compiled.get(y).evaluate(f, unitCounts));
		}
		return ore(sum);
	}

	/** A unit's counts in a draw: each grown by its driver's factor, to its own decimals. */
	private void grown(int y, int u, double[] cumulative, BigDecimal[] unitCounts) {
		for (int c = 0; c < categories; c++) {
			BigDecimal value = counts[y][c][u];
			int driver = driverOf[y][c];
			unitCounts[c] = value == null || driver < 0 ? value
					: BigDecimal.valueOf(Math.round(value.movePointRight(value.scale()).doubleValue() * cumulative[driver]),
							value.scale());
		}
	}

	/**
	 * One year of a draw under per unit total: each unit's exact lines, added per category, and its
	 * invoice total rounded once and added to the year's total (which includes the rounding lines).
	 */
	private void perUnitTotal(int y, double[] cumulative, long[] sums, int offset) {
		BigDecimal[] byCategory = new BigDecimal[categories];
		java.util.Arrays.fill(byCategory, BigDecimal.ZERO);
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal[] unitCounts = new BigDecimal[categories];
		CompiledFormulas formulas = compiled.get(y);
		for (int u = 0; u < units; u++) {
			grown(y, u, cumulative, unitCounts);
			Exact lines = Exact.of(BigDecimal.ZERO);
			for (int f = 0; f < categories; f++) {
				Exact line = formulas.evaluateExact(f, unitCounts, null);
				byCategory[f] = byCategory[f].add(line.toBigDecimal());
				lines = lines.add(line);
			}
			total = total.add(rule.total(lines).toBigDecimal());
		}
		for (int f = 0; f < categories; f++) {
			sums[offset + f] = ore(byCategory[f]);
		}
		sums[offset + categories] = ore(total);
	}

	private static long ore(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
	}

	private static long toOre(long amount, int scale) {
		if (scale == 2) {
			return amount;
		}
		return BigDecimal.valueOf(amount, scale).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
	}

	private static BigDecimal nok(long ore) {
		return BigDecimal.valueOf(ore, 2);
	}

	/** A well-spread seed for chunk c (the finaliser of SplitMix64). */
	private static long mix(long seed, long chunk) {
		long z = seed + (chunk + 1) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
