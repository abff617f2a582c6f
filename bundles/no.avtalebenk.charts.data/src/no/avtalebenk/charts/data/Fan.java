package no.avtalebenk.charts.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * A Monte Carlo fan: the median and the P10–P90 band per year.
 *
 * @param title the title
 * @param bands one band per year, ascending
 */
public record Fan(String title, List<Band> bands) implements ChartData {

	/** Copies the list and checks that P10 ≤ P50 ≤ P90. */
	public Fan {
		bands = List.copyOf(bands);
		for (Band band : bands) {
			if (band.p10().compareTo(band.p50()) > 0 || band.p50().compareTo(band.p90()) > 0) {
				throw new IllegalArgumentException("percentiles out of order in " + band.year());
			}
		}
	}

	/**
	 * One year.
	 *
	 * @param year the year
	 * @param p10  10th percentile
	 * @param p50  median
	 * @param p90  90th percentile
	 */
	public record Band(int year, BigDecimal p10, BigDecimal p50, BigDecimal p90) {
	}
}
