package no.avtalebenk.formula.interpreter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact number: a decimal while the arithmetic keeps it one, a fraction after a division that
 * does not terminate (1/3). One third of 40.5 årsverk is exactly 13.5, so that
 * 13.5 × 181.81 = 2 454.435 rounds to 2 454.44 with half up; a 34-digit approximation of 1/3 would
 * give 2 454.4349… and 2 454.43.
 * <p>
 * Sums, differences and products of decimals keep {@link BigDecimal}'s scale (2.50 × 2 = 5.00).
 * Only {@link #round} and {@link #toBigDecimal} turn a fraction into a decimal.
 */
public final class Exact implements Comparable<Exact> {

	private static final BigInteger FIVE = BigInteger.valueOf(5);

	private final BigDecimal decimal;
	/** With {@link #denominator}, when not a decimal: a fraction in lowest terms, the denominator positive. */
	private final BigInteger numerator;
	private final BigInteger denominator;

	private Exact(BigDecimal decimal, BigInteger numerator, BigInteger denominator) {
		this.decimal = decimal;
		this.numerator = numerator;
		this.denominator = denominator;
	}

	/**
	 * @param value a decimal
	 * @return the same number
	 */
	public static Exact of(BigDecimal value) {
		return new Exact(value, null, null);
	}

	private static Exact fraction(BigInteger numerator, BigInteger denominator) {
		if (denominator.signum() < 0) {
			numerator = numerator.negate();
			denominator = denominator.negate();
		}
		BigInteger gcd = numerator.gcd(denominator);
		if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
			numerator = numerator.divide(gcd);
			denominator = denominator.divide(gcd);
		}
		if (terminates(denominator)) {
			return of(new BigDecimal(numerator).divide(new BigDecimal(denominator)));
		}
		return new Exact(null, numerator, denominator);
	}

	/** A fraction is a finite decimal when its reduced denominator has no prime factors but 2 and 5. */
	private static boolean terminates(BigInteger denominator) {
		if (denominator.signum() == 0) {
			return false;
		}
		// the factors 2 by a shift, the factors 5 by one division each, remainder included
		BigInteger rest = denominator.shiftRight(denominator.getLowestSetBit());
		while (true) {
			BigInteger[] quotientAndRemainder = rest.divideAndRemainder(FIVE);
			if (quotientAndRemainder[1].signum() != 0) {
				return rest.equals(BigInteger.ONE);
			}
			rest = quotientAndRemainder[0];
		}
	}

	private BigInteger num() {
		if (decimal != null) {
			return decimal.scale() >= 0 ? decimal.unscaledValue() : decimal.toBigIntegerExact();
		}
		return numerator;
	}

	private BigInteger den() {
		if (decimal != null) {
			return decimal.scale() >= 0 ? BigInteger.TEN.pow(decimal.scale()) : BigInteger.ONE;
		}
		return denominator;
	}

	/** @param other a summand @return the exact sum */
	public Exact add(Exact other) {
		if (decimal != null && other.decimal != null) {
			return of(decimal.add(other.decimal));
		}
		return fraction(num().multiply(other.den()).add(other.num().multiply(den())), den().multiply(other.den()));
	}

	/** @param other the subtrahend @return the exact difference */
	public Exact subtract(Exact other) {
		return add(other.negate());
	}

	/** @param other a factor @return the exact product */
	public Exact multiply(Exact other) {
		if (decimal != null && other.decimal != null) {
			return of(decimal.multiply(other.decimal));
		}
		return fraction(num().multiply(other.num()), den().multiply(other.den()));
	}

	/**
	 * @param other the divisor, not zero
	 * @return the exact quotient: a decimal when it terminates, else a fraction
	 * @throws ArithmeticException when the divisor is zero
	 */
	public Exact divide(Exact other) {
		if (other.signum() == 0) {
			throw new ArithmeticException("division by zero");
		}
		if (decimal != null && other.decimal != null) {
			try {
				return of(decimal.divide(other.decimal));
			} catch (ArithmeticException nonTerminating) {
				// Falls through to the exact fraction.
			}
		}
		return fraction(num().multiply(other.den()), den().multiply(other.num()));
	}

	/** @return the negated number */
	public Exact negate() {
		return decimal != null ? of(decimal.negate()) : new Exact(null, numerator.negate(), denominator);
	}

	/** @return -1, 0 or 1 */
	public int signum() {
		return decimal != null ? decimal.signum() : numerator.signum();
	}

	/**
	 * @param scale decimals to keep
	 * @param mode  how to round
	 * @return the number rounded, as a decimal with exactly that scale
	 */
	public Exact round(int scale, RoundingMode mode) {
		if (decimal != null) {
			return of(decimal.setScale(scale, mode));
		}
		return of(new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode));
	}

	/** @return the numerator of the number as a fraction in lowest terms, with the sign */
	public BigInteger numerator() {
		if (decimal == null) {
			return numerator; // a fraction is kept in lowest terms
		}
		BigInteger n = num();
		BigInteger gcd = n.gcd(den());
		return gcd.signum() == 0 || gcd.equals(BigInteger.ONE) ? n : n.divide(gcd);
	}

	/** @return the denominator of the number as a fraction in lowest terms, always positive */
	public BigInteger denominator() {
		if (decimal == null) {
			return denominator;
		}
		BigInteger d = den();
		BigInteger gcd = num().gcd(d);
		return gcd.signum() == 0 || gcd.equals(BigInteger.ONE) ? d : d.divide(gcd);
	}

	/** @return true when the number is a decimal (no fraction that does not terminate) */
	public boolean isDecimal() {
		return decimal != null;
	}

	/**
	 * @return the number as a decimal: exact when it is one, else to 34 significant digits
	 *         ({@link MathContext#DECIMAL128}) for display
	 */
	public BigDecimal toBigDecimal() {
		return decimal != null ? decimal
				: new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128);
	}

	@Override
	public int compareTo(Exact other) {
		if (decimal != null && other.decimal != null) {
			return decimal.compareTo(other.decimal);
		}
		return num().multiply(other.den()).compareTo(other.num().multiply(den()));
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Exact other && compareTo(other) == 0;
	}

	@Override
	public int hashCode() {
		// lowest terms, so that equal values (0.50 and 1/2) hash alike, as equals demands
		return numerator().hashCode() * 31 + denominator().hashCode();
	}

	/** @return the decimal, or the fraction as "1/3" */
	@Override
	public String toString() {
		return decimal != null ? decimal.toPlainString() : numerator + "/" + denominator;
	}
}
