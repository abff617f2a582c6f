package no.avtalebenk.simulation.compiled;

import java.math.BigDecimal;

import no.avtalebenk.formula.interpreter.Exact;

/**
 * A compiled expression: evaluates over the counts of one unit, given by category index. Constant
 * parts were evaluated once by the formula evaluator itself when the node was compiled.
 */
public interface Node {

	/**
	 * @param counts counts by category index ({@link CompiledFormulas#categories()}); null where a unit
	 *               has none
	 * @return the exact value (a decimal, or a fraction such as 1/3), equal to what the formula
	 *         evaluator computes
	 * @throws no.avtalebenk.formula.interpreter.EvaluationException when a needed count is missing, or
	 *         the evaluator would fail there
	 */
	Exact eval(BigDecimal[] counts);
}
