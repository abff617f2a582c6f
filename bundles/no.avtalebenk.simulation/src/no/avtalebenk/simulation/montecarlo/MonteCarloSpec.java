package no.avtalebenk.simulation.montecarlo;

import java.util.List;

/**
 * What a Monte Carlo run draws.
 *
 * @param seed    the seed: the same seed, draws and drivers give the same output
 * @param draws   the number of draws (at least 1)
 * @param drivers the growth drivers; categories of no driver keep their counts
 */
public record MonteCarloSpec(long seed, int draws, List<GrowthDriver> drivers) {

	/** Checks the values and copies the list. */
	public MonteCarloSpec {
		if (draws < 1) {
			throw new IllegalArgumentException("The number of draws must be at least 1, not " + draws + ".");
		}
		drivers = List.copyOf(drivers);
	}
}
