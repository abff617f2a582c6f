package no.avtalebenk.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.charts.ChartExport;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.RegisterChartData;
import no.avtalebenk.charts.data.Timeline;
import no.avtalebenk.examples.Examples;
import no.avtalebenk.model.avtale.AvtaleFactory;

/** The register timeline drawn: a bar per registered agreement between its dates, today and the period end marked. */
class RegisterChartTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void aBarPerAgreementBetweenItsDatesAndTheTwoMarkers(@TempDir Path dir) throws Exception {
		JFreeChart chart = ChartRenderer.render(
				RegisterChartData.timeline(Examples.model(), TODAY, Timeline.Texts.NORWEGIAN), NumberStyle.NORWEGIAN);
		CategoryPlot plot = chart.getCategoryPlot();
		IntervalCategoryDataset dataset = (IntervalCategoryDataset) plot.getDataset();
		// the template's eleven <register> lines, each with a start or signing date and an expiry
		assertEquals(11, dataset.getColumnCount());
		String nav = "Samarbeidsavtale om partnerskapet i NAV-kontorene";
		// signed 2023-01-04, expires 2026-12-31: the bar runs to the end of that day
		assertEquals(millis(LocalDate.of(2023, 1, 4)), dataset.getStartValue("", nav).doubleValue());
		assertEquals(millis(LocalDate.of(2027, 1, 1)), dataset.getEndValue("", nav).doubleValue());
		List<Double> marked = plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
				.map(m -> ((ValueMarker) m).getValue()).toList();
		assertEquals(List.of(millis(TODAY), millis(LocalDate.of(2027, 12, 31))), marked);
		assertEquals("Avtaleregisteret: hva utløper når", chart.getTitle().getText());
		Path file = dir.resolve("register.png");
		ChartExport.write(chart, file, 1000, 600);
		BufferedImage image = ImageIO.read(file.toFile());
		assertEquals(1000, image.getWidth());
	}

	@Test
	void anEmptyRegisterIsDrawnWithItsMarkersOnly(@TempDir Path dir) throws Exception {
		var model = AvtaleFactory.eINSTANCE.createAgreementModel();
		JFreeChart chart = ChartRenderer.render(RegisterChartData.timeline(model, TODAY, Timeline.Texts.ENGLISH),
				NumberStyle.ENGLISH);
		assertEquals(0, chart.getCategoryPlot().getDataset().getColumnCount());
		ChartExport.write(chart, dir.resolve("empty.svg"), 400, 300);
	}

	private static double millis(LocalDate date) {
		return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}
}
