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
				FormulaEvaluator evaluator = new FormulaEvaluator(year, new UnitCounts(counts, unit, year));
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

	/** The rate a category formula applies: the first referenced rate that is per that category. */
	private static Optional<Rate> rateOf(Formula formula) {
		return EcoreUtil2.getAllContentsOfType(formula, Reference.class).stream().map(Reference::getTarget)
				.filter(Rate.class::isInstance).map(Rate.class::cast)
				.filter(r -> r.getCategory() == formula.getCategory()).findFirst();
	}
}
