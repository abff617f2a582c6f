package no.avtalebenk.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/** {@link PaymentResult#sums()} gives what {@code amount} and {@code total} give, value and scale. */
class PaymentResultSumsTest {

	private static PaymentCell cell(String unit, String category, int year, String amount) {
		return new PaymentCell("grunnlag", unit, category, year, amount == null ? null : new BigDecimal(amount), "f", null, null,
				null);
	}

	@Test
	void theSumsOfOnePassEqualTheSumsOfEachQuestion() {
		PaymentResult result = new PaymentResult("t", List.of(
				cell("0301", "grunnskole", 2026, "140.10"),
				cell("1103", "grunnskole", 2026, "0.005"),
				cell("0301", "grunnskole", 2027, null),
				cell("0301", "fagskole", 2026, "1E+3"),
				cell("0301", "fagskole", 2027, "12")),
				List.of("grunnskole", "fagskole", "administrasjon"), List.of(2026, 2027));
		PaymentResult.Sums sums = result.sums();
		for (String category : result.categories()) {
			for (int year : result.years()) {
				assertEquals(result.amount(category, year), sums.amount(category, year), category + " " + year);
			}
		}
		for (int year : result.years()) {
			assertEquals(result.total(year), sums.total(year), "total " + year);
		}
		// By hand: 140.10 + 0.005 = 140.105; 1E+3 from zero is 1000 (scale 0); 2026: 140.105 + 1000 = 1140.105.
		assertEquals(new BigDecimal("140.105"), sums.amount("grunnskole", 2026));
		assertEquals(new BigDecimal("1000"), sums.amount("fagskole", 2026));
		assertEquals(new BigDecimal("1140.105"), sums.total(2026));
		assertEquals(new BigDecimal("12"), sums.total(2027));
		assertEquals(BigDecimal.ZERO, sums.amount("grunnskole", 2027));
		assertEquals(BigDecimal.ZERO, sums.amount("administrasjon", 2026));
	}
}
