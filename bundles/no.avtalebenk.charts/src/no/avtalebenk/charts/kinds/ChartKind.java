package no.avtalebenk.charts.kinds;

import org.jfree.chart.JFreeChart;

import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.ChartData;

/**
 * A kind of chart a plugin adds: its data, computed from a case's {@link ChartInput}, and its
 * rendering. Contributed through the extension point {@value ChartKindRegistry#EXTENSION_POINT}
 * (schema {@code schema/kinds.exsd}); the registry creates one instance per contribution with a public
 * no-argument constructor. The command {@code chart --kind NAME} draws it, the workbench lists it (view
 * «Diagramtyper»), and a kind contributed with {@code briefing="true"} is drawn in the mediation
 * briefing.
 * <p>
 * The data is one of the library-independent {@link ChartData} types (bars, lines over the years, a
 * waterfall, a tornado, a fan, a histogram, a timeline), so that the briefing and every export draw it.
 * Implementations must be stateless; the input must not be changed.
 */
public interface ChartKind {

	/**
	 * @param input the case's model, formulas, counts and payments, and the year and number style asked for
	 * @return the chart's data; amounts exact
	 * @throws IllegalArgumentException when the case does not suit the chart, with a message a negotiator
	 *                                  understands (the command line prints it and exits with 2)
	 */
	ChartData data(ChartInput input);

	/**
	 * Draws the data. By default with the shared {@link ChartRenderer}, so that a contributed chart looks
	 * like the others; override to style it otherwise. The briefing always uses the shared renderer.
	 *
	 * @param data  what {@link #data} returned
	 * @param style how amounts are written
	 * @return the chart
	 */
	default JFreeChart render(ChartData data, NumberStyle style) {
		return ChartRenderer.render(data, style);
	}
}
