package no.avtalebenk.charts.kinds;

/**
 * One contributed chart kind, as the registry read it.
 *
 * @param name        the name on the command line ({@code chart --kind NAME})
 * @param label       a short label for people
 * @param description what the chart shows and from which data
 * @param briefing    whether the mediation briefing draws it
 * @param contributor the bundle that contributed it
 * @param kind        the chart kind
 */
public record ChartKindDescriptor(String name, String label, String description, boolean briefing,
		String contributor, ChartKind kind) {
}
