package no.avtalebenk.formula.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.formula.interpreter.Explanation;
import no.avtalebenk.formula.interpreter.FormulaEvaluator;
import no.avtalebenk.formula.interpreter.InvoiceRule;
import no.avtalebenk.formula.load.FormulaFileException;
import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.vederlag.InvoiceRounding;
import no.avtalebenk.formula.vederlag.Model;

/**
 * The invoice rounding a formula file declares: per line (the default) or per unit total, with the
 * values of both rules computed by hand, and the declaration's checks.
 */
class InvoiceRoundingTest {

	@TempDir
	Path dir;

	/** Two categories whose lines are half an øre each, exactly, for one pupil each. */
	private static final String HALF_ORE_LINES = """
			category a unit "elev"
			category b unit "elev"
			rate aSats per a unit "NOK/elev" { from 2023-01-01 = 0.005 }
			rate bSats per b unit "NOK/elev" { from 2023-01-01 = 0.005 }
			formula aBelop for a unit "NOK" = aSats * count(a)
			formula bBelop for b unit "NOK" = bSats * count(b)
			formula vederlag unit "NOK" = sum(categories)
			""";

	private static final Map<String, BigDecimal> ONE_EACH = Map.of("a", BigDecimal.ONE, "b", BigDecimal.ONE);

	private static FormulaEvaluator evaluator(Map<String, BigDecimal> counts) {
		return new FormulaEvaluator(2023, c -> Optional.ofNullable(counts.get(c)));
	}

	private static BigDecimal value(Model model, String formula) {
		return evaluator(ONE_EACH).evaluate(Formulas.formula(model, formula));
	}

	@Test
	void withoutADeclarationEachLineIsRoundedToOreHalfUp() throws Exception {
		Model model = Formulas.parse("standard.vederlag", HALF_ORE_LINES);
		assertSame(InvoiceRule.DEFAULT, InvoiceRule.of(model));
		// per line: 1 × 0.005 = 0.005 → 0.01 (half up) for each line; the invoice 0.01 + 0.01 = 0.02
		assertEquals(new BigDecimal("0.01"), value(model, "aBelop"));
		assertEquals(new BigDecimal("0.01"), value(model, "bBelop"));
		assertEquals(new BigDecimal("0.02"), value(model, "vederlag"));
	}

	@Test
	void perLineDeclaredGivesTheSameAsTheDefault() throws Exception {
		Model model = Formulas.parse("linje.vederlag", HALF_ORE_LINES + "invoice rounding per line to 2 half_up\n");
		assertEquals(new BigDecimal("0.01"), value(model, "aBelop"));
		assertEquals(new BigDecimal("0.02"), value(model, "vederlag"));
	}

	@Test
	void perUnitTotalKeepsTheLinesExactAndRoundsTheTotalOnce() throws Exception {
		Model model = Formulas.parse("total.vederlag", HALF_ORE_LINES + "invoice rounding per unit total to 2\n");
		InvoiceRule rule = InvoiceRule.of(model);
		assertTrue(rule.perUnitTotal());
		assertEquals(RoundingMode.HALF_UP, rule.mode());
		// per unit total: the lines stay 0.005 each; the invoice round(0.005 + 0.005 = 0.010, 2) = 0.01
		assertEquals(new BigDecimal("0.005"), value(model, "aBelop"));
		assertEquals(new BigDecimal("0.005"), value(model, "bBelop"));
		assertEquals(0, new BigDecimal("0.01").compareTo(value(model, "vederlag")));
		assertEquals(2, value(model, "vederlag").scale());
	}

	@Test
	void theScaleAndModeAreThoseDeclared() throws Exception {
		// per line to whole kroner, down: 1 234 × 0.005 = 6.17 → 6 each; the invoice 12
		Model down = Formulas.parse("kroner.vederlag", HALF_ORE_LINES + "invoice rounding per line to 0 down\n");
		Map<String, BigDecimal> counts = Map.of("a", new BigDecimal("1234"), "b", new BigDecimal("1234"));
		assertEquals(new BigDecimal("6"), evaluator(counts).evaluate(Formulas.formula(down, "aBelop")));
		assertEquals(new BigDecimal("12"), evaluator(counts).evaluate(Formulas.formula(down, "vederlag")));
		// per unit total to whole kroner, half even: 6.17 + 6.17 = 12.34 → 12
		Model even = Formulas.parse("jevn.vederlag", HALF_ORE_LINES + "invoice rounding per unit total to 0 half_even\n");
		assertEquals(new BigDecimal("6.170"), evaluator(counts).evaluate(Formulas.formula(even, "aBelop")));
		assertEquals(new BigDecimal("12"), evaluator(counts).evaluate(Formulas.formula(even, "vederlag")));
	}

	@Test
	void aFormulaThatRoundsToOreAlreadyKeepsItsValueAndScale() throws Exception {
		// round(222.78 × 412, 2) = 91 785.36; the line rule changes nothing, and explains no step
		Model model = Formulas.parse("sats.vederlag", """
				category grunnskole unit "elev"
				rate sats per grunnskole unit "NOK/elev" { from 2023-01-01 = 222.78 }
				formula belop for grunnskole unit "NOK" = round(sats * count(grunnskole), 2)
				formula heleKroner for grunnskole unit "NOK" = round(sats * count(grunnskole), 0)
				invoice rounding per line to 2
				""");
		FormulaEvaluator evaluator = evaluator(Map.of("grunnskole", new BigDecimal("412")));
		Explanation belop = evaluator.explain(Formulas.formula(model, "belop"));
		assertEquals(new BigDecimal("91785.36"), belop.value());
		assertEquals("round to 2 decimals (half_up)", belop.children().get(0).name());
		// 91 785.36 → 91 785 (scale 0): already whole øre, so it stays 91785, not 91785.00
		assertEquals(new BigDecimal("91785"), evaluator.evaluate(Formulas.formula(model, "heleKroner")));
	}

	@Test
	void theExplanationShowsTheLineRoundingWhereItChangesTheValue() throws Exception {
		Model model = Formulas.parse("forklar.vederlag", HALF_ORE_LINES);
		Explanation line = evaluator(ONE_EACH).explain(Formulas.formula(model, "aBelop"));
		Explanation step = line.children().get(0);
		assertEquals("invoice line: round to 2 decimals (half_up)", step.name());
		assertEquals("invoice rounding per line to 2 half_up (default)", step.detail());
		assertEquals(new BigDecimal("0.01"), step.value());
		assertEquals(new BigDecimal("0.005"), step.children().get(0).value());
	}

	@Test
	void theExplanationShowsTheTotalRoundingUnderPerUnitTotal() throws Exception {
		Model model = Formulas.parse("forklar.vederlag", HALF_ORE_LINES + "invoice rounding per unit total to 2\n");
		Explanation invoice = evaluator(ONE_EACH).explain(Formulas.formula(model, "vederlag"));
		Explanation step = invoice.children().get(0);
		assertEquals("invoice total: round to 2 decimals (half_up)", step.name());
		assertEquals("invoice rounding per unit total to 2 half_up (forklar.vederlag:8:1)", step.detail());
		assertEquals(new BigDecimal("0.01"), step.value());
		// below it the exact sum of the lines: 0.005 + 0.005 = 0.010
		assertEquals(new BigDecimal("0.010"), step.children().get(0).value());
	}

	@Test
	void aListedSumIsNoInvoiceAndStaysExact() throws Exception {
		Model model = Formulas.parse("del.vederlag", HALF_ORE_LINES + """
				formula delsum unit "NOK" = sum(categories: a, b)
				invoice rounding per unit total to 2
				""");
		// 0.005 + 0.005 = 0.010, not rounded: only the invoice (all categories) is
		assertEquals(new BigDecimal("0.010"), value(model, "delsum"));
	}

	@Test
	void theDeclarationIsRead() throws Exception {
		Model model = Formulas.parse("les.vederlag", "invoice rounding per unit total to 3 half_even\n");
		InvoiceRounding declaration = model.getInvoiceRoundings().get(0);
		assertTrue(declaration.isPerUnitTotal());
		assertEquals(3, declaration.getScale());
		assertEquals("invoice rounding per unit total to 3 half_even", InvoiceRule.of(model).text());
		assertEquals("les.vederlag:1:1", InvoiceRule.of(model).where());
		assertFalse(Formulas.parse("linje.vederlag", "invoice rounding per line to 2\n").getInvoiceRoundings().get(0)
				.isPerUnitTotal());
	}

	@Test
	void theWordsOfTheDeclarationMayStillBeNames() throws Exception {
		Model model = Formulas.parse("navn.vederlag", """
				param total = 2
				param line = 3
				param invoice = 4
				param rounding = total * line * invoice
				""");
		assertEquals(4, model.getElements().size());
	}

	@Test
	void aSecondDeclarationIsAnErrorNamingBothPlaces() {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> Formulas.parse("to.vederlag", """
				invoice rounding per line to 2
				category a unit "elev"
				invoice rounding per unit total to 2
				"""));
		assertEquals("to.vederlag:3:1: error: The invoice rounding is declared twice: here and at to.vederlag:1:1. "
				+ "A file and its imports declare it once; remove one of them.", e.getProblems().get(0).toString());
	}

	@Test
	void aDeclarationInAnImportedFileCountsToo() throws Exception {
		Files.writeString(dir.resolve("satser.vederlag"), """
				category a unit "elev"
				invoice rounding per unit total to 2
				""");
		Files.writeString(dir.resolve("hoved.vederlag"), """
				import "satser.vederlag"
				invoice rounding per line to 2
				""");
		FormulaFileException e = assertThrows(FormulaFileException.class,
				() -> new FormulaLoader().load(dir.resolve("hoved.vederlag")));
		assertEquals("hoved.vederlag:2:1: error: The invoice rounding is declared twice: here and at "
				+ "satser.vederlag:2:1 (an imported file). A file and its imports declare it once; remove one of them.",
				e.getProblems().get(0).toString());
	}

	@Test
	void anImportedDeclarationApplies() throws Exception {
		Files.writeString(dir.resolve("regel.vederlag"), "invoice rounding per unit total to 2\n");
		Files.writeString(dir.resolve("hoved.vederlag"), "import \"regel.vederlag\"\n" + HALF_ORE_LINES);
		Model model = new FormulaLoader().load(dir.resolve("hoved.vederlag"));
		assertTrue(InvoiceRule.of(model).perUnitTotal());
		assertEquals(new BigDecimal("0.005"), value(model, "aBelop"));
	}

	@Test
	void aScaleAboveTenIsAnError() {
		FormulaFileException e = assertThrows(FormulaFileException.class,
				() -> Formulas.parse("skala.vederlag", "invoice rounding per line to 11\n"));
		assertTrue(e.getProblems().get(0).toString().startsWith("skala.vederlag:1:30: error: Rounding to 11 decimals"),
				e.getProblems().get(0).toString());
	}

	@Test
	void aLineRoundedByItsFormulaUnderPerUnitTotalIsAWarningAtItsPlace() throws Exception {
		Model model = Formulas.parse("advarsel.vederlag", """
				category grunnskole unit "elev"
				rate sats per grunnskole unit "NOK/elev" { from 2023-01-01 = 222.78 }
				formula belop for grunnskole unit "NOK" =
					round(sats * count(grunnskole), 2)
				invoice rounding per unit total to 2
				""");
		assertEquals("[advarsel.vederlag:4:2: warning: The formula 'belop' rounds its own result to 2 decimals, but "
				+ "the invoice is rounded per unit total (invoice rounding per unit total to 2 half_up, at "
				+ "advarsel.vederlag:5:1): each line should stay exact and only the unit's total be rounded. Remove "
				+ "this round(…), or declare 'invoice rounding per line'.]",
				FormulaLoader.validate(model.eResource()).toString());
	}
}
