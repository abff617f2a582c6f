package no.avtalebenk.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import no.avtalebenk.charts.data.CategoryBars;
import no.avtalebenk.charts.data.ChartData;
import no.avtalebenk.charts.data.Fan;
import no.avtalebenk.charts.data.Histogram;
import no.avtalebenk.charts.data.SweepLines;
import no.avtalebenk.charts.data.TimeSeries;
import no.avtalebenk.charts.data.Timeline;
import no.avtalebenk.charts.data.Tornado;
import no.avtalebenk.charts.data.Waterfall;

/**
 * Renders {@link ChartData} with JFreeChart. The chart's datasets hold the chart data's exact values;
 * only drawing converts them to screen coordinates.
 */
public final class ChartRenderer {

	private static final Color[] PALETTE = { new Color(0x1F5F99), new Color(0xE08A1E), new Color(0x3C8D5A),
			new Color(0x9B3D78), new Color(0x6B6B6B) };

	private ChartRenderer() {
	}

	/**
	 * @param data  the chart's data
	 * @param style how amounts are written
	 * @return the chart
	 */
	public static JFreeChart render(ChartData data, NumberStyle style) {
		JFreeChart chart = switch (data) {
		case CategoryBars bars -> bars(bars, style);
		case TimeSeries series -> series(series, style);
		case Waterfall waterfall -> waterfall(waterfall, style);
		case Tornado tornado -> tornado(tornado, style);
		case Fan fan -> fan(fan, style);
		case Histogram histogram -> histogram(histogram, style);
		case Timeline timeline -> timeline(timeline);
		case SweepLines sweep -> sweep(sweep, style);
		};
		chart.setBackgroundPaint(Color.WHITE);
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
		return chart;
	}

	private static JFreeChart bars(CategoryBars bars, NumberStyle style) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (String series : bars.series()) {
			for (String category : bars.categories()) {
				dataset.addValue(bars.value(series, category), series, category);
			}
		}
		JFreeChart chart = ChartFactory.createBarChart(bars.title(), null, bars.axisLabel(), dataset,
				PlotOrientation.VERTICAL, bars.series().size() > 1, true, false);
		CategoryPlot plot = categoryPlot(chart, style);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		for (int i = 0; i < bars.series().size(); i++) {
			renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
		}
		return chart;
	}

	private static JFreeChart series(TimeSeries series, NumberStyle style) {
		XYSeriesCollection dataset = new XYSeriesCollection();
		for (TimeSeries.Line line : series.series()) {
			XYSeries xy = new XYSeries(line.name());
			line.values().forEach(xy::add);
			dataset.addSeries(xy);
		}
		JFreeChart chart = ChartFactory.createXYLineChart(series.title(), "År", series.axisLabel(), dataset,
				PlotOrientation.VERTICAL, true, true, false);
		XYPlot plot = xyPlot(chart, style);
		XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
		for (int i = 0; i < series.series().size(); i++) {
			renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
			renderer.setSeriesShapesVisible(i, true);
			renderer.setSeriesStroke(i, new BasicStroke(2.5f));
		}
		((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
		return chart;
	}

	private static JFreeChart sweep(SweepLines sweep, NumberStyle style) {
		XYSeriesCollection dataset = new XYSeriesCollection();
		for (SweepLines.Line line : sweep.lines()) {
			XYSeries xy = new XYSeries(line.name());
			for (int i = 0; i < line.values().size(); i++) {
				xy.add(line.values().get(i), line.totals().get(i));
			}
			dataset.addSeries(xy);
		}
		JFreeChart chart = ChartFactory.createXYLineChart(sweep.title(), sweep.valueAxis(), sweep.axisLabel(), dataset,
				PlotOrientation.VERTICAL, true, true, false);
		XYPlot plot = xyPlot(chart, style);
		XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
		for (int i = 0; i < sweep.lines().size(); i++) {
			renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
			renderer.setSeriesStroke(i, new BasicStroke(2f));
		}
		// the varied value is a rate or factor, not a year or an amount: plain decimals
		NumberAxis values = new NumberAxis(sweep.valueAxis());
		values.setAutoRangeIncludesZero(false);
		plot.setDomainAxis(values);
		((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
		return chart;
	}

	private static JFreeChart waterfall(Waterfall waterfall, NumberStyle style) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		dataset.addValue(waterfall.start(), "NOK", waterfall.startLabel());
		for (Waterfall.Step step : waterfall.steps()) {
			dataset.addValue(step.delta(), "NOK", step.label());
		}
		dataset.addValue(waterfall.end(), "NOK", waterfall.endLabel());
		JFreeChart chart = ChartFactory.createWaterfallChart(waterfall.title(), null, "NOK", dataset,
				PlotOrientation.VERTICAL, false, true, false);
		CategoryPlot plot = categoryPlot(chart, style);
		((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
		WaterfallBarRenderer renderer = (WaterfallBarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setFirstBarPaint(PALETTE[0]);
		renderer.setLastBarPaint(PALETTE[3]);
		renderer.setPositiveBarPaint(PALETTE[2]);
		renderer.setNegativeBarPaint(new Color(0xC0392B));
		return chart;
	}

	private static JFreeChart tornado(Tornado tornado, NumberStyle style) {
		int n = tornado.bars().size();
		Number[][] starts = new Number[1][n];
		Number[][] ends = new Number[1][n];
		Comparable<?>[] labels = new Comparable<?>[n];
		for (int i = 0; i < n; i++) {
			Tornado.Bar bar = tornado.bars().get(i);
			starts[0][i] = bar.low().min(bar.high());
			ends[0][i] = bar.low().max(bar.high());
			labels[i] = bar.label();
		}
		DefaultIntervalCategoryDataset dataset = new DefaultIntervalCategoryDataset(new Comparable<?>[] { "utfall" },
				labels, starts, ends);
		CategoryAxis domain = new CategoryAxis();
		NumberAxis range = new NumberAxis("NOK");
		IntervalBarRenderer renderer = new IntervalBarRenderer();
		// The bars span from the low to the high result; zero is no part of them.
		renderer.setIncludeBaseInRange(false);
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, PALETTE[0]);
		CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.addRangeMarker(new ValueMarker(tornado.base().doubleValue(), Color.DARK_GRAY, new BasicStroke(1.5f)));
		JFreeChart chart = new JFreeChart(tornado.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
		categoryPlot(chart, style);
		range.setAutoRangeIncludesZero(false);
		return chart;
	}

	private static JFreeChart fan(Fan fan, NumberStyle style) {
		YIntervalSeries band = new YIntervalSeries("median (P50), bånd P10–P90");
		for (Fan.Band b : fan.bands()) {
			band.add(b.year(), b.p50().doubleValue(), b.p10().doubleValue(), b.p90().doubleValue());
		}
		YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
		dataset.addSeries(band);
		JFreeChart chart = ChartFactory.createXYLineChart(fan.title(), "År", "NOK", dataset, PlotOrientation.VERTICAL,
				true, true, false);
		XYPlot plot = xyPlot(chart, style);
		DeviationRenderer renderer = new DeviationRenderer(true, true);
		renderer.setSeriesPaint(0, PALETTE[0]);
		renderer.setSeriesFillPaint(0, new Color(0x9DBEDC));
		renderer.setSeriesStroke(0, new BasicStroke(2.5f));
		plot.setRenderer(renderer);
		((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
		return chart;
	}

	private static JFreeChart histogram(Histogram histogram, NumberStyle style) {
		XYIntervalSeries series = new XYIntervalSeries("trekk");
		for (Histogram.Bin bin : histogram.bins()) {
			double from = bin.from().doubleValue();
			double to = bin.to().doubleValue();
			series.add((from + to) / 2, from, to, bin.count(), bin.count(), bin.count());
		}
		XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
		dataset.addSeries(series);
		JFreeChart chart = ChartFactory.createXYBarChart(histogram.title(), "NOK", false, "Antall trekk", dataset,
				PlotOrientation.VERTICAL, false, true, false);
		XYPlot plot = chart.getXYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xCCCCCC));
		((NumberAxis) plot.getDomainAxis()).setNumberFormatOverride(style.kroner());
		XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardXYBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, PALETTE[0]);
		return chart;
	}

	/** Colours of the timeline's phases: expired grey, ending within the case's period orange, later blue. */
	private static final Paint[] PHASE_PAINT = { new Color(0x9A9A9A), PALETTE[1], PALETTE[0] };

	private static JFreeChart timeline(Timeline timeline) {
		int n = timeline.bars().size();
		Number[][] starts = new Number[1][n];
		Number[][] ends = new Number[1][n];
		Comparable<?>[] labels = new Comparable<?>[n];
		for (int i = 0; i < n; i++) {
			Timeline.Bar bar = timeline.bars().get(i);
			starts[0][i] = millis(bar.from());
			// to the end of the last day, so that a bar of one day still shows
			ends[0][i] = millis(bar.to().plusDays(1));
			labels[i] = bar.label();
		}
		DefaultIntervalCategoryDataset dataset = new DefaultIntervalCategoryDataset(new Comparable<?>[] { "" }, labels,
				starts, ends);
		CategoryAxis domain = new CategoryAxis();
		// One line per name, cut where long: the view's table and the tooltips give the whole name.
		domain.setMaximumCategoryLabelWidthRatio(0.35f);
		domain.setMaximumCategoryLabelLines(1);
		DateAxis range = new DateAxis();
		range.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
		// Whole years on the axis, every 1, 2, 5 or 10 years as the width allows.
		SimpleDateFormat years = new SimpleDateFormat("yyyy");
		years.setTimeZone(range.getTimeZone());
		TickUnits units = new TickUnits();
		for (int step : new int[] { 1, 2, 5, 10 }) {
			units.add(new DateTickUnit(DateTickUnitType.YEAR, step, years));
		}
		range.setStandardTickUnits(units);
		IntervalBarRenderer renderer = new IntervalBarRenderer() {
			private static final long serialVersionUID = 1L;

			@Override
			public Paint getItemPaint(int row, int column) {
				return PHASE_PAINT[timeline.bars().get(column).phase().ordinal()];
			}
		};
		renderer.setIncludeBaseInRange(false);
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		renderer.setDefaultToolTipGenerator((data, row, column) -> {
			Timeline.Bar bar = timeline.bars().get(column);
			return bar.label() + ": " + bar.from() + " – " + bar.to() + (bar.detail().isEmpty() ? "" : " (" + bar.detail() + ")");
		});
		CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xCCCCCC));
		Color[] markerColours = { new Color(0xC0392B), PALETTE[3] };
		for (int i = 0; i < timeline.markers().size(); i++) {
			Timeline.Marker marker = timeline.markers().get(i);
			ValueMarker line = new ValueMarker(millis(marker.date()), markerColours[i % markerColours.length],
					new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
			line.setLabel(marker.label());
			line.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
			line.setLabelPaint(markerColours[i % markerColours.length]);
			// the two labels at different heights, so that close dates do not overwrite each other
			line.setLabelAnchor(i % 2 == 0 ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_LEFT);
			line.setLabelTextAnchor(i % 2 == 0 ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
			plot.addRangeMarker(line, Layer.FOREGROUND);
		}
		LegendItemCollection legend = new LegendItemCollection();
		for (Timeline.Phase phase : Timeline.Phase.values()) {
			legend.add(new LegendItem(timeline.texts().legend(phase), PHASE_PAINT[phase.ordinal()]));
		}
		plot.setFixedLegendItems(legend);
		JFreeChart chart = new JFreeChart(timeline.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		// Dates around the bars and markers, so that a marker beyond the last bar is still drawn.
		List<LocalDate> dates = new ArrayList<>();
		timeline.bars().forEach(b -> {
			dates.add(b.from());
			dates.add(b.to().plusDays(1));
		});
		timeline.markers().forEach(m -> dates.add(m.date()));
		if (!dates.isEmpty()) {
			LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow().withDayOfYear(1);
			LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow().plusYears(1).withDayOfYear(1);
			range.setRange(millis(first), millis(last));
		}
		return chart;
	}

	private static double millis(LocalDate date) {
		return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}

	private static CategoryPlot categoryPlot(JFreeChart chart, NumberStyle style) {
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xCCCCCC));
		// Many groups (counties) or long names without spaces (kulturskoleMusikk), which a line
		// break would cut inside a word, get slanted labels; names with spaces ("Musikk- og
		// kulturskoler, musikklinjer") wrap at them over up to four lines.
		List<?> groups = plot.getCategories() == null ? List.of() : plot.getCategories();
		boolean crowded = groups.size() > 8
				|| groups.stream().anyMatch(g -> !g.toString().contains(" ") && g.toString().length() > 14);
		if (crowded && plot.getOrientation() == PlotOrientation.VERTICAL) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		} else {
			plot.getDomainAxis().setMaximumCategoryLabelLines(4);
		}
		((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(style.kroner());
		return plot;
	}

	private static XYPlot xyPlot(JFreeChart chart, NumberStyle style) {
		XYPlot plot = chart.getXYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xCCCCCC));
		plot.setDomainGridlinesVisible(false);
		NumberAxis years = (NumberAxis) plot.getDomainAxis();
		years.setTickUnit(new NumberTickUnit(1, new java.text.DecimalFormat("0")));
		years.setAutoRangeIncludesZero(false);
		((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(style.kroner());
		return plot;
	}
}
