package no.avtalebenk.charts.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.simulation.analysis.Sensitivity;
import no.avtalebenk.simulation.montecarlo.MonteCarloResult;
import no.avtalebenk.simulation.montecarlo.Summary;

/** Chart data from the analyses: sensitivity as a tornado, Monte Carlo as a fan and a histogram. */
public final class AnalysisChartData {

	private AnalysisChartData() {
	}

	/**
	 * @param result a one-at-a-time sensitivity analysis
	 * @return its tornado: one bar per input, the year's total at the input's low and high end
	 */
	public static Tornado tornado(Sensitivity.Result result) {
		List<Tornado.Bar> bars = new ArrayList<>();
		for (Sensitivity.Bar bar : result.bars()) {
			Sensitivity.Input input = bar.input();
			bars.add(new Tornado.Bar(input.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + input.name() + " ×"
					+ input.low().stripTrailingZeros().toPlainString() + "–" + input.high().stripTrailingZeros().toPlainString(),
					bar.lowTotal(), bar.highTotal()));
		}
		return new Tornado("Følsomhet " + result.year() + ": samlet vederlag ved lav og høy verdi", result.baseTotal(), bars);
	}

	/**
	 * @param result a Monte Carlo run
	 * @return the fan of the yearly totals: median and P10–P90
	 */
	public static Fan fan(MonteCarloResult result) {
		List<Fan.Band> bands = new ArrayList<>();
		for (Summary summary : result.summaries()) {
			if (summary.category().equals("total")) {
				bands.add(new Fan.Band(summary.year(), summary.p10(), summary.p50(), summary.p90()));
			}
		}
		// Thousands grouped with a space, as Norwegian amounts are: "10 000 trekk".
		String draws = String.format(java.util.Locale.ROOT, "%,d", result.spec().draws()).replace(',', ' ');
		return new Fan("Monte Carlo, " + draws + " trekk (frø " + result.spec().seed()
				+ "): samlet vederlag, median og P10–P90", bands);
	}

	/**
	 * @param result a Monte Carlo run
	 * @param year   the year
	 * @return how the year's totals fell over the draws
	 */
	public static Histogram histogram(MonteCarloResult result, int year) {
		MonteCarloResult.Distribution distribution = result.totals().stream().filter(d -> d.year() == year).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("The Monte Carlo run has no year " + year + "."));
		int n = distribution.counts().size();
		BigDecimal span = distribution.max().subtract(distribution.min());
		BigDecimal width = span.signum() == 0 ? BigDecimal.ONE
				: span.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64).setScale(2, RoundingMode.UP);
		List<Histogram.Bin> bins = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			BigDecimal from = distribution.min().add(width.multiply(BigDecimal.valueOf(i)));
			bins.add(new Histogram.Bin(from, from.add(width), distribution.counts().get(i)));
		}
		return new Histogram("Monte Carlo " + year + ": fordeling av samlet vederlag", bins);
	}
}
