package no.avtalebenk.simulation.montecarlo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Bounded-memory statistics of one series of amounts in øre: a fixed number of equal bins between
 * bounds fixed before the run, counts below and above them, the exact sum, minimum and maximum. Its
 * size does not depend on the number of draws, and merging is order-independent, so parallel runs
 * give the same result as a sequential one.
 */
final class Histogram {

	static final int BINS = 1 << 16;

	private final long low;
	private final long width;
	private final int[] bins = new int[BINS];
	private long below;
	private long above;
	private long count;
	private long sum;
	private long min = Long.MAX_VALUE;
	private long max = Long.MIN_VALUE;

	Histogram(long low, long high) {
		this.low = low;
		this.width = Math.max(1, (high - low + BINS - 1) / BINS);
	}

	Histogram emptyCopy() {
		return new Histogram(low, low + width * BINS);
	}

	void add(long value) {
		count++;
		sum = Math.addExact(sum, value);
		min = Math.min(min, value);
		max = Math.max(max, value);
		long offset = value - low;
		if (offset < 0) {
			below++;
		} else {
			long bin = offset / width;
			if (bin >= BINS) {
				above++;
			} else {
				bins[(int) bin]++;
			}
		}
	}

	void merge(Histogram other) {
		count += other.count;
		sum = Math.addExact(sum, other.sum);
		min = Math.min(min, other.min);
		max = Math.max(max, other.max);
		below += other.below;
		above += other.above;
		for (int i = 0; i < BINS; i++) {
			bins[i] += other.bins[i];
		}
	}

	long min() {
		return min;
	}

	long max() {
		return max;
	}

	/**
	 * Nearest-rank percentile: the smallest amount such that at least p of the draws are at or below
	 * it, as the middle of its bin (clamped to the observed minimum and maximum).
	 */
	long percentile(double p) {
		long rank = Math.max(1, (long) Math.ceil(p * count));
		long seen = below;
		if (rank <= seen) {
			return min;
		}
		for (int i = 0; i < BINS; i++) {
			seen += bins[i];
			if (rank <= seen) {
				long middle = low + i * width + width / 2;
				return Math.max(min, Math.min(max, middle));
			}
		}
		return max;
	}

	/**
	 * @param n the number of intervals
	 * @return how many draws fell in each of n equal intervals from the smallest to the largest draw;
	 *         draws outside the fixed bounds count in the first or last interval
	 */
	long[] coarse(int n) {
		long[] counts = new long[n];
		long span = Math.max(1, max - min + 1);
		counts[0] += below;
		counts[n - 1] += above;
		for (int i = 0; i < BINS; i++) {
			if (bins[i] != 0) {
				long middle = Math.max(min, Math.min(max, low + i * width + width / 2));
				counts[(int) Math.min(n - 1, (middle - min) * n / span)] += bins[i];
			}
		}
		return counts;
	}

	BigDecimal mean() {
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_EVEN).movePointLeft(2);
	}

	BigDecimal resolution() {
		return BigDecimal.valueOf(width).movePointLeft(2);
	}
}
