package no.avtalebenk.simulation.compiled;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A category formula of the form {@code round(a × count(c), s, mode)} with a constant {@code a},
 * the form of every per-capita formula of the Kopinor agreement, evaluated on whole-number counts
 * without creating a {@link BigDecimal} for each payment.
 * <p>
 * Why it is exact: for a count N × 10^-k the payment in units of 10^-s is
 * mode(q × N) with q = a × 10^(s − k). q is split into its integer part qi and fraction qf, so
 * q × N = qi × N + qf × N, where qi × N is an exact {@code long}. qf × N is computed in
 * {@code double}; its error is below 10^-6 for counts below 2^31, so wherever its fraction lies
 * more than 10^-6 from a rounding boundary (an integer, or a half for the half modes) the rounded
 * result is certain. Closer to a boundary, and for negative or large values, the payment is
 * computed in {@link BigDecimal} exactly as the formula evaluator does.
 */
public final class LinearRound {

	private static final double EPSILON = 1e-6;
	private static final long LIMIT = 1L << 31;

	private final BigDecimal coefficient;
	private final int category;
	private final int scale;
	private final RoundingMode mode;
	private final int countScale;
	private final BigDecimal q;
	private final long qi;
	private final double qf;
	private final boolean fast;

	LinearRound(BigDecimal coefficient, int category, int scale, RoundingMode mode, int countScale) {
		this.coefficient = coefficient;
		this.category = category;
		this.scale = scale;
		this.mode = mode;
		this.countScale = countScale;
		this.q = coefficient.scaleByPowerOfTen(scale - countScale);
		BigDecimal integer = q.setScale(0, RoundingMode.FLOOR);
		boolean representable = q.signum() >= 0 && integer.compareTo(BigDecimal.valueOf(LIMIT)) < 0
				&& (mode == RoundingMode.HALF_UP || mode == RoundingMode.HALF_EVEN || mode == RoundingMode.DOWN
						|| mode == RoundingMode.UP);
		this.qi = representable ? integer.longValueExact() : 0;
		this.qf = representable ? q.subtract(integer).doubleValue() : 0;
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
		if (fast && count >= 0 && count < LIMIT) {
			long whole = qi * count;
			if (qf == 0) {
				return whole;
			}
			double x = qf * count;
			double floor = Math.floor(x);
			double fraction = x - floor;
			if (fraction > EPSILON && fraction < 1 - EPSILON) {
				long base = whole + (long) floor;
				switch (mode) {
				case DOWN:
					return base;
				case UP:
					return base + 1;
				default:
					if (Math.abs(fraction - 0.5) > EPSILON) {
						return fraction > 0.5 ? base + 1 : base;
					}
				}
			}
		}
		return exact(count);
	}

	private long exact(long count) {
		BigDecimal amount = coefficient.multiply(BigDecimal.valueOf(count, countScale)).setScale(scale, mode);
		BigInteger unscaled = amount.unscaledValue();
		return unscaled.longValueExact();
	}
}
