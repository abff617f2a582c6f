package no.avtalebenk.formula.interpreter;

import java.math.BigDecimal;
import java.util.List;

/**
 * The tree of values behind a figure: a formula, its sub-expressions, and at the leaves the rates
 * (with the dated entry that applies and its source), the counts (with their provenance) and the
 * numbers written in the file. Produced by {@link FormulaEvaluator#explain}; the value at each
 * node is exactly the value the evaluator used.
 *
 * @param kind       what the node is
 * @param name       a formula, rate, parameter or category name, or the operation ("×", "round to
 *                   2 decimals (half_up)", "indexed by …")
 * @param expression the text in the formula file that the node evaluates
 * @param exact      the exact value (a decimal, or a fraction such as 1/3); null for a condition
 * @param unit       the unit, as the language writes it ("NOK", "NOK/elev", "1" for a plain number)
 * @param detail     further facts: which dated entry of a rate applies, whether a condition held,
 *                   the index step of a year; empty when none
 * @param source     the data source: a rate entry's source or assumption, a count's provenance, a
 *                   parameter's note; empty when none
 * @param clause     the agreement clause the rate, index or formula names; empty when none
 * @param location   file:line:column of the text
 * @param children   the values this one is computed from
 */
public record Explanation(Kind kind, String name, String expression, Exact exact, String unit, String detail,
		String source, String clause, String location, List<Explanation> children) {

	/** What an explanation node stands for. */
	public enum Kind {
		/** A named formula. */
		FORMULA,
		/** A named parameter. */
		PARAMETER,
		/** A rate: the dated value that applies in the year. */
		RATE,
		/** One year's step of an indexation. */
		INDEX_STEP,
		/** A count of a category for the reporting unit and year. */
		COUNT,
		/** A number written in the formula. */
		NUMBER,
		/** The year evaluated. */
		YEAR,
		/** An arithmetic operation, rounding, min, max, cap, share, sum or conditional. */
		OPERATION,
		/** A condition of an if, with whether it held. */
		CONDITION,
		/** One reporting unit's part of a sum over units. */
		UNIT
	}

	/**
	 * @return the value as a decimal: exact, or for a fraction such as 1/3 to 34 significant digits;
	 *         null for a condition
	 */
	public BigDecimal value() {
		return exact == null ? null : exact.toBigDecimal();
	}

	/** Copies the children so that an explanation never changes after it is made. */
	public Explanation {
		children = List.copyOf(children);
		detail = detail == null ? "" : detail;
		source = source == null ? "" : source;
		clause = clause == null ? "" : clause;
		location = location == null ? "" : location;
	}
}
