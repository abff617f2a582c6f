package no.avtalebenk.simulation.compiled;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import no.avtalebenk.formula.interpreter.Exact;

/**
 * A category formula of the form {@code round(a × count(c), s, mode)} with a constant {@code a},
 * the form of every per-capita formula of the Kopinor agreement, evaluated on whole-number counts
 * without creating a {@link BigDecimal} for each payment.
 * <p>
 * Why it is exact: for a count N × 10^-k the payment in units of 10^-s is mode(q × N) with
 * q = a × 10^(s − k). The constant a is exact ({@link Exact}: a decimal, or a fraction such as
 * 181.81 × 1/3), so q is a fraction p/d in lowest terms. When p and d are below 2^31 and so is N,
 * p × N fits in a {@code long}; its quotient and remainder by d decide the rounding with no
 * approximation (half up: up when 2 × remainder ≥ d; half even: up when 2 × remainder > d, or equal
 * and the quotient odd; up: when the remainder is not zero; down: never). Negative or larger
 * values are computed in exact arithmetic as the formula evaluator does.
 */
public final class LinearRound {

	private static final long LIMIT = 1L << 31;
	private static final BigInteger BIG_LIMIT = BigInteger.valueOf(LIMIT);

	private final Exact coefficient;
	private final int category;
	private final int scale;
	private final RoundingMode mode;
	private final int countScale;
	private final long p;
	private final long d;
	private final boolean fast;

	LinearRound(Exact coefficient, int category, int scale, RoundingMode mode, int countScale) {
		this.coefficient = coefficient;
		this.category = category;
		this.scale = scale;
		this.mode = mode;
		this.countScale = countScale;
		Exact q = coefficient.multiply(Exact.of(BigDecimal.ONE.scaleByPowerOfTen(scale - countScale)));
		BigInteger numerator = q.numerator();
		BigInteger denominator = q.denominator();
		boolean representable = numerator.signum() >= 0 && numerator.compareTo(BIG_LIMIT) < 0
				&& denominator.compareTo(BIG_LIMIT) < 0 && (mode == RoundingMode.HALF_UP
						|| mode == RoundingMode.HALF_EVEN || mode == RoundingMode.DOWN || mode == RoundingMode.UP);
		this.p = representable ? numerator.longValueExact() : 0;
		this.d = representable ? denominator.longValueExact() : 1;
		this.fast = representable;
	}

	/** @return the category index whose count the formula reads */
	public int category() {
		return category;
	}

	/** @return the decimals of the payment (2 for øre) */
	public int scale() {
		return scale;
	}

	/** @return the decimals of the counts this kernel takes (0 for whole pupils) */
	public int countScale() {
		return countScale;
	}

	/**
	 * @param count the count as N × 10^-countScale, i.e. N
	 * @return the payment in units of 10^-scale (øre when the scale is 2)
	 */
	public long payment(long count) {
		if (!fast || count < 0 || count >= LIMIT) {
			return exact(count);
		}
		long n = p * count;
		if (d == 1) {
			return n;
		}
		long quotient = n / d;
		long twice = 2 * (n - quotient * d);
		return switch (mode) {
		case DOWN -> quotient;
		case UP -> twice > 0 ? quotient + 1 : quotient;
		case HALF_UP -> twice >= d ? quotient + 1 : quotient;
		default -> twice > d || twice == d && (quotient & 1) == 1 ? quotient + 1 : quotient;
		};
	}

	private long exact(long count) {
		BigDecimal amount = coefficient.multiply(Exact.of(BigDecimal.valueOf(count, countScale))).round(scale, mode)
				.toBigDecimal();
		return amount.unscaledValue().longValueExact();
	}
}
