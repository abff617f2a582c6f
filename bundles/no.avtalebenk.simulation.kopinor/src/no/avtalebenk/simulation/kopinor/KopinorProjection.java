package no.avtalebenk.simulation.kopinor;

import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.projection.ProjectionInput;
import no.avtalebenk.simulation.projection.ProjectionModel;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The Kopinor per-capita payment: evaluates the agreement's own remuneration formulas (the
 * {@code .vederlag} file of the model agreement: a rate per pupil, place, student or billed
 * årsverk, indexed and rounded as the formulas say) for every unit, category and year, with the
 * scenario's rate and parameter values.
 */
public class KopinorProjection implements ProjectionModel {

	@Override
	public PaymentResult project(ProjectionInput input) {
		return Simulator.simulate(input.scenario(), input.title(), input.formulas(), input.counts(), input.years(),
				input.overrides());
	}

	@Override
	public String pricedGood() {
		return "a collective licence to copy and use protected works (the copying agreement), per pupil, student and årsverk";
	}
}
