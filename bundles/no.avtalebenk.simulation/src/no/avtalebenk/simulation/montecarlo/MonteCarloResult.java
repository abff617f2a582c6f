package no.avtalebenk.simulation.montecarlo;

import java.util.List;

/**
 * The result of a Monte Carlo run: for each year, one summary per category (in formula order) and
 * one for the total.
 *
 * @param spec      what was drawn
 * @param units     the number of reporting units projected in each draw
 * @param summaries the summaries, by year, then category, then "total"
 * @param totals    per year, how the draws' totals are distributed (for a histogram)
 */
public record MonteCarloResult(MonteCarloSpec spec, int units, List<Summary> summaries, List<Distribution> totals) {

	/** Copies the lists so that a result never changes. */
	public MonteCarloResult {
		summaries = List.copyOf(summaries);
		totals = List.copyOf(totals);
	}

	/**
	 * How one year's totals are distributed: counts of draws in equal intervals from the smallest to
	 * the largest draw.
	 *
	 * @param year   the year
	 * @param min    the smallest total drawn, NOK
	 * @param max    the largest total drawn, NOK
	 * @param counts draws per interval, in order
	 */
	public record Distribution(int year, java.math.BigDecimal min, java.math.BigDecimal max, List<Long> counts) {
		/** Copies the list. */
		public Distribution {
			counts = List.copyOf(counts);
		}
	}
}
