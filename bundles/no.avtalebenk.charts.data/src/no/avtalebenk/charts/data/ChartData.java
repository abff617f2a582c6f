package no.avtalebenk.charts.data;

/**
 * The data of one chart, independent of any chart library: what the charts bundle renders with
 * JFreeChart, the workbench shows and the briefing report embeds. Amounts are exact NOK.
 */
public sealed interface ChartData permits CategoryBars, TimeSeries, Waterfall, Tornado, Fan, Histogram, Timeline, SweepLines {

	/** @return the chart's title */
	String title();
}
