package no.avtalebenk.charts.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * How often results fell in each interval, e.g. the Monte Carlo totals of a year.
 *
 * @param title the title
 * @param bins  the intervals, ascending and adjacent
 */
public record Histogram(String title, List<Bin> bins) implements ChartData {

	/** Copies the list. */
	public Histogram {
		bins = List.copyOf(bins);
	}

	/** @return the number of results counted */
	public long total() {
		return bins.stream().mapToLong(Bin::count).sum();
	}

	/**
	 * One interval [from, to).
	 *
	 * @param from  lower bound, inclusive
	 * @param to    upper bound, exclusive
	 * @param count results in it
	 */
	public record Bin(BigDecimal from, BigDecimal to, long count) {
	}
}
