package no.avtalebenk.formula.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.avtalebenk.formula.interpreter.Exact;

/** Exact arithmetic: fractions stay fractions until rounded. */
class ExactTest {

	private static Exact n(String value) {
		return Exact.of(new BigDecimal(value));
	}

	@Test
	void aThirdTimesThreeIsOne() {
		Exact third = n("1").divide(n("3"));
		assertEquals("1/3", third.toString());
		assertEquals(new BigDecimal("1"), third.multiply(n("3")).toBigDecimal());
		assertTrue(third.multiply(n("3")).isDecimal());
	}

	@Test
	void fractionsThatEndBecomeDecimals() {
		// 1/3 + 1/6 = 1/2 = 0.5
		assertEquals(new BigDecimal("0.5"), n("1").divide(n("3")).add(n("1").divide(n("6"))).toBigDecimal());
	}

	@Test
	void equalValuesHashAlikeSoTheyCanBeKeys() {
		// 1/3 + 1/6 is the decimal 0.5; 0.50 has another scale; 2/3 stays a fraction
		Set<Exact> set = new HashSet<>(List.of(n("0.50"), n("2").divide(n("3")), n("0")));
		assertTrue(set.contains(n("1").divide(n("3")).add(n("1").divide(n("6")))));
		assertTrue(set.contains(n("4").divide(n("6"))));
		assertTrue(set.contains(n("0.000")));
		assertEquals(3, set.size());
	}

	@Test
	void roundingAFraction() {
		// 2/3 = 0.666… → 0.67 half up, 0.66 down
		Exact twoThirds = n("2").divide(n("3"));
		assertEquals(new BigDecimal("0.67"), twoThirds.round(2, RoundingMode.HALF_UP).toBigDecimal());
		assertEquals(new BigDecimal("0.66"), twoThirds.round(2, RoundingMode.DOWN).toBigDecimal());
	}

	@Test
	void decimalsKeepTheirScale() {
		// 2.50 × 2 = 5.00, as BigDecimal does
		assertEquals(new BigDecimal("5.00"), n("2.50").multiply(n("2")).toBigDecimal());
		assertEquals(new BigDecimal("2.5"), n("10").divide(n("4")).toBigDecimal());
	}

	@Test
	void comparisonAcrossFractionsAndDecimals() {
		assertTrue(n("1").divide(n("3")).compareTo(n("0.3333333333")) > 0);
		assertTrue(n("1").divide(n("3")).compareTo(n("0.3333333334")) < 0);
	}

	@Test
	void numeratorAndDenominatorInLowestTerms() {
		Exact twoSixths = n("2").divide(n("6"));
		assertEquals(BigInteger.ONE, twoSixths.numerator());
		assertEquals(BigInteger.valueOf(3), twoSixths.denominator());
		assertEquals(BigInteger.valueOf(-1), twoSixths.negate().numerator());
		assertEquals(BigInteger.valueOf(3), twoSixths.negate().denominator());
		// 1/-3 keeps the sign in the numerator
		assertEquals(BigInteger.valueOf(-1), n("1").divide(n("-3")).numerator());
		// 2.50 = 5/2; 181.81 × 1/3 = 18181/300
		assertEquals(BigInteger.valueOf(5), n("2.50").numerator());
		assertEquals(BigInteger.TWO, n("2.50").denominator());
		assertEquals(BigInteger.valueOf(18181), n("181.81").multiply(n("1").divide(n("3"))).numerator());
		assertEquals(BigInteger.valueOf(300), n("181.81").multiply(n("1").divide(n("3"))).denominator());
	}

	@Test
	void divisionByZeroThrows() {
		assertThrows(ArithmeticException.class, () -> n("1").divide(n("0")));
	}
}
