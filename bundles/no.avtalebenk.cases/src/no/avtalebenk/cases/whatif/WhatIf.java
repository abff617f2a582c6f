package no.avtalebenk.cases.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.formula.interpreter.EvaluationException;
import no.avtalebenk.formula.interpreter.Exact;
import no.avtalebenk.formula.interpreter.InvoiceRule;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.CountChange;
import no.avtalebenk.model.avtale.CountYearChange;
import no.avtalebenk.model.avtale.GrowthChange;
import no.avtalebenk.model.avtale.RateChange;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.ScenarioChange;
import no.avtalebenk.model.avtale.ShareChange;
import no.avtalebenk.model.avtale.YearRuleKind;
import no.avtalebenk.model.terms.AgreedAmounts;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.compiled.CompiledFormulas;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.CountYears;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.result.PaymentResult;
import no.avtalebenk.simulation.scenario.ScenarioInputs;
import no.avtalebenk.simulation.scenario.Scenarios;

/**
 * The live what-if of a case: the yearly totals (and totals per category) of a scenario of an
 * edited, perhaps unsaved agreement model, beside those of its base scenario and the amount the
 * agreement states for each year. Meant to be asked after every edit of a scenario, so it computes
 * on the {@link CompiledFormulas compiled formulas}, not the interpreter; the totals are identical,
 * value and scale, to those of {@link Case#project} under the default projection model (the
 * agreement's own formulas), which sums the interpreter's payments of every unit.
 * <p>
 * A scenario is applied as {@link Scenarios#apply} applies it, to the case's baseline counts (the
 * agreement file's own counts as the case was opened, or its data set's; count edits outside the
 * scenarios are not followed until the case is opened again) and checked as {@link Case#scenario}
 * checks it: a rate, index or parameter that nothing reads is refused. The base scenario is the one
 * the scenario rests on ({@code basedOn}); the baseline is its own base.
 * <p>
 * What was computed is kept for later calls, keyed on what it depends on, so that an edit only
 * costs what it changed: the totals of a scenario stack by the content of its changes (the base
 * scenario is usually unchanged between edits), the compiled formulas by year and overrides (a
 * count edit compiles nothing), and the units' count arrays by the stack's count changes (a rate
 * edit applies no count change; {@link Scenarios#overrides} gives its rates). Each cache holds the last {@value #KEEP} entries. One instance serves one
 * case; {@link #compute} may be called from any thread, one call at a time.
 */
public final class WhatIf {

	/** How many entries each cache keeps. */
	static final int KEEP = 32;

	private final Case aCase;
	private final List<Integer> years;
	private final List<String> categories;
	/** The categories shown: those with a formula, then the rounding line when invoices are rounded per unit total. */
	private final List<String> shown;
	private final InvoiceRule rule;
	private final Set<String> projectionNames = new TreeSet<>();

	/** Totals per year and category, by the content of a scenario stack's changes. */
	private final Map<List<Object>, BigDecimal[][]> totals = lru();
	/** Compiled formulas per year, by overrides. */
	private final Map<OverridesKey, CompiledFormulas[]> compiled = lru();
	/** Per year and unit: the counts by category index, by the stack's count changes. */
	private final Map<List<Object>, BigDecimal[][][]> counts = lru();

	/** Overrides compared by value ({@link Overrides} has no equality of its own). */
	private record OverridesKey(Map<String, List<Overrides.DatedRate>> rates, Map<String, BigDecimal> parameters,
			Map<String, BigDecimal> rateFactors, BigDecimal categoryRatesFactor, boolean roundsScaledRates) {

		static OverridesKey of(Overrides overrides) {
			return new OverridesKey(overrides.rates(), overrides.parameters(), overrides.rateFactors(),
					overrides.categoryRatesFactor(), overrides.roundsScaledRates());
		}
	}

	/** What a scenario's count change reads, by value (the note changes nothing). */
	private record CountKey(String unit, String category, int year, BigDecimal value) {
	}

	/** What a scenario's growth change reads, by value. */
	private record GrowthKey(String unit, String category, BigDecimal ratePerYear, int fromYear) {
	}

	/** What a scenario's count year change reads, by value. */
	private record CountYearKey(String category, YearRuleKind kind, int dataYear) {
	}

	/** What a scenario's rate change reads, by value. */
	private record RateKey(String rate, String validFrom, BigDecimal value) {
	}

	/** What a scenario's share change reads, by value. */
	private record ShareKey(String parameter, BigDecimal value) {
	}

	/** A scenario stack's changes by value: all of them, and those that change counts. */
	private record StackKey(List<Object> all, List<Object> countChanges) {
	}

	/**
	 * @param aCase the case whose formulas, baseline counts, years and projection models are used
	 */
	public WhatIf(Case aCase) {
		this.aCase = aCase;
		this.years = aCase.years();
		this.categories = Simulator.categoryFormulas(aCase.formulas()).stream().map(f -> f.getCategory().getName())
				.toList();
		this.rule = InvoiceRule.of(aCase.formulas());
		List<String> withRounding = new ArrayList<>(categories);
		if (rule.perUnitTotal() && !categories.isEmpty()) {
			withRounding.add(PaymentResult.ROUNDING);
		}
		this.shown = List.copyOf(withRounding);
		for (ProjectionDescriptor projection : aCase.registry().models()) {
			projectionNames.addAll(projection.model().ownNames());
		}
	}

	/**
	 * The parts of an edited model a what-if reads (the agreements with their agreed amounts, and the
	 * scenarios), copied, so that it can be computed on another thread while the editing goes on.
	 * Units and categories a change names are not copied but referred to, as they are only read.
	 *
	 * @param edited a model, read on the thread that edits it
	 * @return a new model holding copies of its agreements and scenarios
	 */
	public static AgreementModel snapshot(AgreementModel edited) {
		// original references for what is not copied; bidirectional ones are never set on the originals
		EcoreUtil.Copier copier = new EcoreUtil.Copier(true, true);
		AgreementModel copy = AvtaleFactory.eINSTANCE.createAgreementModel();
		copy.getAgreements().addAll(copier.copyAll(edited.getAgreements()));
		copy.getScenarios().addAll(copier.copyAll(edited.getScenarios()));
		copier.copyReferences();
		return copy;
	}

	/** @return the case this what-if computes for */
	public Case getCase() {
		return aCase;
	}

	/**
	 * @param edited       the agreement model as edited (the case's own, or an editor's unsaved copy)
	 * @param scenarioName the scenario to compute, or null for the baseline
	 * @return per year the scenario's and its base scenario's totals, the difference, the agreed amount
	 *         and the gap to it
	 * @throws CaseException {@link CaseException.Kind#REQUEST} for an unknown scenario, a stack with a
	 *                       cycle, a change of a name nothing reads or an amount the model states twice;
	 *                       {@link CaseException.Kind#INPUT} when a formula cannot be evaluated (e.g. a
	 *                       count is missing)
	 */
	public synchronized WhatIfResult compute(AgreementModel edited, String scenarioName) throws CaseException {
		String name;
		Scenario scenario;
		SortedMap<Integer, BigDecimal> agreed;
		try {
			name = scenarioName == null ? Scenarios.baselineName(edited) : scenarioName;
			scenario = Scenarios.find(edited, name);
			agreed = AgreedAmounts.byYear(edited);
		} catch (IllegalArgumentException e) {
			throw new CaseException(CaseException.Kind.REQUEST, e.getMessage());
		}
		Scenario baseScenario = scenario.getBasedOn() == null ? scenario : scenario.getBasedOn();
		BigDecimal[][] scenarioTotals = totals(edited, scenario);
		BigDecimal[][] baseTotals = baseScenario == scenario ? scenarioTotals : totals(edited, baseScenario);
		List<WhatIfYear> result = new ArrayList<>();
		for (int y = 0; y < years.size(); y++) {
			int year = years.get(y);
			BigDecimal total = sum(scenarioTotals[y]);
			BigDecimal base = sum(baseTotals[y]);
			BigDecimal agreedAmount = agreed.get(year);
			result.add(new WhatIfYear(year, total, base, total.subtract(base), agreedAmount,
					agreedAmount == null ? null : total.subtract(agreedAmount), byCategory(scenarioTotals[y]),
					byCategory(baseTotals[y])));
		}
		return new WhatIfResult(name, baseScenario.getName(), shown, result);
	}

	/** The totals per year and category of one scenario, from the cache when its stack is unchanged. */
	private BigDecimal[][] totals(AgreementModel edited, Scenario scenario) throws CaseException {
		StackKey key = key(edited, scenario);
		BigDecimal[][] known = key == null ? null : totals.get(key.all());
		if (known != null) {
			return known;
		}
		// The counts of a stack whose count changes are unchanged (a rate edited) are kept: then only
		// the overrides are worked out, else the whole scenario is applied.
		BigDecimal[][][] unitCounts = key == null ? null : counts.get(key.countChanges());
		Overrides overrides;
		try {
			if (unitCounts != null) {
				overrides = Scenarios.overrides(edited, scenario.getName());
			} else {
				ScenarioInputs inputs = Scenarios.apply(edited, scenario.getName(), aCase.baseline(), aCase.countYears());
				overrides = inputs.overrides();
				unitCounts = unitCounts(inputs.counts());
				if (key != null) {
					counts.put(key.countChanges(), unitCounts);
				}
			}
			overrides.check(aCase.formulas(), projectionNames, "scenario '" + scenario.getName() + "'");
		} catch (IllegalArgumentException e) {
			throw new CaseException(CaseException.Kind.REQUEST, e.getMessage());
		} catch (RuntimeException e) {
			// an edited model may be incomplete (a change without its value): say so, naming the scenario
			throw new CaseException(CaseException.Kind.REQUEST,
					"Scenario '" + scenario.getName() + "' cannot be applied: " + e);
		}
		CompiledFormulas[] byYear = compiled(overrides);
		BigDecimal[][] result = new BigDecimal[years.size()][];
		try {
			for (int y = 0; y < years.size(); y++) {
				result[y] = evaluate(byYear[y], unitCounts[y]);
			}
		} catch (EvaluationException e) {
			throw new CaseException(CaseException.Kind.INPUT, "Scenario '" + scenario.getName() + "': " + e.getMessage());
		}
		if (key != null) {
			totals.put(key.all(), result);
		}
		return result;
	}

	/** The formulas compiled for every year under these overrides, compiled once. */
	private CompiledFormulas[] compiled(Overrides overrides) {
		OverridesKey key = OverridesKey.of(overrides);
		CompiledFormulas[] byYear = compiled.get(key);
		if (byYear == null) {
			byYear = new CompiledFormulas[years.size()];
			for (int y = 0; y < years.size(); y++) {
				byYear[y] = CompiledFormulas.compile(aCase.formulas(), years.get(y), overrides);
			}
			compiled.put(key, byYear);
		}
		return byYear;
	}

	/** Per year and unit, the unit's counts by category index ({@code null} where it has none). */
	private BigDecimal[][][] unitCounts(CountTable table) {
		List<String> units = table.units();
		BigDecimal[][][] result = new BigDecimal[years.size()][units.size()][categories.size()];
		for (int y = 0; y < years.size(); y++) {
			int year = years.get(y);
			for (int u = 0; u < units.size(); u++) {
				for (int c = 0; c < categories.size(); c++) {
					result[y][u][c] = table.get(units.get(u), categories.get(c), year).map(Count::value).orElse(null);
				}
			}
		}
		return result;
	}

	/**
	 * Every unit's payment of every category, summed per category: what the simulator sums; under
	 * per unit total also the units' rounding lines, summed last.
	 */
	private BigDecimal[] evaluate(CompiledFormulas formulas, BigDecimal[][] unitCounts) {
		BigDecimal[] sums = new BigDecimal[shown.size()];
		Arrays.fill(sums, BigDecimal.ZERO);
		int lines = categories.size();
		for (BigDecimal[] unit : unitCounts) {
			if (sums.length == lines) {
				for (int c = 0; c < lines; c++) {
					sums[c] = sums[c].add(formulas.evaluate(c, unit));
				}
				continue;
			}
			// as Simulator#simulate: exact lines, the unit's total rounded once, the difference a line
			Exact exactSum = Exact.of(BigDecimal.ZERO);
			BigDecimal lineSum = BigDecimal.ZERO;
			for (int c = 0; c < lines; c++) {
				Exact line = formulas.evaluateExact(c, unit, null);
				BigDecimal amount = line.toBigDecimal();
				sums[c] = sums[c].add(amount);
				exactSum = exactSum.add(line);
				lineSum = lineSum.add(amount);
			}
			sums[lines] = sums[lines].add(rule.total(exactSum).toBigDecimal().subtract(lineSum));
		}
		return sums;
	}

	private static BigDecimal sum(BigDecimal[] amounts) {
		BigDecimal total = BigDecimal.ZERO;
		for (BigDecimal amount : amounts) {
			total = total.add(amount);
		}
		return total;
	}

	private Map<String, BigDecimal> byCategory(BigDecimal[] amounts) {
		Map<String, BigDecimal> result = new LinkedHashMap<>();
		for (int c = 0; c < amounts.length; c++) {
			result.put(shown.get(c), amounts[c]);
		}
		return Collections.unmodifiableMap(result);
	}

	/**
	 * The content of a scenario's stack, from the baseline up, by value: what {@link Scenarios#apply}
	 * reads. Null when the stack cannot be read so (a cycle, a change without its category, an
	 * unknown kind of change): then nothing is cached and {@link Scenarios#apply} says what is wrong.
	 */
	private static StackKey key(AgreementModel edited, Scenario scenario) {
		List<Scenario> stack = new ArrayList<>();
		Set<Scenario> seen = new HashSet<>();
		for (Scenario s = scenario; s != null; s = s.getBasedOn()) {
			if (!seen.add(s)) {
				return null;
			}
			stack.add(0, s);
		}
		List<Object> all = new ArrayList<>();
		List<Object> countChanges = new ArrayList<>();
		// the categories' year rules, which the agreement editor may change too
		Object rules = CountYears.of(edited).rules();
		all.add(rules);
		countChanges.add(rules);
		for (Scenario s : stack) {
			for (ScenarioChange change : s.getChanges()) {
				Object key;
				if (change instanceof CountChange c && c.getCategory() != null) {
					key = new CountKey(c.getUnit() == null ? null : c.getUnit().getId(), c.getCategory().getId(),
							c.getYear(), c.getValue());
					countChanges.add(key);
				} else if (change instanceof GrowthChange g && g.getCategory() != null) {
					key = new GrowthKey(g.getUnit() == null ? null : g.getUnit().getId(), g.getCategory().getId(),
							g.getRatePerYear(), g.getFromYear());
					countChanges.add(key);
				} else if (change instanceof CountYearChange y && y.getCategory() != null) {
					key = new CountYearKey(y.getCategory().getId(), y.getKind(), y.getDataYear());
					countChanges.add(key);
				} else if (change instanceof RateChange r) {
					key = new RateKey(r.getRate(), r.getValidFrom(), r.getValue());
				} else if (change instanceof ShareChange sh) {
					key = new ShareKey(sh.getParameter(), sh.getValue());
				} else {
					return null;
				}
				all.add(key);
			}
		}
		return new StackKey(List.copyOf(all), List.copyOf(countChanges));
	}

	private static <K, V> Map<K, V> lru() {
		return new LinkedHashMap<>(16, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > KEEP;
			}
		};
	}
}
