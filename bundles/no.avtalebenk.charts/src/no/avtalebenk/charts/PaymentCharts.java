package no.avtalebenk.charts;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Builds charts from a {@link PaymentResult}. Charts only read the result; the amounts in a chart's
 * dataset are the result's sums, converted to million NOK for display.
 */
public final class PaymentCharts {

	private PaymentCharts() {
	}

	/**
	 * @param result payments
	 * @return the dataset of the category chart: rows are years, columns categories, values in NOK
	 */
	public static DefaultCategoryDataset categoryDataset(PaymentResult result) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (int year : result.years()) {
			for (String category : result.categories()) {
				dataset.addValue(result.amount(category, year), Integer.toString(year), category);
			}
		}
		return dataset;
	}

	/**
	 * @param result payments
	 * @return grouped bars: one group per category, one bar per year
	 */
	public static JFreeChart paymentsByCategory(PaymentResult result) {
		JFreeChart chart = ChartFactory.createBarChart(result.title(), "Kategori", "NOK",
				categoryDataset(result), PlotOrientation.VERTICAL, true, true, false);
		chart.setBackgroundPaint(Color.WHITE);
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
		// Category names such as kulturskoleMusikk are long; two lines keep them readable.
		plot.getDomainAxis().setMaximumCategoryLabelLines(2);
		NumberAxis axis = (NumberAxis) plot.getRangeAxis();
		axis.setNumberFormatOverride(norwegianKroner());
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, new Color(0x1F, 0x5F, 0x99));
		renderer.setSeriesPaint(1, new Color(0xE0, 0x8A, 0x1E));
		return chart;
	}

	/** @return "135 019 161" style: space as thousands separator, no decimals on an axis */
	static DecimalFormat norwegianKroner() {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nb-NO"));
		symbols.setGroupingSeparator(' ');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0", symbols);
	}
}
