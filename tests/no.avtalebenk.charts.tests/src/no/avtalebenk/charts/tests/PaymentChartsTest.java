package no.avtalebenk.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.charts.ChartExport;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.Fan;
import no.avtalebenk.charts.data.PaymentChartData;
import no.avtalebenk.charts.data.Waterfall;
import no.avtalebenk.examples.Examples;

/** Rendering keeps the chart data's values and writes PNG and SVG without a display. */
class PaymentChartsTest {

	@Test
	void barsDatasetHoldsThePaymentsPerCategoryAndYear() throws Exception {
		JFreeChart chart = ChartRenderer.render(PaymentChartData.byCategoryAndYear(Examples.simulate()),
				NumberStyle.NORWEGIAN);
		CategoryDataset dataset = chart.getCategoryPlot().getDataset();
		assertEquals(2, dataset.getRowCount());
		// the appendix's six categories and KS's own årsverk (protocol point 6)
		assertEquals(7, dataset.getColumnCount());
		// 589 453 × 237.71 (222.78 with the published KPI steps for 2024 and 2025) = 140 118 872.63
		assertEquals(new BigDecimal("140118872.63"), dataset.getValue("2026", "grunnskole"));
		// 31 400 × 203.85 (191.04 with the published KPI steps) = 6 400 890.00
		assertEquals(new BigDecimal("6400890.00"), dataset.getValue("2027", "fagskole"));
	}

	@Test
	void waterfallDatasetEndsAtTheAlternativesTotal() {
		Waterfall waterfall = new Waterfall("w", "grunnlag", new BigDecimal("1000"), List.of(
				new Waterfall.Step("grunnskole", new BigDecimal("-40")), new Waterfall.Step("fagskole", new BigDecimal("15"))),
				"tilbud");
		CategoryDataset dataset = ChartRenderer.render(waterfall, NumberStyle.ENGLISH).getCategoryPlot().getDataset();
		assertEquals(4, dataset.getColumnCount());
		// 1000 - 40 + 15 = 975
		assertEquals(new BigDecimal("975"), dataset.getValue("NOK", "tilbud"));
	}

	@Test
	void numberStylesWriteNorwegianAndEnglishAmounts() {
		assertEquals("131 318 339,34 kr", NumberStyle.NORWEGIAN.money(new BigDecimal("131318339.34")));
		assertEquals("NOK 131,318,339.34", NumberStyle.ENGLISH.money(new BigDecimal("131318339.34")));
		// numbers keep their own decimals: counts, rates, fractions shown to ten places
		assertEquals("589 453", NumberStyle.NORWEGIAN.number(new BigDecimal("589453")));
		assertEquals("-1 234 567,50", NumberStyle.NORWEGIAN.number(new BigDecimal("-1234567.50")));
		assertEquals("-1,234,567.50", NumberStyle.ENGLISH.number(new BigDecimal("-1234567.50")));
		assertEquals("0,3333333333", NumberStyle.NORWEGIAN.number(new BigDecimal("0.3333333333")));
		assertEquals("999", NumberStyle.NORWEGIAN.number(new BigDecimal("999")));
		assertEquals("-1 235 kr", NumberStyle.NORWEGIAN.kroner().format(new BigDecimal("-1234.5")));
	}

	@Test
	void writesPngOfTheRequestedSizeHeadless(@TempDir Path dir) throws Exception {
		JFreeChart chart = ChartRenderer.render(PaymentChartData.byCategoryAndYear(Examples.simulate()),
				NumberStyle.NORWEGIAN);
		Path file = dir.resolve("vederlag.png");
		ChartExport.write(chart, file, 800, 500);
		BufferedImage image = ImageIO.read(file.toFile());
		assertEquals(800, image.getWidth());
		assertEquals(500, image.getHeight());
	}

	@Test
	void writesSvgWithTheRequestedSize(@TempDir Path dir) throws Exception {
		Fan fan = new Fan("Vifte", List.of(new Fan.Band(2026, new BigDecimal("190"), new BigDecimal("200"), new BigDecimal("210")),
				new Fan.Band(2027, new BigDecimal("185"), new BigDecimal("201"), new BigDecimal("220"))));
		Path file = dir.resolve("vifte.svg");
		ChartExport.write(ChartRenderer.render(fan, NumberStyle.NORWEGIAN), file, 640, 400);
		String svg = Files.readString(file);
		assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 40));
		assertTrue(svg.contains("width='640.0' height='400.0'"), svg.substring(0, 300));
	}

	@Test
	void otherFileTypesAreRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
		assertThrows(IllegalArgumentException.class, () -> ChartExport.write(
				ChartRenderer.render(PaymentChartData.byCategoryAndYear(Examples.simulate()), NumberStyle.NORWEGIAN),
				dir.resolve("vederlag.gif"), 10, 10));
		try (var files = Files.list(dir)) {
			assertEquals(0, files.count());
		}
	}
}
