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
		assertEquals("feil.vederlag:2:37: error: Unexpected '*': the text cannot be read from here. A number, a name, "
				+ "count(…), round(…) or '(' may follow an operator such as * or +.", e.getMessage());
	}

	@Test
	void keywordAsNameIsExplained() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("ord.vederlag", """
				param year = 2026
				"""));
		assertEquals("ord.vederlag:1:7: error: 'year' cannot be used as a name here (it is a word of the formula "
				+ "language, or the name is missing).", e.getProblems().get(0).toString());
	}

	@Test
	void unfinishedFileIsExplained() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("slutt.vederlag", """
				rate sats unit "NOK/elev" {
					from 2023-01-01 = 222.78
				"""));
		assertTrue(e.getMessage().contains("error: The file ends too early: something is missing at the end"),
				e.getMessage());
	}

	@Test
	void indexStepMustBeFirstJanuary() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("steg.vederlag", """
				index kpi { from 2024-10-01 factor 1.03 }
				"""));
		assertEquals("steg.vederlag:1:18: error: Index steps take effect on 1 January, when the price list changes; "
				+ "write 2024-01-01 instead of 2024-10-01.", e.getProblems().get(0).toString());
	}

	@Test
	void unknownNameIsReported() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("navn.vederlag", """
				formula belop unit "NOK" = sats * 2
				"""));
		assertTrue(e.getMessage().contains("navn.vederlag:1:28: error: Unknown name 'sats': no rate, parameter or "
				+ "formula of that name is declared in this file or in a file it imports."), e.getMessage());
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

	@Test
	void cycleThroughASumOfCategoriesIsReported() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("sum.vederlag", """
				category a unit "x"
				category b unit "x"
				formula fa for a unit "NOK" = sum(categories)
				formula fb for b unit "NOK" = fa
				"""));
		assertTrue(e.getMessage().contains("'fa' is defined in terms of itself (through 'fb')"), e.getMessage());
	}

	@Test
	void kpiSeriesMustAscend() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("kpi.vederlag", """
				index kpi {
					kpi october 2023 = 130.0
					kpi october 2022 = 125.0
				}
				"""));
		assertEquals("kpi.vederlag:3:14: error: The KPI of October 2022 comes after October 2023; list the Octobers "
				+ "from the oldest to the newest, each once.", e.getProblems().get(0).toString());
	}
}
