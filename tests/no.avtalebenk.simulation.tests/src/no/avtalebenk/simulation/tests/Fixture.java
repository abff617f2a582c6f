package no.avtalebenk.simulation.tests;

import java.math.BigDecimal;
import java.util.List;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.ModelCounts;
import no.avtalebenk.simulation.projection.ProjectionInput;
import no.avtalebenk.simulation.scenario.ScenarioInputs;
import no.avtalebenk.simulation.scenario.Scenarios;

/** The bundled example, loaded fresh for each test (no test shares another's objects). */
final class Fixture {

	final AgreementModel model;
	final Model formulas;
	final CountTable baseline;

	Fixture() throws Exception {
		model = Examples.model();
		formulas = Examples.formulas();
		// as a case fills them in: 0 for a category a unit holds in no year (the national unit has no count
		// of KS's own årsverk, protocol point 6)
		baseline = ModelCounts.table(model, "avtale.avtale").withCategoriesNotHeldAsZero("avtale.avtale",
				Simulator.categoryFormulas(formulas).stream().map(f -> f.getCategory().getName()).toList(), YEARS);
	}

	ScenarioInputs scenario(String name) {
		return Scenarios.apply(model, name, baseline);
	}

	ProjectionInput input(String scenario) {
		ScenarioInputs s = scenario(scenario);
		return new ProjectionInput(s.name(), "test", formulas, s.counts(), Examples.YEARS, s.overrides());
	}

	static BigDecimal nok(String amount) {
		return new BigDecimal(amount);
	}

	static final List<Integer> YEARS = Examples.YEARS;
}
