package no.avtalebenk.formula.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import no.avtalebenk.formula.load.FormulaFileException;
import no.avtalebenk.formula.load.Problem;

/** Malformed and invalid formula files are rejected with a line, a column and a clear message. */
class ValidationTest {

	@Test
	void syntaxErrorHasLineAndColumn() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("feil.vederlag", """
				category grunnskole unit "elever"
				formula belop unit "NOK" = 222.78 * * count(grunnskole)
				"""));
		Problem first = e.getProblems().get(0);
		assertEquals("error", first.severity());
		assertEquals(2, first.line());
		assertEquals(37, first.column());
		assertTrue(e.getMessage().startsWith("feil.vederlag:2:37: error: "), e.getMessage());
	}

	@Test
	void unknownNameIsReported() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("navn.vederlag", """
				formula belop unit "NOK" = sats * 2
				"""));
		assertTrue(e.getMessage().contains("navn.vederlag:1:28: error: Couldn't resolve reference to Element 'sats'"),
				e.getMessage());
	}

	@Test
	void datesMustAscend() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("dato.vederlag", """
				rate sats unit "NOK" {
					from 2023-01-01 = 222.78
					from 2018-01-01 = 192.47
				}
				"""));
		assertEquals(3, e.getProblems().get(0).line());
		assertTrue(e.getMessage().contains("has a value from 2018-01-01 after one from 2023-01-01"), e.getMessage());
	}

	@Test
	void impossibleDateIsReported() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("dato.vederlag", """
				rate sats unit "NOK" { from 2023-13-01 = 222.78 }
				"""));
		assertTrue(e.getMessage().contains("'2023-13-01' is not a date"), e.getMessage());
	}

	@Test
	void categoryUsedAsNumberIsReported() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("kat.vederlag", """
				category grunnskole unit "elever"
				formula belop unit "NOK" = 222.78 * grunnskole
				"""));
		assertTrue(e.getMessage().contains("write count(grunnskole) for its count"), e.getMessage());
	}

	@Test
	void cyclicDefinitionIsReported() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("syklus.vederlag", """
				param a = b + 1
				param b = a * 2
				"""));
		assertTrue(e.getMessage().contains("'a' is defined in terms of itself (through 'b')"), e.getMessage());
	}
}
