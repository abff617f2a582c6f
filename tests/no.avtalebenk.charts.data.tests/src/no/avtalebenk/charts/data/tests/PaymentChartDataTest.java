package no.avtalebenk.charts.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import no.avtalebenk.charts.data.CategoryBars;
import no.avtalebenk.charts.data.Fan;
import no.avtalebenk.charts.data.Histogram;
import no.avtalebenk.charts.data.HistogramBuilder;
import no.avtalebenk.charts.data.PaymentChartData;
import no.avtalebenk.charts.data.TimeSeries;
import no.avtalebenk.charts.data.Tornado;
import no.avtalebenk.charts.data.Waterfall;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/** Chart data are the results' sums; values below are computed by hand from the cells. */
class PaymentChartDataTest {

	private static PaymentCell cell(String scenario, String unit, String category, int year, String amount) {
		return new PaymentCell(scenario, unit, category, year, new BigDecimal(amount), "f", null, null, null);
	}

	/** Two municipalities in two counties; 2026 only. */
	private static PaymentResult baseline() {
		List<PaymentCell> cells = new ArrayList<>();
		cells.add(cell("grunnlag", "0301", "grunnskole", 2026, "100.00"));
		cells.add(cell("grunnlag", "0301", "administrasjon", 2026, "50.00"));
		cells.add(cell("grunnlag", "1101", "grunnskole", 2026, "20.10"));
		cells.add(cell("grunnlag", "1101", "administrasjon", 2026, "5.05"));
		return new PaymentResult("grunnlag", cells, List.of("grunnskole", "administrasjon"), List.of(2026));
	}

	private static PaymentResult alternative() {
		List<PaymentCell> cells = new ArrayList<>();
		cells.add(cell("tilbud", "0301", "grunnskole", 2026, "90.50"));
		cells.add(cell("tilbud", "0301", "administrasjon", 2026, "60.25"));
		cells.add(cell("tilbud", "1101", "grunnskole", 2026, "20.10"));
		cells.add(cell("tilbud", "1101", "administrasjon", 2026, "6.00"));
		return new PaymentResult("tilbud", cells, List.of("grunnskole", "administrasjon"), List.of(2026));
	}

	@Test
	void waterfallStepsSumToTheDifference() {
		Waterfall waterfall = PaymentChartData.waterfall("grunnlag", baseline(), "tilbud", alternative(), 2026);
		// baseline 100.00 + 50.00 + 20.10 + 5.05 = 175.15; alternative 90.50 + 60.25 + 20.10 + 6.00 = 176.85
		assertEquals(new BigDecimal("175.15"), waterfall.start());
		// grunnskole (90.50 + 20.10) - (100.00 + 20.10) = -9.50; administrasjon (60.25 + 6.00) - (50.00 + 5.05) = 11.20
		assertEquals(List.of(new BigDecimal("-9.50"), new BigDecimal("11.20")),
				waterfall.steps().stream().map(Waterfall.Step::delta).toList());
		assertEquals(new BigDecimal("176.85"), waterfall.end());
		assertEquals(alternative().total(2026), waterfall.end());
	}

	@Test
	void scenarioBarsHoldEachScenariosCategorySums() {
		Map<String, PaymentResult> scenarios = new LinkedHashMap<>();
		scenarios.put("grunnlag", baseline());
		scenarios.put("tilbud", alternative());
		CategoryBars bars = PaymentChartData.scenariosByCategory(scenarios, 2026);
		assertEquals(List.of("grunnlag", "tilbud"), bars.series());
		assertEquals(new BigDecimal("120.10"), bars.value("grunnlag", "grunnskole"));
		assertEquals(new BigDecimal("66.25"), bars.value("tilbud", "administrasjon"));
	}

	@Test
	void categoriesAreShownByTheirLabels() {
		Map<String, String> names = Map.of("grunnskole", "Grunnskole, unntatt musikk- og kulturskoler");
		UnaryOperator<String> label = id -> names.getOrDefault(id, id);
		Map<String, PaymentResult> scenarios = new LinkedHashMap<>();
		scenarios.put("grunnlag", baseline());
		scenarios.put("tilbud", alternative());
		CategoryBars bars = PaymentChartData.scenariosByCategory(scenarios, 2026, label);
		// a category without a label keeps its id
		assertEquals(List.of("Grunnskole, unntatt musikk- og kulturskoler", "administrasjon"), bars.categories());
		// grunnskole in the baseline: 100.00 + 20.10 = 120.10
		assertEquals(new BigDecimal("120.10"), bars.value("grunnlag", "Grunnskole, unntatt musikk- og kulturskoler"));
		CategoryBars years = PaymentChartData.byCategoryAndYear(baseline(), label);
		assertEquals(new BigDecimal("120.10"), years.value("2026", "Grunnskole, unntatt musikk- og kulturskoler"));
		Waterfall waterfall = PaymentChartData.waterfall("grunnlag", baseline(), "tilbud", alternative(), 2026, label);
		// (90.50 + 20.10) - (100.00 + 20.10) = -9.50
		assertEquals(new Waterfall.Step("Grunnskole, unntatt musikk- og kulturskoler", new BigDecimal("-9.50")),
				waterfall.steps().get(0));
		// two ids with one label are told apart by their ids
		CategoryBars same = PaymentChartData.byCategoryAndYear(baseline(), id -> "Kategori");
		assertEquals(List.of("Kategori (grunnskole)", "Kategori (administrasjon)"), same.categories());
	}

	@Test
	void seriesHoldsTotalsPerYear() {
		TimeSeries series = PaymentChartData.totalsOverYears(Map.of("grunnlag", baseline()));
		assertEquals(new BigDecimal("175.15"), series.series().get(0).values().get(2026));
	}

	@Test
	void differencesAreSummedPerCounty() {
		CategoryBars bars = PaymentChartData.differencesByCounty(baseline(), alternative(), 2026,
				Map.of("0301", "Oslo", "1101", "Rogaland"));
		// Oslo: 150.75 - 150.00 = 0.75; Rogaland: 26.10 - 25.15 = 0.95
		assertEquals(new BigDecimal("0.75"), bars.value("endring", "Oslo"));
		assertEquals(new BigDecimal("0.95"), bars.value("endring", "Rogaland"));
	}

	@Test
	void tornadoIsOrderedByWidestSwing() {
		Tornado tornado = new Tornado("t", new BigDecimal("100"), List.of(
				new Tornado.Bar("sats ±5 %", new BigDecimal("95"), new BigDecimal("105")),
				new Tornado.Bar("elevtall ±10 %", new BigDecimal("88"), new BigDecimal("112"))));
		assertEquals("elevtall ±10 %", tornado.bars().get(0).label());
		assertEquals(new BigDecimal("24"), tornado.bars().get(0).swing());
	}

	@Test
	void histogramCountsEveryValueOnce() {
		HistogramBuilder builder = new HistogramBuilder(new BigDecimal("0"), new BigDecimal("10"), 5);
		for (String v : new String[] { "0", "1.99", "2", "5", "9.99", "10", "-3" }) {
			builder.add(new BigDecimal(v));
		}
		Histogram histogram = builder.build("h");
		// bins [0,2) [2,4) [4,6) [6,8) [8,10]: 0, 1.99 and -3 (below) → 3; 2 → 1; 5 → 1; 9.99 and 10 (at the top) → 2
		assertEquals(List.of(3L, 1L, 1L, 0L, 2L), histogram.bins().stream().map(Histogram.Bin::count).toList());
		assertEquals(7, histogram.total());
	}

	@Test
	void fanRejectsPercentilesOutOfOrder() {
		assertThrows(IllegalArgumentException.class, () -> new Fan("f",
				List.of(new Fan.Band(2026, new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("4")))));
	}
}
