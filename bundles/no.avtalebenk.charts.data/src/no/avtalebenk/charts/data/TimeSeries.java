package no.avtalebenk.charts.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lines over the agreement years, one per series (a scenario).
 *
 * @param title     the title
 * @param axisLabel what the values are
 * @param series    the lines
 */
public record TimeSeries(String title, String axisLabel, List<Line> series) implements ChartData {

	/** Copies the list. */
	public TimeSeries {
		series = List.copyOf(series);
	}

	/**
	 * One line.
	 *
	 * @param name   the series' name
	 * @param values value by year
	 */
	public record Line(String name, SortedMap<Integer, BigDecimal> values) {
		/** Copies the map. */
		public Line {
			values = new TreeMap<>(values);
		}
	}
}
