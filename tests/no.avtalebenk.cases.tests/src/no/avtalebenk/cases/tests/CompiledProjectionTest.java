package no.avtalebenk.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;
import no.avtalebenk.simulation.scenario.ScenarioInputs;

/**
 * The case's projection (what simulate, compare, goal seek, sensitivity, the briefing and the
 * workbench's views compute through) runs on the compiled formulas and gives, payment by payment,
 * what the formula evaluator gives: on the reference data set's 374 units, for every scenario of the
 * template and every year of the agreement, and for the common factor goal seek and sensitivity set.
 */
class CompiledProjectionTest {

	@Test
	void everyPaymentOfEveryScenarioAndYearOnTheReferenceDataSetEqualsTheEvaluators() throws Exception {
		Case reference = Cases.openExample().withData(Case.REFERENCE);
		assertEquals(374, reference.baseline().units().size());
		int cells = 0;
		for (Scenario scenario : reference.model().getScenarios()) {
			ScenarioInputs inputs = reference.scenario(scenario.getName());
			cells += assertSame(reference, inputs.name(), inputs.overrides(), inputs);
		}
		ScenarioInputs baseline = reference.scenario(null);
		cells += assertSame(reference, "goal seek",
				baseline.overrides().withCategoryRatesFactor(new BigDecimal("1.131622680653")), baseline);
		cells += assertSame(reference, "sensitivity",
				baseline.overrides().withRateFactor("grunnskoleSats", new BigDecimal("0.9")), baseline);
		// 4 scenarios and 2 more, × 374 units × 2 years × 7 categories (the appendix's six and KS' own administration, point 6)
		assertEquals(6 * 374 * 2 * 7, cells);
	}

	private static int assertSame(Case aCase, String name, Overrides overrides, ScenarioInputs inputs)
			throws Exception {
		PaymentResult projected = aCase.project(aCase.projection(null), name, overrides, inputs.counts());
		PaymentResult interpreted = Simulator.interpret(name, projected.title(), aCase.formulas(), inputs.counts(),
				aCase.years(), overrides);
		assertEquals(interpreted.categories(), projected.categories());
		assertEquals(interpreted.cells().size(), projected.cells().size(), name);
		for (int i = 0; i < interpreted.cells().size(); i++) {
			PaymentCell expected = interpreted.cells().get(i);
			// record equality: amounts with the evaluator's scale, the rate, the count and its provenance
			assertEquals(expected, projected.cells().get(i),
					name + ": " + expected.unit() + " " + expected.category() + " " + expected.year());
		}
		return interpreted.cells().size();
	}
}
