package no.avtalebenk.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;

import no.avtalebenk.formula.interpreter.FormulaEvaluator;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.formula.vederlag.Reference;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.UnitCounts;
import no.avtalebenk.simulation.evaluation.OverridingEvaluator;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Projects payments: evaluates every category formula of a formula file for each reporting unit
 * and year of a count table.
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
		List<Formula> categoryFormulas = new ArrayList<>();
		List<String> categories = new ArrayList<>();
		for (Element element : formulas.getElements()) {
			if (element instanceof Formula formula && formula.getCategory() != null) {
				categoryFormulas.add(formula);
				categories.add(formula.getCategory().getName());
			}
		}
		List<PaymentCell> cells = new ArrayList<>();
		for (String unit : counts.units()) {
			for (int year : years) {
				FormulaEvaluator evaluator = new OverridingEvaluator(year, new UnitCounts(counts, unit, year), overrides);
				for (Formula formula : categoryFormulas) {
					String category = formula.getCategory().getName();
					BigDecimal amount = evaluator.evaluate(formula);
					Optional<Rate> rate = rateOf(formula);
					cells.add(new PaymentCell(scenario, unit, category, year, amount, formula.getName(),
							rate.map(evaluator::rateValue).orElse(null), rate.map(Rate::getName).orElse(null),
							counts.get(unit, category, year).orElse(null)));
				}
			}
		}
		return new PaymentResult(title, cells, categories, years);
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
