package no.avtalebenk.formula.interpreter;

import java.math.BigDecimal;

/**
 * The outcome of one expectation of a {@code test} block.
 *
 * @param test     the test's name
 * @param formula  the formula checked
 * @param expected the value written in the test
 * @param actual   the computed value, or null when evaluation failed
 * @param error    the evaluation error, or null
 * @param location file:line:column of the expectation
 */
public record TestResult(String test, String formula, BigDecimal expected, BigDecimal actual, String error,
		String location) {

	/** @return true when the computed value equals the expected one exactly (2.50 equals 2.5) */
	public boolean passed() {
		return actual != null && actual.compareTo(expected) == 0;
	}
}
