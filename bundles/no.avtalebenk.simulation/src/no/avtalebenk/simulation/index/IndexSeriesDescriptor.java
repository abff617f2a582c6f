package no.avtalebenk.simulation.index;

/**
 * One contributed index series, as the registry read it.
 *
 * @param name        the series' name, e.g. {@code lonnsindeks}
 * @param label       a short label for people
 * @param description what the series measures and where its values come from
 * @param contributor the bundle that contributed it
 * @param series      the series
 */
public record IndexSeriesDescriptor(String name, String label, String description, String contributor,
		IndexSeries series) {
}
