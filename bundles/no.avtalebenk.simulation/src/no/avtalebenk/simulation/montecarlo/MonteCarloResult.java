package no.avtalebenk.simulation.montecarlo;

import java.util.List;

/**
 * The result of a Monte Carlo run: for each year, one summary per category (in formula order) and
 * one for the total.
 *
 * @param spec      what was drawn
 * @param units     the number of reporting units projected in each draw
 * @param summaries the summaries, by year, then category, then "total"
 */
public record MonteCarloResult(MonteCarloSpec spec, int units, List<Summary> summaries) {

	/** Copies the list so that a result never changes. */
	public MonteCarloResult {
		summaries = List.copyOf(summaries);
	}
}
