package no.avtalebenk.simulation;

import java.util.List;
import java.util.stream.Collectors;

import no.avtalebenk.formula.interpreter.Explanation;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.UnitCounts;
import no.avtalebenk.simulation.evaluation.OverridingEvaluator;
import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * Explains a figure: for one reporting unit and year, the tree of values behind a formula, naming
 * each rate with its dated entry and source, each count with its provenance, and the clauses the
 * formula file names. The values are those the {@link Simulator} computes.
 */
public final class Explanations {

	private Explanations() {
	}

	/**
	 * @param formulas the formula file
	 * @param counts   the counts
	 * @param unit     a reporting unit of the counts, e.g. "0301" or "NO"
	 * @param year     the year
	 * @param formula  the formula's name, or null for the file's total: its last formula that is not
	 *                 for a single category
	 * @return the explanation, whose value is the formula's value
	 * @throws IllegalArgumentException when the unit, year or formula is unknown, naming the ones
	 *         that exist
	 * @throws no.avtalebenk.formula.interpreter.EvaluationException when the formula cannot be
	 *         evaluated (a missing count, a missing rate), with the place
	 */
	public static Explanation explain(Model formulas, CountTable counts, String unit, int year, String formula) {
		return explain(formulas, counts, unit, year, formula, Overrides.NONE);
	}

	/**
	 * @param formulas  the formula file
	 * @param counts    the scenario's counts
	 * @param unit      a reporting unit of the counts, e.g. "0301" or "NO"
	 * @param year      the year
	 * @param formula   the formula's name, or null for the file's total
	 * @param overrides the scenario's changes to rates, index factors and parameters; each changed
	 *                  value appears in the tree as set by the scenario, above the file's own
	 * @return the explanation, whose value is the formula's value in that scenario
	 * @throws IllegalArgumentException when the unit, year or formula is unknown
	 */
	public static Explanation explain(Model formulas, CountTable counts, String unit, int year, String formula,
			Overrides overrides) {
		if (!counts.units().contains(unit)) {
			throw new IllegalArgumentException("unknown unit '" + unit + "'; the counts have "
					+ String.join(", ", counts.units()));
		}
		if (!counts.years().contains(year)) {
			throw new IllegalArgumentException("no counts for " + year + "; the counts have "
					+ counts.years().stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
		Formula target = formula == null ? total(formulas) : find(formulas, formula);
		return new OverridingEvaluator(year, new UnitCounts(counts, unit, year), overrides).explain(target);
	}

	/**
	 * @param formulas a formula file
	 * @return its last formula without a category (the total), or its last formula when all have one
	 * @throws IllegalArgumentException when it has no formula
	 */
	public static Formula total(Model formulas) {
		List<Formula> all = formulas(formulas);
		if (all.isEmpty()) {
			throw new IllegalArgumentException("the formula file has no formula");
		}
		return all.stream().filter(f -> f.getCategory() == null).reduce((a, b) -> b).orElse(all.get(all.size() - 1));
	}

	private static Formula find(Model formulas, String name) {
		List<Formula> all = formulas(formulas);
		return all.stream().filter(f -> f.getName().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown formula '" + name + "'; the file has "
						+ all.stream().map(Formula::getName).collect(Collectors.joining(", "))));
	}

	private static List<Formula> formulas(Model model) {
		return model.getElements().stream().filter(Formula.class::isInstance).map(Formula.class::cast).toList();
	}
}
