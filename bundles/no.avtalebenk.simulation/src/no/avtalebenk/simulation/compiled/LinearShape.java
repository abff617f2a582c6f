package no.avtalebenk.simulation.compiled;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import no.avtalebenk.formula.interpreter.Exact;
import no.avtalebenk.formula.vederlag.Expression;

/**
 * The shape of a category formula {@code round(a × count(c), s, mode)}: the parts of the formula
 * whose product is the constant a, the count's category and the rounding. A rate, index factor or
 * parameter changes only the values of the parts, never the shape, so a sweep over them works out
 * the parts' values for each point (by the formula evaluator, with the point's overrides) and makes
 * a {@link LinearRound} of their product, without compiling the formulas again.
 *
 * @param factors  the parts, each reading no count; their product is a
 * @param shares   those of the parts that are the share of a {@code share(… of …)}, which must lie
 *                 between 0 and 1
 * @param category the category index whose count the formula reads
 * @param scale    the decimals of the payment
 * @param mode     the rounding
 */
public record LinearShape(List<Expression> factors, List<Expression> shares, int category, int scale,
		RoundingMode mode) {

	/** Copies the lists. */
	public LinearShape {
		factors = List.copyOf(factors);
		shares = List.copyOf(shares);
	}

	/**
	 * @param a          the product of the parts' values
	 * @param countScale the decimals of the counts to be given
	 * @return the kernel computing {@code round(a × count, scale, mode)} exactly
	 */
	public LinearRound kernel(Exact a, int countScale) {
		return new LinearRound(a, category, scale, mode, countScale);
	}

	/**
	 * @param value a share's value
	 * @return whether it lies between 0 and 1, as {@code share(…)} requires
	 */
	public static boolean isShare(Exact value) {
		return value.signum() >= 0 && value.compareTo(Exact.of(BigDecimal.ONE)) <= 0;
	}
}
