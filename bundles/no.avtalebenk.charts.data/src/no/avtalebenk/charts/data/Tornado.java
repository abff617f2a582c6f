package no.avtalebenk.charts.data;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Sensitivity, one factor at a time: for each factor the result at its low and at its high value,
 * around the base result. Bars are ordered by swing, the widest first.
 *
 * @param title the title
 * @param base  the result with every factor at its base value
 * @param bars  one bar per factor
 */
public record Tornado(String title, BigDecimal base, List<Bar> bars) implements ChartData {

	/** Sorts the bars by swing, widest first. */
	public Tornado {
		bars = bars.stream().sorted(Comparator.comparing(Bar::swing).reversed()).toList();
	}

	/**
	 * One factor.
	 *
	 * @param label the factor and its range, e.g. "grunnskole pupils ±5 %"
	 * @param low   the result with the factor at its low value
	 * @param high  the result with the factor at its high value
	 */
	public record Bar(String label, BigDecimal low, BigDecimal high) {
		/** @return the distance between the two results */
		public BigDecimal swing() {
			return high.subtract(low).abs();
		}
	}
}
