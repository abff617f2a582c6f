package no.avtalebenk.charts.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * A waterfall from a start total to an end total, one step per category. It is additive by
 * construction: the steps sum exactly to {@code end - start}.
 *
 * @param title      the title
 * @param startLabel label of the first bar, e.g. the baseline's name
 * @param start      the start total
 * @param steps      the changes, in order
 * @param endLabel   label of the last bar, e.g. the alternative's name
 */
public record Waterfall(String title, String startLabel, BigDecimal start, List<Step> steps, String endLabel)
		implements ChartData {

	/** Copies the list. */
	public Waterfall {
		steps = List.copyOf(steps);
	}

	/** @return the end total: start plus every step */
	public BigDecimal end() {
		return steps.stream().map(Step::delta).reduce(start, BigDecimal::add);
	}

	/**
	 * One change.
	 *
	 * @param label what changed (a category)
	 * @param delta by how much, NOK
	 */
	public record Step(String label, BigDecimal delta) {
	}
}
