package no.avtalebenk.simulation.montecarlo;

import java.util.List;

/**
 * A random growth of counts: each year a growth rate is drawn from a normal distribution and
 * applied, compounding over the years, to every unit's counts of the driver's categories. The draws
 * are {@code double}s: they are not money; payments still come from the formulas.
 *
 * @param name       e.g. "pupils" or "årsverk"
 * @param mean       mean growth per year, e.g. -0.0138 for a fall of 1.38 %
 * @param sd         standard deviation of the yearly growth, e.g. 0.01
 * @param categories the categories whose counts it drives
 */
public record GrowthDriver(String name, double mean, double sd, List<String> categories) {

	/** Checks the values and copies the list. */
	public GrowthDriver {
		if (!(sd >= 0) || Double.isInfinite(sd) || Double.isNaN(mean) || Double.isInfinite(mean)) {
			throw new IllegalArgumentException("Growth of " + name + ": the mean must be a number and the standard"
					+ " deviation a number of at least 0 (got " + mean + " and " + sd + ").");
		}
		categories = List.copyOf(categories);
	}
}
