package no.avtalebenk.examples.plugin;

import java.util.List;
import java.util.stream.IntStream;

import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.index.IndexSeries;
import no.avtalebenk.simulation.index.IndexSeriesRegistry;
import no.avtalebenk.simulation.index.IndexSources;
import no.avtalebenk.simulation.projection.ProjectionInput;
import no.avtalebenk.simulation.projection.ProjectionModel;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The agreement's own remuneration formulas, with every index of the formula file following the wage
 * index ({@link WageIndex}, read from the index series registry) instead of the steps written in the
 * file: the step of a year is the wage index of the year before over that of the year before it. A
 * year the wage index gives no step for keeps the file's step. The scenario's own rate and parameter
 * values still apply; its index factors are replaced by the wage index's.
 */
public class WageIndexProjection implements ProjectionModel {

	@Override
	public PaymentResult project(ProjectionInput input) {
		IndexSeries series = series();
		Overrides overrides = IndexSources.drive(input.formulas(), null, series, stepYears(series, input.years()),
				input.overrides());
		return Simulator.simulate(input.scenario(), input.title(), input.formulas(), input.counts(), input.years(),
				overrides);
	}

	/** The contributed series when the platform runs, else the same series created here (plain Java). */
	static IndexSeries series() {
		return IndexSeriesRegistry.load().find(WageIndex.NAME).map(d -> d.series()).orElseGet(WageIndex::new);
	}

	/** Every year from the series' first step up to the last year projected: the steps an indexation since an earlier base year applies. */
	static List<Integer> stepYears(IndexSeries series, List<Integer> years) {
		int first = series.points().firstKey() + 2;
		int last = years.get(years.size() - 1);
		return IntStream.rangeClosed(first, last).boxed().toList();
	}
}
