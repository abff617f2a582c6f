package no.avtalebenk.examples.plugin;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.ChartData;
import no.avtalebenk.charts.data.TimeSeries;
import no.avtalebenk.charts.kinds.ChartInput;
import no.avtalebenk.charts.kinds.ChartKind;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.projection.ProjectionInput;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Two lines over the case's years: the baseline's total payment with the formula file's own index, and
 * with the wage index ({@link WageIndexProjection}); both from the baseline's counts, without the
 * scenarios' changes, so that only the index differs.
 */
public class WageIndexChart implements ChartKind {

	@Override
	public ChartData data(ChartInput input) {
		boolean english = input.style() == NumberStyle.ENGLISH;
		PaymentResult own = Simulator.simulate(input.baselineName(), "", input.formulas(), input.counts(), input.years());
		PaymentResult wage = new WageIndexProjection().project(new ProjectionInput(input.baselineName(), "",
				input.formulas(), input.counts(), input.years(), Overrides.NONE));
		return new TimeSeries(english ? "Total payment: the agreement's index and the wage index (assumed)"
				: "Samlet vederlag: avtalens indeks og lønnsindeksen (antatt)", english ? "NOK" : "kr",
				List.of(new TimeSeries.Line(english ? "The agreement's index" : "Avtalens indeks", totals(own, input.years())),
						new TimeSeries.Line(english ? "Wage index (assumed)" : "Lønnsindeks (antatt)",
								totals(wage, input.years()))));
	}

	private static SortedMap<Integer, BigDecimal> totals(PaymentResult result, List<Integer> years) {
		SortedMap<Integer, BigDecimal> totals = new TreeMap<>();
		years.forEach(year -> totals.put(year, result.total(year)));
		return totals;
	}
}
