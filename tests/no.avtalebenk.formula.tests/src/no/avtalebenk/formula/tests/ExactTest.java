package no.avtalebenk.formula.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;

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
	void divisionByZeroThrows() {
		assertThrows(ArithmeticException.class, () -> n("1").divide(n("0")));
	}
}
