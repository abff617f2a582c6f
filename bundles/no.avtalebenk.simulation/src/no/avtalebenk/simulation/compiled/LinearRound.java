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
 * 181.81 × 1/3), so q is a fraction p/d in lowest terms. When p and d are below 2^62 and N is at
 * most (2^63 − 1) / p, p × N fits in a {@code long} and twice a remainder by d does too; the
 * quotient and remainder of p × N by d decide the rounding with no approximation (half up: up when
 * 2 × remainder ≥ d; half even: up when 2 × remainder > d, or equal and the quotient odd; up: when
 * the remainder is not zero; down: never). Negative or larger values are computed in exact
 * arithmetic as the formula evaluator does.
 */
public final class LinearRound {

	/** p and d stay below 2^62, so that twice a remainder by d cannot overflow. */
	private static final int BITS = 62;
	/** The rounding modes of the long path, as codes, so that a payment does not switch on an enum. */
	private static final int ROUND_DOWN = 0, ROUND_UP = 1, ROUND_HALF_UP = 2, ROUND_HALF_EVEN = 3;

	private final Exact coefficient;
	private final int category;
	private final int scale;
	private final RoundingMode mode;
	private final int countScale;
	private final long p;
	private final long d;
	private final int rounding;
	private final boolean fast;
	/** The largest N with p × N in a long. */
	private final long largestCount;
	/**
	 * Division by d as a multiplication (Granlund and Montgomery, "Division by invariant integers
	 * using multiplication", 1994, figure 4.1): for 0 ≤ n < 2^64, with l = ⌈log2 d⌉ and
	 * m = ⌊2^64 × (2^l − d) / d⌋ + 1, t = ⌊m × n / 2^64⌋ and n / d = (t + ((n − t) >> 1)) >> (l − 1).
	 * A 64-bit division costs several times a multiplication; a sweep divides once per payment.
	 */
	private final long magic;
	private final int shift;

	LinearRound(Exact coefficient, int category, int scale, RoundingMode mode, int countScale) {
		this.coefficient = coefficient;
		this.category = category;
		this.scale = scale;
		this.mode = mode;
		this.countScale = countScale;
		this.rounding = switch (mode) {
		case DOWN -> ROUND_DOWN;
		case UP -> ROUND_UP;
		case HALF_UP -> ROUND_HALF_UP;
		case HALF_EVEN -> ROUND_HALF_EVEN;
		default -> -1;
		};
		long[] q = lowestTerms(coefficient, scale - countScale);
		boolean representable = q != null && rounding >= 0;
		this.p = representable ? q[0] : 0;
		this.d = representable ? q[1] : 1;
		this.fast = representable;
		this.largestCount = p == 0 ? Long.MAX_VALUE : Long.MAX_VALUE / p;
		if (d > 1) {
			int l = 64 - Long.numberOfLeadingZeros(d - 1);
			this.magic = BigInteger.ONE.shiftLeft(64).multiply(BigInteger.ONE.shiftLeft(l).subtract(BigInteger.valueOf(d)))
					.divide(BigInteger.valueOf(d)).add(BigInteger.ONE).longValue();
			this.shift = l - 1;
		} else {
			this.magic = 0;
			this.shift = 0;
		}
	}

	/** n / d for 0 ≤ n and d > 1, by the multiplication above. */
	private long divide(long n) {
		long t = Math.unsignedMultiplyHigh(magic, n);
		return (t + ((n - t) >>> 1)) >>> shift;
	}

	/**
	 * @return q = coefficient × 10^shift as {p, d} in lowest terms, both below 2^62; null when q is
	 *         negative or they are larger
	 */
	private static long[] lowestTerms(Exact coefficient, int shift) {
		BigInteger numerator;
		BigInteger denominator;
		if (coefficient.isDecimal()) {
			BigDecimal q = coefficient.toBigDecimal().scaleByPowerOfTen(shift);
			numerator = q.scale() >= 0 ? q.unscaledValue() : q.toBigIntegerExact();
			denominator = q.scale() >= 0 ? BigInteger.TEN.pow(q.scale()) : BigInteger.ONE;
		} else {
			numerator = coefficient.numerator();
			denominator = coefficient.denominator();
			if (shift >= 0) {
				numerator = numerator.multiply(BigInteger.TEN.pow(shift));
			} else {
				denominator = denominator.multiply(BigInteger.TEN.pow(-shift));
			}
		}
		if (numerator.signum() < 0) {
			return null;
		}
		if (numerator.bitLength() < Long.SIZE && denominator.bitLength() < Long.SIZE) {
			// the usual case, reduced without BigInteger's gcd
			long n = numerator.longValue();
			long d = denominator.longValue();
			long g = gcd(n, d);
			return fits(n / g, d / g);
		}
		BigInteger g = numerator.gcd(denominator);
		numerator = numerator.divide(g);
		denominator = denominator.divide(g);
		return numerator.bitLength() <= BITS && denominator.bitLength() <= BITS
				? new long[] { numerator.longValue(), denominator.longValue() }
				: null;
	}

	private static long[] fits(long n, long d) {
		return 64 - Long.numberOfLeadingZeros(n) <= BITS && 64 - Long.numberOfLeadingZeros(d) <= BITS
				? new long[] { n, d }
				: null;
	}

	/** Euclid's gcd of a number that is not negative and one that is positive. */
	private static long gcd(long a, long b) {
		while (a != 0) {
			long r = b % a;
			b = a;
			a = r;
		}
		return b;
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
		return covers(count) ? covered(count) : exact(count);
	}

	/**
	 * The payments of many counts added up: what a sweep computes for each point. The payments are
	 * those of {@link #payment}, each rounded on its own; only the loop is tighter.
	 *
	 * @param counts counts as N × 10^-countScale
	 * @param length how many of them, from the first
	 * @return the sum of their payments in units of 10^-scale
	 * @throws ArithmeticException when a payment or the sum does not fit in a long
	 */
	public long sum(long[] counts, int length) {
		long total = 0;
		long least = Long.MAX_VALUE;
		long most = 0;
		for (int i = 0; i < length; i++) {
			least = Math.min(least, counts[i]);
			most = Math.max(most, counts[i]);
		}
		// Every count covered and even the largest payment, times the number of counts, within a
		// long: then no payment and no partial sum can overflow, and the loops need no checks.
		if (fast && least >= 0 && most <= largestCount && length > 0
				&& p * most / d < (Long.MAX_VALUE - length) / length) {
			if (d == 1) {
				for (int i = 0; i < length; i++) {
					total += p * counts[i];
				}
				return total;
			}
			if (rounding == ROUND_HALF_UP) {
				for (int i = 0; i < length; i++) {
					long n = p * counts[i];
					long quotient = divide(n);
					total += 2 * (n - quotient * d) >= d ? quotient + 1 : quotient;
				}
				return total;
			}
		}
		if (fast && d == 1) {
			for (int i = 0; i < length; i++) {
				long count = counts[i];
				total = Math.addExact(total, count >= 0 && count <= largestCount ? p * count : exact(count));
			}
		} else if (fast && rounding == ROUND_HALF_UP) {
			for (int i = 0; i < length; i++) {
				long count = counts[i];
				if (count >= 0 && count <= largestCount) {
					long n = p * count;
					long quotient = divide(n);
					total = Math.addExact(total, 2 * (n - quotient * d) >= d ? quotient + 1 : quotient);
				} else {
					total = Math.addExact(total, exact(count));
				}
			}
		} else {
			for (int i = 0; i < length; i++) {
				total = Math.addExact(total, payment(counts[i]));
			}
		}
		return total;
	}

	/**
	 * @param count a count this kernel {@link #covers}
	 * @return {@link #payment}, in long arithmetic
	 */
	long covered(long count) {
		long n = p * count;
		if (d == 1) {
			return n;
		}
		long quotient = divide(n);
		long twice = 2 * (n - quotient * d);
		return switch (rounding) {
		case ROUND_DOWN -> quotient;
		case ROUND_UP -> twice > 0 ? quotient + 1 : quotient;
		case ROUND_HALF_UP -> twice >= d ? quotient + 1 : quotient;
		default -> twice > d || twice == d && (quotient & 1) == 1 ? quotient + 1 : quotient;
		};
	}

	/**
	 * @param count the count as N × 10^-countScale, i.e. N
	 * @return whether {@link #payment} computes it in long arithmetic; otherwise it takes the exact
	 *         path, which throws when the payment does not fit in a long
	 */
	boolean covers(long count) {
		return fast && count >= 0 && count <= largestCount;
	}

	private long exact(long count) {
		BigDecimal amount = coefficient.multiply(Exact.of(BigDecimal.valueOf(count, countScale))).round(scale, mode)
				.toBigDecimal();
		return amount.unscaledValue().longValueExact();
	}
}
