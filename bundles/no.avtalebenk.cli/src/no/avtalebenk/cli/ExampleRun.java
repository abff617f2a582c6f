package no.avtalebenk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;

import no.avtalebenk.data.reference.ReferenceDataSet;
import no.avtalebenk.examples.Examples;
import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.simulation.Simulator;
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

	/** The name of {@code --data} for the reference data set shipped with the product. */
	static final String REFERENCE = "reference";

	/** The projection model used when none is named. */
	static final String DEFAULT_MODEL = "kopinor";

	final String name;
	final AgreementModel model;
	final Model formulas;
	final CountTable baseline;
	final ProjectionRegistry registry;
	final List<Integer> years;
	final String title;

	private ExampleRun(String name, AgreementModel model, Model formulas, CountTable baseline,
			ProjectionRegistry registry, List<Integer> years, String title) {
		this.name = name;
		this.title = title;
		this.model = model;
		this.formulas = formulas;
		this.baseline = baseline;
		this.registry = registry;
		this.years = years;
	}

	static ExampleRun load() throws IOException, AgreementFileException, CountFileException {
		AgreementModel model = Examples.model();
		return new ExampleRun("avtale.avtale (bundled example)", model, Examples.formulas(),
				ModelCounts.table(model, "avtale.avtale"), ProjectionRegistry.load(), Examples.YEARS, Examples.TITLE);
	}

	/**
	 * @param modelFile a model file (.avtale) whose remuneration clause names its formula file, resolved
	 *                  beside it; null for the bundled example
	 * @return the model file's run: its counts, scenarios and the years of its agreement's period
	 */
	static ExampleRun load(String modelFile)
			throws UsageException, IOException, AgreementFileException, CountFileException {
		if (modelFile == null) {
			return load();
		}
		Path file = Path.of(modelFile);
		AgreementModel model = AgreementFiles.load(file);
		String formulaFile = model.getAgreements().stream().flatMap(a -> a.getClauses().stream())
				.filter(RemunerationClause.class::isInstance).map(c -> ((RemunerationClause) c).getFormulaFile())
				.filter(f -> f != null && !f.isBlank()).findFirst()
				.orElseThrow(() -> new UsageException(modelFile + " has no remuneration clause naming a formula file"));
		Path formulas = file.toAbsolutePath().getParent().resolve(formulaFile);
		if (!Files.isRegularFile(formulas)) {
			throw new UsageException(modelFile + " names the formula file " + formulaFile + ", which does not exist beside it");
		}
		if (model.getAgreements().isEmpty()) {
			throw new UsageException(modelFile + " holds no agreement, so it has no period to project");
		}
		int from = Integer.parseInt(model.getAgreements().get(0).getPeriodStart().substring(0, 4));
		int to = Integer.parseInt(model.getAgreements().get(0).getPeriodEnd().substring(0, 4));
		return new ExampleRun(file.getFileName().toString(), model, new FormulaLoader().load(formulas),
				ModelCounts.table(model, file.getFileName().toString()), ProjectionRegistry.load(),
				IntStream.rangeClosed(from, to).boxed().toList(), file.getFileName().toString());
	}

	/**
	 * @param data null for the model's own counts; {@value #REFERENCE} for the reference data set
	 *             shipped with the product (every municipality, county, Longyearbyen and KS, all
	 *             estimates); or a data set file (.avtale) such as {@code import} and
	 *             {@code reference --write} write
	 * @return this run projecting the data set's counts instead of the model's own: scenarios then
	 *         apply their changes to those counts
	 * @throws UsageException when the data set has no counts for the run's years
	 */
	ExampleRun withData(String data) throws UsageException, IOException, AgreementFileException, CountFileException {
		if (data == null) {
			return this;
		}
		String origin = data.equals(REFERENCE) ? "the reference data set (estimates)" : Path.of(data).getFileName().toString();
		AgreementModel dataSet = data.equals(REFERENCE) ? ReferenceDataSet.build() : AgreementFiles.load(Path.of(data));
		List<String> categories = Simulator.categoryFormulas(formulas).stream().map(f -> f.getCategory().getName())
				.toList();
		CountTable counts = ModelCounts.table(dataSet, origin).withCategoriesNotHeldAsZero(origin, categories, years);
		for (int year : years) {
			if (!counts.years().contains(year)) {
				throw new UsageException("--data " + data + " has no counts for " + year + "; it has " + counts.years());
			}
		}
		// The briefing lists the counts and their provenance from the model: give it the data set's.
		AgreementModel merged = EcoreUtil.copy(model);
		merged.getCounts().clear();
		merged.getCounts().addAll(EcoreUtil.copyAll(dataSet.getCounts()));
		return new ExampleRun(name, merged, formulas, counts, registry, years, title + ", counts from " + origin);
	}

	/**
	 * @param name a scenario name, or null for the baseline
	 * @throws UsageException when the scenario is unknown, or changes a rate, index or parameter that
	 *                        neither the formula file nor any installed projection model reads (a
	 *                        misspelt name would otherwise change nothing, silently)
	 */
	ScenarioInputs scenario(String name) throws UsageException {
		ScenarioInputs inputs;
		try {
			inputs = Scenarios.apply(model, name == null ? Scenarios.baselineName(model) : name, baseline);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		Set<String> projectionNames = new TreeSet<>();
		for (ProjectionDescriptor projection : registry.models()) {
			projectionNames.addAll(projection.model().ownNames());
		}
		try {
			inputs.overrides().check(formulas, projectionNames, "scenario '" + inputs.name() + "'");
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		return inputs;
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
		String title = this.title + (scenario.equals(Scenarios.baselineName(model)) ? "" : ", scenario " + scenario)
				+ (projection.name().equals(DEFAULT_MODEL) ? "" : ", model " + projection.name());
		return projection.model()
				.project(new ProjectionInput(scenario, title, formulas, counts, years, overrides));
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
