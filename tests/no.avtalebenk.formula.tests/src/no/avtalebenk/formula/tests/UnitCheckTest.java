package no.avtalebenk.formula.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import no.avtalebenk.formula.load.FormulaFileException;
import no.avtalebenk.formula.load.Problem;
import no.avtalebenk.formula.units.Unit;

/** Units: NOK/elev × elev = NOK; mixed units are errors with their place. */
class UnitCheckTest {

	@Test
	void ratePerPupilTimesPupilsIsNok() {
		assertEquals(Unit.parse("NOK"), Unit.parse("NOK/elev").times(Unit.parse("elev")));
		assertEquals("NOK/elev", Unit.parse("NOK").dividedBy(Unit.parse("elev")).toString());
		assertEquals(Unit.NONE, Unit.parse("andel"));
		assertEquals("1/elev", Unit.parse("faktor/elev").toString());
	}

	@Test
	void malformedUnitIsReported() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Unit.parse("NOK//elev"));
		assertEquals("'NOK//elev' is not a unit: a name is missing around '/'.", e.getMessage());
	}

	@Test
	void resultInAnotherUnitThanDeclaredIsAnError() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("enhet.vederlag", """
				category grunnskole unit "elev"
				rate sats per grunnskole unit "NOK/elev" { from 2023-01-01 = 222.78 }
				formula belop for grunnskole unit "NOK" = sats * count(grunnskole) * count(grunnskole)
				"""));
		Problem problem = e.getProblems().get(0);
		assertEquals(3, problem.line());
		assertEquals(35, problem.column());
		assertEquals("The formula 'belop' is declared in NOK, but its expression gives NOK*elev. A rate in NOK/elev "
				+ "times a count of elev gives NOK; check the units of the rates, counts and parameters used.",
				problem.message());
	}

	@Test
	void addingNokToNokPerPupilIsMixedUnits() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("blandet.vederlag", """
				category grunnskole unit "elev"
				rate sats per grunnskole unit "NOK/elev" { from 2023-01-01 = 222.78 }
				param tillegg unit "NOK" = 1000
				formula belop unit "NOK" = sats + tillegg
				"""));
		Problem problem = e.getProblems().get(0);
		assertEquals("blandet.vederlag:4:28: error: Mixed units in 'sats + tillegg': cannot add NOK/elev and NOK; "
				+ "both sides must have the same unit.", problem.toString());
	}

	@Test
	void comparingPupilsWithNokIsMixedUnits() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("hvis.vederlag", """
				category grunnskole unit "elev"
				param grense unit "NOK" = 1000
				formula f unit "elev" = if count(grunnskole) > grense then count(grunnskole) else 0
				"""));
		assertTrue(e.getMessage().contains("hvis.vederlag:3:28: error: Mixed units in 'count(grunnskole) > grense': "
				+ "cannot compare elev and NOK"), e.getMessage());
	}

	@Test
	void rateOfOneCategoryTimesCountOfAnotherIsAWarning() throws Exception {
		// A warning only: the file still loads.
		Formulas.parse("kryss.vederlag", """
				category a unit "elev"
				category b unit "elev"
				rate ra per a unit "NOK/elev" { from 2023-01-01 = 1 }
				formula f unit "NOK" = ra * count(b)
				""");
	}
}
