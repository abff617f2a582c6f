package no.avtalebenk.formula.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.formula.interpreter.TestResult;
import no.avtalebenk.formula.interpreter.TestRunner;

/** The test blocks written in the bundled example's formula file all pass. */
class ExampleFormulaTest {

	@Test
	void exampleTestBlocksPass() throws Exception {
		// 1 + 3 expectations of the two 2023 tests; one each for the rate history (2018, the 2022 estimate,
		// 2024 and 2025 with the published KPI steps) and for KS's own årsverk (protocol point 6)
		List<TestResult> results = TestRunner.run(Examples.formulas());
		assertEquals(9, results.size());
		for (TestResult result : results) {
			assertTrue(result.passed(), result.location() + " " + result.test() + ": expected " + result.expected()
					+ ", got " + result.actual() + " " + result.error());
		}
	}

	@Test
	void handComputedSmallUnitInvoicesPass() throws Exception {
		// kopinor-tester.vederlag: the invoices of three small units and the rounding case, each
		// computed by hand in the file's comments; 5 + 2 + 4 + 2 expectations
		List<TestResult> results = TestRunner.run(Examples.testFiles().get(1));
		assertEquals(13, results.size());
		for (TestResult result : results) {
			assertTrue(result.passed(), result.location() + " " + result.test() + ": expected " + result.expected()
					+ ", got " + result.actual() + " " + result.error());
		}
	}

	@Test
	void formulaCategoriesAreTheAgreementsCountCategories() throws Exception {
		// The protocol appendix's six categories and KS's own administrative årsverk (point 6, billed on the
		// administration terms), as the remuneration clause of avtale.avtale lists them.
		List<String> agreement = Examples.model().getAgreements().get(0).getClauses().stream()
				.filter(no.avtalebenk.model.avtale.RemunerationClause.class::isInstance)
				.flatMap(c -> ((no.avtalebenk.model.avtale.RemunerationClause) c).getCategories().stream())
				.map(no.avtalebenk.model.avtale.CountCategory::getId).toList();
		assertEquals(List.of("grunnskole", "kulturskoleMusikk", "kulturskoleAndre", "videregaende", "fagskole",
				"administrasjon", "paiKsAdministrasjon"), agreement);
		List<String> formulas = Examples.formulas().getElements().stream()
				.filter(no.avtalebenk.formula.vederlag.Category.class::isInstance)
				.map(no.avtalebenk.formula.vederlag.Element::getName).toList();
		assertEquals(agreement, formulas);
	}

	@Test
	void aWrongExpectationFails() throws Exception {
		List<TestResult> results = TestRunner.run(Formulas.parse("t.vederlag", """
				category grunnskole unit "elev"
				rate sats per grunnskole unit "NOK/elev" { from 2023-01-01 = 222.78 }
				formula belop for grunnskole unit "NOK" = round(sats * count(grunnskole), 2)
				test "wrong by one øre" year 2023 {
					count grunnskole = 10
					expect belop = 2227.81
				}
				"""));
		assertEquals(1, results.size());
		assertEquals(false, results.get(0).passed());
		assertEquals("2227.80", results.get(0).actual().toPlainString());
	}
}
