package no.avtalebenk.charts.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * Grouped bars: one group per category, one bar per series (a scenario, a year).
 *
 * @param title      the title
 * @param axisLabel  what the values are, e.g. "NOK"
 * @param series     the bars in each group
 * @param categories the groups, in order
 * @param values     {@code values.get(s).get(c)} is series s in category c
 */
public record CategoryBars(String title, String axisLabel, List<String> series, List<String> categories,
		List<List<BigDecimal>> values) implements ChartData {

	/** Copies the lists and checks that every series has one value per category. */
	public CategoryBars {
		series = List.copyOf(series);
		categories = List.copyOf(categories);
		values = values.stream().map(List::copyOf).toList();
		int width = categories.size();
		if (values.size() != series.size() || values.stream().anyMatch(v -> v.size() != width)) {
			throw new IllegalArgumentException("every series needs one value per category");
		}
	}

	/**
	 * @param series   a series name
	 * @param category a category name
	 * @return the value
	 */
	public BigDecimal value(String series, String category) {
		return values.get(this.series.indexOf(series)).get(categories.indexOf(category));
	}
}
