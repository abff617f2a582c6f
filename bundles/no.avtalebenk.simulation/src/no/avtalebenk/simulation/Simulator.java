package no.avtalebenk.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;

import no.avtalebenk.formula.interpreter.Exact;
import no.avtalebenk.formula.interpreter.FormulaEvaluator;
import no.avtalebenk.formula.interpreter.InvoiceRule;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.formula.vederlag.Reference;
import no.avtalebenk.simulation.compiled.CompiledFormulas;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.UnitCounts;
import no.avtalebenk.simulation.evaluation.OverridingEvaluator;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Projects payments: evaluates every category formula of a formula file for each reporting unit
 * and year of a count table, through the formulas compiled once per year ({@link CompiledFormulas}:
 * the same exact operations as the formula evaluator, value and scale, without an explanation tree
 * per payment). {@link #interpret} computes the same through the evaluator, for comparison;
 * explanations ({@link Explanations}) always come from the evaluator.
 * <p>
 * Each payment is an invoice line, rounded as the file's {@link InvoiceRule} says: per line, each
 * line is rounded; per unit total, the lines stay exact and each unit and year gets one more cell,
 * category {@link PaymentResult#ROUNDING}, its rounded invoice minus the sum of its lines.
 */
public final class Simulator {

	private Simulator() {
	}

	/**
	 * @param scenario the scenario's name, carried into every cell
	 * @param title    what is simulated, for headings
	 * @param formulas the formula file; each formula with a category yields one payment per unit
	 *                 and year
	 * @param counts   the counts
	 * @param years    the years to project
	 * @return the payments
	 * @throws no.avtalebenk.formula.interpreter.EvaluationException when a formula cannot be evaluated,
	 *         e.g. because a count is missing
	 */
	public static PaymentResult simulate(String scenario, String title, Model formulas, CountTable counts,
			List<Integer> years) {
		return simulate(scenario, title, formulas, counts, years, Overrides.NONE);
	}

	/**
	 * The same, with rates and parameters changed by a scenario at evaluation time (the formula model
	 * itself is never edited).
	 *
	 * @param scenario  the scenario's name, carried into every cell
	 * @param title     what is simulated, for headings
	 * @param formulas  the formula file
	 * @param counts    the counts (already with the scenario's count changes)
	 * @param years     the years to project
	 * @param overrides the scenario's rate and parameter values
	 * @return the payments
	 * @throws no.avtalebenk.formula.interpreter.EvaluationException when a formula cannot be evaluated
	 */
	public static PaymentResult simulate(String scenario, String title, Model formulas, CountTable counts,
			List<Integer> years, Overrides overrides) {
		List<Formula> categoryFormulas = categoryFormulas(formulas);
		List<String> categories = categoryFormulas.stream().map(f -> f.getCategory().getName()).toList();
		InvoiceRule rule = InvoiceRule.of(formulas);
		boolean perUnitTotal = rule.perUnitTotal() && !categoryFormulas.isEmpty();
		List<String> units = counts.units();
		List<PaymentCell> cells = new ArrayList<>(units.size() * years.size() * (categoryFormulas.size() + 1));
		if (units.isEmpty() || categoryFormulas.isEmpty()) {
			return new PaymentResult(title, cells, shown(categories, perUnitTotal), years);
		}
		// compiled once per year, when the first unit needs it, as the evaluator would first fail there
		CompiledFormulas[] compiled = new CompiledFormulas[years.size()];
		Object[][] rates = new Object[years.size()][];
		@SuppressWarnings("unchecked")
		List<String>[] countCategories = new List[years.size()];
		List<Optional<Rate>> ratesOf = categoryFormulas.stream().map(Simulator::rateOf).toList();
		// the table's counts by unit, year and category, read once: a lookup by key would build a key
		// string for every count of every unit
		Map<String, Map<Integer, Map<String, Count>>> byUnit = new HashMap<>();
		for (Count count : counts.all()) {
			byUnit.computeIfAbsent(count.unit(), u -> new HashMap<>())
					.computeIfAbsent(count.year(), y -> new HashMap<>()).put(count.category(), count);
		}
		for (String unit : units) {
			Map<Integer, Map<String, Count>> unitYears = byUnit.getOrDefault(unit, Map.of());
			for (int y = 0; y < years.size(); y++) {
				int year = years.get(y);
				if (compiled[y] == null) {
					compiled[y] = CompiledFormulas.compile(formulas, year, overrides);
					rates[y] = new Object[categoryFormulas.size()];
					countCategories[y] = compiled[y].countCategories();
				}
				CompiledFormulas byYear = compiled[y];
				Map<String, Count> unitYear = unitYears.getOrDefault(year, Map.of());
				BigDecimal[] values = new BigDecimal[countCategories[y].size()];
				Count[] held = new Count[categories.size()];
				for (int c = 0; c < values.length; c++) {
					Count count = unitYear.get(countCategories[y].get(c));
					values[c] = count == null ? null : count.value();
					if (c < held.length) {
						held[c] = count;
					}
				}
				UnitCounts unitCounts = new UnitCounts(counts, unit, year);
				Exact exactSum = Exact.of(BigDecimal.ZERO);
				BigDecimal lineSum = BigDecimal.ZERO;
				for (int f = 0; f < held.length; f++) {
					Formula formula = categoryFormulas.get(f);
					BigDecimal amount;
					if (perUnitTotal) {
						Exact exact = byYear.evaluateExact(f, values, unitCounts);
						amount = exact.toBigDecimal();
						exactSum = exactSum.add(exact);
						lineSum = lineSum.add(amount);
					} else {
						amount = byYear.evaluate(f, values, unitCounts);
					}
					Optional<Rate> rate = ratesOf.get(f);
					cells.add(new PaymentCell(scenario, unit, categories.get(f), year, amount, formula.getName(),
							rate.isPresent() ? rateValue(rates[y], f, rate.get(), year, overrides) : null,
							rate.map(Rate::getName).orElse(null), held[f]));
				}
				if (perUnitTotal) {
					cells.add(roundingCell(scenario, unit, year, rule, exactSum, lineSum));
				}
			}
		}
		return new PaymentResult(title, cells, shown(categories, perUnitTotal), years);
	}

	/**
	 * The rate's value in the year, worked out once: a rate reads no count, so it is the same for
	 * every unit; where the evaluator fails on it, it fails the same way for each unit.
	 */
	private static BigDecimal rateValue(Object[] known, int formula, Rate rate, int year, Overrides overrides) {
		Object value = known[formula];
		if (value == null) {
			try {
				value = new OverridingEvaluator(year, category -> Optional.empty(), overrides).rateValue(rate);
			} catch (RuntimeException e) {
				value = e;
			}
			known[formula] = value;
		}
		if (value instanceof RuntimeException e) {
			throw e;
		}
		return (BigDecimal) value;
	}

	/**
	 * The same payments through the formula evaluator, unit by unit with an explanation tree for each
	 * payment: the definition {@link #simulate} is checked against, and far slower.
	 *
	 * @param scenario  the scenario's name, carried into every cell
	 * @param title     what is simulated, for headings
	 * @param formulas  the formula file
	 * @param counts    the counts (already with the scenario's count changes)
	 * @param years     the years to project
	 * @param overrides the scenario's rate and parameter values
	 * @return the payments
	 * @throws no.avtalebenk.formula.interpreter.EvaluationException when a formula cannot be evaluated
	 */
	public static PaymentResult interpret(String scenario, String title, Model formulas, CountTable counts,
			List<Integer> years, Overrides overrides) {
		List<Formula> categoryFormulas = categoryFormulas(formulas);
		List<String> categories = categoryFormulas.stream().map(f -> f.getCategory().getName()).toList();
		InvoiceRule rule = InvoiceRule.of(formulas);
		boolean perUnitTotal = rule.perUnitTotal() && !categoryFormulas.isEmpty();
		List<PaymentCell> cells = new ArrayList<>();
		for (String unit : counts.units()) {
			for (int year : years) {
				FormulaEvaluator evaluator = new OverridingEvaluator(year, new UnitCounts(counts, unit, year), overrides);
				Exact exactSum = Exact.of(BigDecimal.ZERO);
				BigDecimal lineSum = BigDecimal.ZERO;
				for (Formula formula : categoryFormulas) {
					String category = formula.getCategory().getName();
					Exact exact = evaluator.explain(formula).exact();
					BigDecimal amount = exact.toBigDecimal();
					exactSum = exactSum.add(exact);
					lineSum = lineSum.add(amount);
					Optional<Rate> rate = rateOf(formula);
					// the rate's value in the year, read by an evaluator of its own: inside an indexed(…)
					// in or before its base year a common factor is not applied yet, and the evaluator
					// would keep that value for the rate
					cells.add(new PaymentCell(scenario, unit, category, year, amount, formula.getName(),
							rate.map(r -> new OverridingEvaluator(year, noCount -> Optional.empty(), overrides).rateValue(r))
									.orElse(null),
							rate.map(Rate::getName).orElse(null),
							counts.get(unit, category, year).orElse(null)));
				}
				if (perUnitTotal) {
					cells.add(roundingCell(scenario, unit, year, rule, exactSum, lineSum));
				}
			}
		}
		return new PaymentResult(title, cells, shown(categories, perUnitTotal), years);
	}

	/** The categories a result lists: the rounding line last when invoices are rounded per unit total. */
	private static List<String> shown(List<String> categories, boolean perUnitTotal) {
		if (!perUnitTotal) {
			return categories;
		}
		List<String> shown = new ArrayList<>(categories);
		shown.add(PaymentResult.ROUNDING);
		return shown;
	}

	/**
	 * A unit's rounding line under per unit total: its invoice total, the exact sum of its lines
	 * rounded once, minus the sum of the lines as the cells hold them (a line that is a fraction, such
	 * as a third of an årsverk count, is held to 34 digits), so that cells add up to the invoice.
	 *
	 * @param exactSum the exact sum of the unit's lines
	 * @param lineSum  the sum of the amounts of the unit's line cells
	 */
	static PaymentCell roundingCell(String scenario, String unit, int year, InvoiceRule rule, Exact exactSum,
			BigDecimal lineSum) {
		BigDecimal invoice = rule.total(exactSum).toBigDecimal();
		return new PaymentCell(scenario, unit, PaymentResult.ROUNDING, year, invoice.subtract(lineSum), rule.text(),
				null, null, null);
	}

	/**
	 * @param formulas a formula file
	 * @return its formulas that have a category, in file order
	 */
	public static List<Formula> categoryFormulas(Model formulas) {
		List<Formula> result = new ArrayList<>();
		for (Element element : formulas.getElements()) {
			if (element instanceof Formula formula && formula.getCategory() != null) {
				result.add(formula);
			}
		}
		return result;
	}

	/**
	 * @param formula a category formula
	 * @return the rate it applies: the first referenced rate that is per that category
	 */
	public static Optional<Rate> rateOf(Formula formula) {
		return EcoreUtil2.getAllContentsOfType(formula, Reference.class).stream().map(Reference::getTarget)
				.filter(Rate.class::isInstance).map(Rate.class::cast)
				.filter(r -> r.getCategory() == formula.getCategory()).findFirst();
	}
}
