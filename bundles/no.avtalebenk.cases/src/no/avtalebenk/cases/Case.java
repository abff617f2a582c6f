package no.avtalebenk.cases;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;

import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.CountYears;
import no.avtalebenk.simulation.counts.YearRule;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.projection.ProjectionInput;
import no.avtalebenk.simulation.projection.ProjectionRegistry;
import no.avtalebenk.simulation.result.PaymentResult;
import no.avtalebenk.simulation.scenario.ScenarioInputs;
import no.avtalebenk.simulation.scenario.Scenarios;

/**
 * One negotiation case, opened from its folder by {@link Cases#open}: the agreement with its scenarios
 * and reporting units (the register's and the case's own), the formula file its remuneration clause
 * names, the counts the payments are projected on, the installed projection models, the years of the
 * agreement's period, and the problems found in each file. Every consumer (command line, briefing,
 * charts, workbench) computes through this object, so that a user's own scenario, rate, index factor
 * or formula changes every answer alike.
 */
public final class Case {

	/** The name of a data set for the reference data set shipped with the product. */
	public static final String REFERENCE = "reference";

	/** The projection model used when none is named. */
	public static final String DEFAULT_PROJECTION = "kopinor";

	private final Path folder;
	private final Path agreementFile;
	private final Path formulaFile;
	private final String name;
	private final String title;
	private final AgreementModel model;
	private final Model formulas;
	private final List<Model> formulaFiles;
	private final CountTable baseline;
	private final ProjectionRegistry registry;
	private final List<Integer> years;
	private final List<CaseProblem> problems;
	private final List<Path> dataSets;
	private final List<ReportingUnit> ownUnits;
	private final boolean example;
	/** What {@link #withData(String)} was given, set only there before the case is handed out. */
	private String data;
	/** The year rules {@link #withCountYears} was given, set only there before the case is handed out. */
	private CountYears countYears = CountYears.NONE;
	/** The data sets read when the case was opened, set before the case is handed out. */
	LoadedDataSets loadedDataSets = new LoadedDataSets();

	Case(Path folder, Path agreementFile, Path formulaFile, String name, String title, AgreementModel model,
			Model formulas, List<Model> formulaFiles, CountTable baseline, ProjectionRegistry registry, List<Integer> years,
			List<CaseProblem> problems, List<Path> dataSets, List<ReportingUnit> ownUnits, boolean example) {
		this.folder = folder;
		this.agreementFile = agreementFile;
		this.formulaFile = formulaFile;
		this.name = name;
		this.title = title;
		this.model = model;
		this.formulas = formulas;
		this.formulaFiles = List.copyOf(formulaFiles);
		this.baseline = baseline;
		this.registry = registry;
		this.years = List.copyOf(years);
		this.problems = List.copyOf(problems);
		this.dataSets = List.copyOf(dataSets);
		this.ownUnits = List.copyOf(ownUnits);
		this.example = example;
	}

	/** @return the case folder */
	public Path folder() {
		return folder;
	}

	/** @return the agreement file ({@code *.avtale} holding the agreement and its scenarios) */
	public Path agreementFile() {
		return agreementFile;
	}

	/** @return the formula file the agreement's remuneration clause names */
	public Path formulaFile() {
		return formulaFile;
	}

	/** @return how the case's agreement file is named in reports, e.g. {@code avtale.avtale} */
	public String name() {
		return name;
	}

	/** @return what is projected, for headings: the case, and where the counts come from */
	public String title() {
		return title;
	}

	/**
	 * @return the agreement model: agreement, scenarios, register, the counts the payments are projected
	 *         on, and the reporting units with the case's own units added; a copy, the file is unchanged
	 */
	public AgreementModel model() {
		return model;
	}

	/** @return the remuneration formulas */
	public Model formulas() {
		return formulas;
	}

	/** @return every formula file of the case (the remuneration formulas first, then test files), loaded together */
	public List<Model> formulaFiles() {
		return formulaFiles;
	}

	/** @return the counts the scenarios start from (the agreement file's own, or a data set's) */
	public CountTable baseline() {
		return baseline;
	}

	/** @return the installed projection models */
	public ProjectionRegistry registry() {
		return registry;
	}

	/** @return the years of the agreement's period, ascending */
	public List<Integer> years() {
		return years;
	}

	/** @return the warnings found in the case's files when it was opened (errors refuse the case) */
	public List<CaseProblem> problems() {
		return problems;
	}

	/** @return the data sets in the case: {@code *.avtale} files without an agreement, in name order */
	public List<Path> dataSets() {
		return dataSets;
	}

	/** @return the case's own reporting units, declared in {@value Cases#UNITS} (docs/cases.md) */
	public List<ReportingUnit> ownUnits() {
		return ownUnits;
	}

	/** @return true when this is the bundled example opened from its template, not a user's case */
	public boolean isExample() {
		return example;
	}

	/**
	 * @param data null for the agreement file's own counts; {@value #REFERENCE} for the reference data set
	 *             shipped with the product (every municipality, county, Longyearbyen and KS, all
	 *             estimates); a data set of the case by file name ({@code gsi.avtale}); or a path
	 * @return this case projecting the data set's counts instead of the agreement file's own: scenarios
	 *         then apply their changes to those counts
	 * @throws CaseException {@link CaseException.Kind#REQUEST} when the data set lacks a count the
	 *                       agreement's years need; {@link CaseException.Kind#INPUT} when it is damaged
	 */
	public Case withData(String data) throws CaseException {
		if (data == null) {
			return this;
		}
		DataSet dataSet = DataSet.load(this, data);
		AgreementModel merged = EcoreUtil.copy(model);
		merged.getCounts().clear();
		merged.getCounts().addAll(EcoreUtil.copyAll(dataSet.model().getCounts()));
		// by a set of IDs: a data set of 10 000 units against a list search per unit was quadratic
		Set<String> known = new HashSet<>();
		merged.getUnits().forEach(u -> known.add(u.getId()));
		for (ReportingUnit unit : dataSet.model().getUnits()) {
			if (known.add(unit.getId())) {
				merged.getUnits().add(EcoreUtil.copy(unit));
			}
		}
		Case withCounts = new Case(folder, agreementFile, formulaFile, name, title + ", counts from " + dataSet.origin(),
				merged, formulas, formulaFiles, dataSet.counts(), registry, years, problems, dataSets, ownUnits,
				example);
		withCounts.data = data;
		withCounts.loadedDataSets = loadedDataSets;
		withCounts.countYears = countYears;
		return withCounts;
	}

	/**
	 * @param rules year rules by category, as the command line's {@code --count-year} gives them:
	 *              {@code latest}, {@code latest-of-table}, {@code current} or a data year
	 *              ({@link YearRule#parse}); empty for none
	 * @return this case with those rules replacing the categories' and the scenarios' own, in every
	 *         scenario it applies
	 * @throws CaseException {@link CaseException.Kind#REQUEST} for a category the formulas do not read
	 *                       or a rule that is none of those forms
	 */
	public Case withCountYears(Map<String, String> rules) throws CaseException {
		if (rules.isEmpty()) {
			return this;
		}
		List<String> categories = Simulator.categoryFormulas(formulas).stream().map(f -> f.getCategory().getName())
				.toList();
		CountYears given = CountYears.NONE;
		for (Map.Entry<String, String> rule : rules.entrySet()) {
			if (!categories.contains(rule.getKey())) {
				throw new CaseException(CaseException.Kind.REQUEST, "--count-year: unknown category '" + rule.getKey()
						+ "'; the formulas count " + String.join(", ", categories));
			}
			try {
				given = given.with(rule.getKey(), YearRule.parse(rule.getValue(),
						"command line --count-year " + rule.getKey() + "=" + rule.getValue().strip()));
			} catch (IllegalArgumentException e) {
				throw new CaseException(CaseException.Kind.REQUEST, "--count-year " + rule.getKey() + ": " + e.getMessage());
			}
		}
		Case withRules = new Case(folder, agreementFile, formulaFile, name, title, model, formulas, formulaFiles,
				baseline, registry, years, problems, dataSets, ownUnits, example);
		withRules.data = data;
		withRules.loadedDataSets = loadedDataSets;
		withRules.countYears = countYears.with(given);
		return withRules;
	}

	/** @return the year rules {@link #withCountYears} gave, which replace the categories' and scenarios' own */
	public CountYears countYears() {
		return countYears;
	}

	/**
	 * @return null when the case projects the agreement file's own counts; else the data set its counts
	 *         come from, as {@link #withData(String)} was given it ({@value #REFERENCE}, a file name or a path)
	 */
	public String data() {
		return data;
	}

	/** @return the name of the baseline scenario (the one that rests on no other) */
	public String baselineName() {
		return Scenarios.baselineName(model);
	}

	/**
	 * @param scenario a scenario name, or null for the baseline
	 * @return the scenario's counts (with the year rules applied: the categories', the scenario's count
	 *         year changes, those of {@link #withCountYears}) and overrides
	 * @throws CaseException when the scenario is unknown, when a year rule finds no count for a year a
	 *                       unit needs, or changes a rate, index or parameter that
	 *                       neither the formula file nor any installed projection model reads (a misspelt
	 *                       name would otherwise change nothing, silently)
	 */
	public ScenarioInputs scenario(String scenario) throws CaseException {
		ScenarioInputs inputs;
		try {
			inputs = Scenarios.apply(model, scenario == null ? baselineName() : scenario, baseline, countYears);
		} catch (IllegalArgumentException e) {
			throw new CaseException(CaseException.Kind.REQUEST, e.getMessage());
		}
		// Opening checked only the categories without a year rule; those with one are checked here, under
		// the rules in force (the categories', the scenario's, the command line's).
		CountGaps.failOnGaps(inputs.counts(), (data == null ? name : data) + " under the year rules of scenario '"
				+ inputs.name() + "'", Simulator.categoryFormulas(formulas).stream().map(f -> f.getCategory().getName())
						.toList(), years, true);
		Set<String> projectionNames = new TreeSet<>();
		for (ProjectionDescriptor projection : registry.models()) {
			projectionNames.addAll(projection.model().ownNames());
		}
		try {
			inputs.overrides().check(formulas, projectionNames, "scenario '" + inputs.name() + "'");
		} catch (IllegalArgumentException e) {
			throw new CaseException(CaseException.Kind.REQUEST, e.getMessage());
		}
		return inputs;
	}

	/**
	 * @param projection a projection model name, or null for {@value #DEFAULT_PROJECTION}
	 * @return the installed projection model
	 * @throws CaseException when none has that name
	 */
	public ProjectionDescriptor projection(String projection) throws CaseException {
		try {
			return registry.get(projection == null ? DEFAULT_PROJECTION : projection);
		} catch (IllegalArgumentException e) {
			throw new CaseException(CaseException.Kind.REQUEST, e.getMessage());
		}
	}

	/**
	 * @param projection the projection model
	 * @param scenario   the scenario's inputs
	 * @return the payments per unit, category and year
	 */
	public PaymentResult project(ProjectionDescriptor projection, ScenarioInputs scenario) {
		return project(projection, scenario.name(), scenario.overrides(), scenario.counts());
	}

	/**
	 * @param projection the projection model
	 * @param scenario   the scenario's name, for the title
	 * @param overrides  the rates, index factors and parameters that differ from the formula file
	 * @param counts     the counts
	 * @return the payments per unit, category and year
	 */
	public PaymentResult project(ProjectionDescriptor projection, String scenario, Overrides overrides,
			CountTable counts) {
		String heading = title + (scenario.equals(baselineName()) ? "" : ", scenario " + scenario)
				+ (projection.name().equals(DEFAULT_PROJECTION) ? "" : ", model " + projection.name());
		return projection.model().project(new ProjectionInput(scenario, heading, formulas, counts, years, overrides));
	}

	/**
	 * @param projection a projection model
	 * @return the rate, index and parameter names a scenario or goal seek may change under it
	 */
	public Set<String> changeableNames(ProjectionDescriptor projection) {
		Set<String> names = new TreeSet<>(projection.model().ownNames());
		for (Element element : formulas.getElements()) {
			if (element instanceof Rate || element instanceof Index || element instanceof Parameter) {
				names.add(element.getName());
			}
		}
		return names;
	}

	/** @return for a unit id, the county it belongs to ("03 Oslo"); a unit without one is its own group */
	public Function<String, String> county() {
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
