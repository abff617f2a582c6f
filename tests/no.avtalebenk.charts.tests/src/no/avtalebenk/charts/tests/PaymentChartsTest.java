package no.avtalebenk.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.charts.ChartImages;
import no.avtalebenk.charts.PaymentCharts;
import no.avtalebenk.examples.Examples;

/** The payments chart shows the simulation's sums and renders to PNG without a display. */
class PaymentChartsTest {

	@Test
	void datasetHoldsThePaymentsPerCategoryAndYear() throws Exception {
		CategoryDataset dataset = PaymentCharts.categoryDataset(Examples.simulate());
		assertEquals(2, dataset.getRowCount());
		assertEquals(6, dataset.getColumnCount());
		// 589 453 × 222.78 = 131 318 339.34
		assertEquals(new BigDecimal("131318339.34"), dataset.getValue("2026", "grunnskole"));
		// 31 400 × 191.04 = 5 998 656.00
		assertEquals(new BigDecimal("5998656.00"), dataset.getValue("2027", "fagskole"));
	}

	@Test
	void rendersPngOfTheRequestedSizeHeadless(@TempDir Path dir) throws Exception {
		JFreeChart chart = PaymentCharts.paymentsByCategory(Examples.simulate());
		Path file = dir.resolve("vederlag.png");
		ChartImages.writePng(chart, file, 800, 500);
		BufferedImage image = ImageIO.read(file.toFile());
		assertEquals(800, image.getWidth());
		assertEquals(500, image.getHeight());
	}
}
