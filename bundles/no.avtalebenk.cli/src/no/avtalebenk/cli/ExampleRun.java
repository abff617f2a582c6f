package no.avtalebenk.cli;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.ModelCounts;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.projection.ProjectionInput;
import no.avtalebenk.simulation.projection.ProjectionRegistry;
import no.avtalebenk.simulation.result.PaymentResult;
import no.avtalebenk.simulation.scenario.ScenarioInputs;
import no.avtalebenk.simulation.scenario.Scenarios;

/**
 * The bundled example as the analysis commands use it: its agreement model (scenarios, units), its
 * formula file, its baseline counts and the installed projection models.
 */
final class ExampleRun {

	/** The projection model used when none is named. */
	static final String DEFAULT_MODEL = "kopinor";

	final AgreementModel model;
	final Model formulas;
	final CountTable baseline;
	final ProjectionRegistry registry;

	private ExampleRun(AgreementModel model, Model formulas, CountTable baseline, ProjectionRegistry registry) {
		this.model = model;
		this.formulas = formulas;
		this.baseline = baseline;
		this.registry = registry;
	}

	static ExampleRun load() throws IOException, AgreementFileException, CountFileException {
		AgreementModel model = Examples.model();
		return new ExampleRun(model, Examples.formulas(), ModelCounts.table(model, "avtale.avtale"),
				ProjectionRegistry.load());
	}

	/** @param name a scenario name, or null for the baseline */
	ScenarioInputs scenario(String name) throws UsageException {
		try {
			return Scenarios.apply(model, name == null ? Scenarios.baselineName(model) : name, baseline);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	/** @param name a projection model name, or null for {@value #DEFAULT_MODEL} */
	ProjectionDescriptor projection(String name) throws UsageException {
		try {
			return registry.get(name == null ? DEFAULT_MODEL : name);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	PaymentResult project(ProjectionDescriptor projection, ScenarioInputs scenario) {
		return project(projection, scenario.name(), scenario.overrides(), scenario.counts());
	}

	PaymentResult project(ProjectionDescriptor projection, String scenario, Overrides overrides, CountTable counts) {
		String title = Examples.TITLE + (scenario.equals(Scenarios.baselineName(model)) ? "" : ", scenario " + scenario)
				+ (projection.name().equals(DEFAULT_MODEL) ? "" : ", model " + projection.name());
		return projection.model()
				.project(new ProjectionInput(scenario, title, formulas, counts, Examples.YEARS, overrides));
	}

	/** @return the rate, index and parameter names a scenario or goal seek may change under a model */
	Set<String> changeableNames(ProjectionDescriptor projection) {
		Set<String> names = new TreeSet<>(projection.model().ownNames());
		for (Element element : formulas.getElements()) {
			if (element instanceof Rate || element instanceof Index || element instanceof Parameter) {
				names.add(element.getName());
			}
		}
		return names;
	}

	/** @return for a unit id, the county it belongs to ("03 Oslo"); a unit without one is its own group */
	Function<String, String> county() {
		return id -> {
			for (ReportingUnit unit : model.getUnits()) {
				if (unit.getId().equals(id)) {
					ReportingUnit county = unit.getCounty() != null ? unit.getCounty() : unit;
					return county.getId() + " " + county.getName();
				}
			}
			return id;
		};
	}
}
