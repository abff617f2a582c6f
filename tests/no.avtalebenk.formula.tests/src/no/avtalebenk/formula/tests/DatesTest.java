package no.avtalebenk.formula.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.avtalebenk.formula.interpreter.Dates;
import no.avtalebenk.formula.interpreter.EvaluationException;

/** Dates as the language writes them: the usual form is read directly, everything else as before. */
class DatesTest {

	@Test
	void readsTheUsualForm() {
		assertEquals(LocalDate.of(2023, 1, 1), Dates.parse("2023-01-01", null));
		assertEquals(LocalDate.of(2027, 12, 28), Dates.parse("2027-12-28", null));
		assertEquals(LocalDate.of(2023, 1, 1), Dates.parse("2023 - 01 - 01", null));
	}

	@Test
	void daysAfterThe28thAreCheckedAgainstTheMonth() {
		assertEquals(LocalDate.of(2024, 2, 29), Dates.parse("2024-02-29", null));
		assertEquals(LocalDate.of(2023, 12, 31), Dates.parse("2023-12-31", null));
		assertThrows(EvaluationException.class, () -> Dates.parse("2023-02-29", null));
		assertThrows(EvaluationException.class, () -> Dates.parse("2023-04-31", null));
	}

	@Test
	void otherTextIsNoDate() {
		for (String text : new String[] { "2023-13-01", "2023-00-10", "2023-01-00", "2023-1-01", "2023/01/01",
				"20230101", "2023-01-0x", "", null }) {
			EvaluationException e = assertThrows(EvaluationException.class, () -> Dates.parse(text, null), text);
			assertTrue(e.getMessage().contains("is not a date"), e.getMessage());
		}
	}
}
