package no.avtalebenk.charts.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.charts.data.AnalysisChartData;
import no.avtalebenk.charts.data.Fan;
import no.avtalebenk.charts.data.Histogram;
import no.avtalebenk.charts.data.Tornado;
import no.avtalebenk.simulation.analysis.Sensitivity;
import no.avtalebenk.simulation.montecarlo.MonteCarloResult;
import no.avtalebenk.simulation.montecarlo.MonteCarloSpec;
import no.avtalebenk.simulation.montecarlo.Summary;

/** The analyses' results become chart data without any value changing. */
class AnalysisChartDataTest {

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	@Test
	void tornadoKeepsEachInputsTotalsAndOrdersByWidth() {
		Sensitivity.Result result = new Sensitivity.Result(2026, d("1000.00"), List.of(
				new Sensitivity.Bar(new Sensitivity.Input(Sensitivity.Kind.RATE, "sats", d("0.9"), d("1.1")), d("950.00"),
						d("1050.00")),
				new Sensitivity.Bar(new Sensitivity.Input(Sensitivity.Kind.COUNT, "elever", d("0.95"), d("1.05")),
						d("980.00"), d("1020.00"))));
		Tornado tornado = AnalysisChartData.tornado(result);
		assertEquals(d("1000.00"), tornado.base());
		assertEquals("rate sats ×0.9–1.1", tornado.bars().get(0).label());
		// swings: 1050 - 950 = 100 and 1020 - 980 = 40
		assertEquals(d("100.00"), tornado.bars().get(0).swing());
		assertEquals(d("980.00"), tornado.bars().get(1).low());
	}

	@Test
	void fanTakesTheTotalsAndHistogramSpansMinToMax() {
		MonteCarloResult result = new MonteCarloResult(new MonteCarloSpec(7, 100, List.of()), 1, List.of(
				new Summary(2026, "grunnskole", d("5"), d("4"), d("5"), d("6"), d("3"), d("7"), d("0.01")),
				new Summary(2026, "total", d("50"), d("40"), d("50"), d("60"), d("30"), d("70"), d("0.01")),
				new Summary(2027, "total", d("51"), d("41"), d("51"), d("61"), d("31"), d("71"), d("0.01"))),
				List.of(new MonteCarloResult.Distribution(2026, d("30.00"), d("70.00"), List.of(10L, 60L, 20L, 10L))));
		Fan fan = AnalysisChartData.fan(result);
		assertEquals(List.of(2026, 2027), fan.bands().stream().map(Fan.Band::year).toList());
		assertEquals(d("40"), fan.bands().get(0).p10());
		assertEquals(d("61"), fan.bands().get(1).p90());
		Histogram histogram = AnalysisChartData.histogram(result, 2026);
		// (70 - 30) / 4 = 10 per bin: [30,40) [40,50) [50,60) [60,70]
		assertEquals(d("40.00"), histogram.bins().get(1).from());
		assertEquals(d("70.00"), histogram.bins().get(3).to());
		assertEquals(100, histogram.total());
	}
}
