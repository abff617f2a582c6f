package no.avtalebenk.charts.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts values into equal-width bins over a fixed range, in constant memory, so that any number of
 * Monte Carlo draws can be added. Values below the range go to the first bin, above it to the last.
 */
public final class HistogramBuilder {

	private final BigDecimal from;
	private final BigDecimal width;
	private final long[] counts;

	/**
	 * @param from lower bound of the range
	 * @param to   upper bound of the range, above {@code from}
	 * @param bins number of bins, at least 1
	 */
	public HistogramBuilder(BigDecimal from, BigDecimal to, int bins) {
		if (bins < 1 || to.compareTo(from) <= 0) {
			throw new IllegalArgumentException("need at least one bin over a non-empty range");
		}
		this.from = from;
		this.width = to.subtract(from).divide(BigDecimal.valueOf(bins), MathContext.DECIMAL128);
		this.counts = new long[bins];
	}

	/**
	 * @param value a value to count
	 * @return this builder
	 */
	public HistogramBuilder add(BigDecimal value) {
		int bin = value.subtract(from).divide(width, MathContext.DECIMAL64).intValue();
		counts[Math.max(0, Math.min(counts.length - 1, bin))]++;
		return this;
	}

	/**
	 * @param title the chart's title
	 * @return the histogram so far
	 */
	public Histogram build(String title) {
		List<Histogram.Bin> bins = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			BigDecimal lower = from.add(width.multiply(BigDecimal.valueOf(i)));
			bins.add(new Histogram.Bin(lower, lower.add(width), counts[i]));
		}
		return new Histogram(title, bins);
	}
}
