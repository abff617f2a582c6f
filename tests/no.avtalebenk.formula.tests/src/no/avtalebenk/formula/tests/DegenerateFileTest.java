package no.avtalebenk.formula.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.formula.interpreter.TestResult;
import no.avtalebenk.formula.interpreter.TestRunner;
import no.avtalebenk.formula.load.FormulaFileException;
import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.load.Problem;
import no.avtalebenk.formula.vederlag.Model;

/**
 * Degenerate formula files: duplicate names, files with nothing in them, an index factor of zero,
 * and files beyond the stated limits (size, nesting, length of an expression, digits, decimals),
 * each refused with the limit and its place, or read correctly.
 */
class DegenerateFileTest {

	@TempDir
	Path dir;

	private static FormulaFileException refused(String name, String text) {
		return assertThrows(FormulaFileException.class, () -> Formulas.parse(name, text));
	}

	private static List<Problem> problems(Model model) {
		return FormulaLoader.validate(model.eResource());
	}

	@Test
	void aRateDeclaredTwiceIsAnErrorNamingBothPlaces() {
		FormulaFileException e = refused("dobbel.vederlag", """
				rate sats unit "NOK/elev" { from 2023-01-01 = 222.78 }
				param andel = 0.5
				rate sats unit "NOK/elev" { from 2023-01-01 = 100.00 }
				""");
		assertEquals("dobbel.vederlag:3:6: error: 'sats' is declared twice: here and at line 1, column 6. "
				+ "Each name may be declared once; rename or remove one of them.", e.getMessage());
	}

	@Test
	void aParameterAndAFormulaOfTheSameNameAreAnError() {
		FormulaFileException e = refused("dobbel.vederlag", """
				param andel = 0.5
				formula andel unit "NOK" = sats
				formula andel unit "NOK" = sats
				rate sats unit "NOK" { from 2023-01-01 = 1 }
				""");
		assertEquals(2, e.getProblems().size(), e.getMessage());
		assertEquals("dobbel.vederlag:2:9: error: 'andel' is declared twice: here and at line 1, column 7. "
				+ "Each name may be declared once; rename or remove one of them.", e.getProblems().get(0).toString());
		assertEquals(3, e.getProblems().get(1).line());
	}

	@Test
	void aFileOfCommentsOnlyDeclaresNothing() throws Exception {
		Model model = Formulas.parse("tom.vederlag", """
				// Alle formlene er fjernet.
				/* Og testene. */
				""");
		assertTrue(model.getElements().isEmpty());
		assertEquals(List.of(), TestRunner.run(model));
		assertEquals("[tom.vederlag:1:1: warning: The file declares nothing: it has no categories, rates, formulas "
				+ "or tests.]", problems(model).toString());
	}

	@Test
	void anEmptyFileDeclaresNothing() throws Exception {
		Model model = Formulas.parse("tom.vederlag", "");
		assertTrue(model.getElements().isEmpty());
		assertEquals("[tom.vederlag:1:1: warning: The file declares nothing: it has no categories, rates, formulas "
				+ "or tests.]", problems(model).toString());
	}

	@Test
	void aFactorOfZeroIsAWarningAtItsPlace() throws Exception {
		Model model = Formulas.parse("null.vederlag", """
				index kpi {
					from 2024-01-01 factor 1.05
					from 2025-01-01 factor 0.000
				}
				""");
		assertEquals("[null.vederlag:3:25: warning: The factor 0.000 makes every rate indexed by 'kpi' zero from "
				+ "2025-01-01, and with it every payment computed from them.]", problems(model).toString());
	}

	@Test
	void aChangeOfMinusHundredPercentIsAWarning() throws Exception {
		Model model = Formulas.parse("null.vederlag", """
				index kpi { from 2025-01-01 change -100 % }
				""");
		assertEquals("[null.vederlag:1:36: warning: The change -100 % makes every rate indexed by 'kpi' zero from "
				+ "2025-01-01, and with it every payment computed from them.]", problems(model).toString());
	}

	@Test
	void aByteOrderMarkIsSkipped() throws Exception {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		Path file = dir.resolve("bom.vederlag");
		Files.write(file, concat(bom, """
				category grunnskole unit "elev"
				rate sats per grunnskole unit "NOK/elev" { from 2023-01-01 = 222.78 }
				formula belop for grunnskole unit "NOK" = round(sats * count(grunnskole), 2)
				// 412 × 222.78 = 91 785.36
				test "med BOM" year 2023 { count grunnskole = 412 expect belop = 91785.36 }
				""".getBytes(StandardCharsets.UTF_8)));
		List<TestResult> results = TestRunner.run(new FormulaLoader().load(file));
		assertEquals(1, results.size());
		assertTrue(results.get(0).passed(), results.toString());
		assertEquals("bom.vederlag:5:51", results.get(0).location());
		// And a mistake after the mark is placed on its own line and column, not shifted by the mark.
		Files.write(file, concat(bom, "formula f unit \"NOK\" = 2 * * 3\n".getBytes(StandardCharsets.UTF_8)));
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> new FormulaLoader().load(file));
		assertEquals(1, e.getProblems().get(0).line());
		assertEquals(28, e.getProblems().get(0).column());
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	@Test
	void hundredThousandTermsAreRefusedAtOnceNamingTheLimit() {
		StringBuilder text = new StringBuilder("param p = 1\nformula f unit \"NOK\" = 1");
		for (int i = 1; i < 100_000; i++) {
			text.append(" + 1");
		}
		long start = System.nanoTime();
		FormulaFileException e = refused("lang.vederlag", text.toString());
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("100 000 terms refused in " + millis + " ms");
		assertEquals(1, e.getProblems().size(), e.getMessage());
		// Token 501 of the expression is the 251st '1', at column 24 + 4 × 250.
		assertEquals("lang.vederlag:2:1024: error: The expression is too long: a formula or parameter may hold at most "
				+ "500 numbers, names and signs. Split it into several parameters or formulas.", e.getMessage());
		assertTrue(millis < 5_000, "took " + millis + " ms");
	}

	@Test
	void twoHundredFiftyTermsAtTheLimitAreComputed() throws Exception {
		StringBuilder text = new StringBuilder("formula f unit \"NOK\" = 1");
		for (int i = 1; i < 250; i++) {
			text.append(" + 1");
		}
		text.append("\ntest \"250\" year 2026 { expect f = 250 }\n");
		List<TestResult> results = TestRunner.run(Formulas.parse("lang.vederlag", text.toString()));
		assertTrue(results.get(0).passed(), results.toString());
		assertEquals(0, new BigDecimal("250").compareTo(results.get(0).actual()));
	}

	@Test
	void aLongChainOfFormulasIsComputedOrRefusedWithItsPlace() throws Exception {
		// f0 = 1, f1 = f0 + 1, …: fN = N + 1. Each link is two steps within each other (the sum, the name).
		Model shortChain = Formulas.parse("kjede.vederlag", chain(100) + "test \"kort\" year 2026 { expect f99 = 100 }\n");
		assertTrue(TestRunner.run(shortChain).get(0).passed(), TestRunner.run(shortChain).toString());
		Model longChain = Formulas.parse("kjede.vederlag", chain(400) + "test \"lang\" year 2026 { expect f399 = 400 }\n");
		TestResult result = TestRunner.run(longChain).get(0);
		assertEquals("kjede.vederlag:401:25", result.location());
		assertTrue(result.error().startsWith("kjede.vederlag:"), result.error());
		assertTrue(result.error().contains("Too deep to compute: more than 300 steps within each other, through "
				+ "formulas and parameters that use each other."), result.error());
	}

	private static String chain(int length) {
		StringBuilder text = new StringBuilder("formula f0 unit \"NOK\" = 1\n");
		for (int i = 1; i < length; i++) {
			text.append("formula f").append(i).append(" unit \"NOK\" = f").append(i - 1).append(" + 1\n");
		}
		return text.toString();
	}

	@Test
	void tenThousandNestedBracketsAreRefusedNamingTheLimit() {
		String text = "formula f unit \"NOK\" = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n";
		FormulaFileException e = refused("dyp.vederlag", text);
		assertEquals("dyp.vederlag:1:74: error: Nested more than 50 levels deep (brackets, if … then … else and "
				+ "signs written in a row count one level each). Name parts of the expression as parameters or "
				+ "formulas.", e.getMessage());
	}

	@Test
	void fiftyNestedBracketsAreComputed() throws Exception {
		String text = "formula f unit \"NOK\" = " + "(".repeat(50) + "2" + ")".repeat(50) + " * 3\n"
				+ "test \"dyp\" year 2026 { expect f = 6 }\n";
		assertTrue(TestRunner.run(Formulas.parse("dyp.vederlag", text)).get(0).passed());
	}

	@Test
	void tenThousandSignsInARowAreRefused() {
		String text = "param p = 1\nformula f unit \"NOK\" = " + "- ".repeat(10_000) + "1\n";
		FormulaFileException e = refused("tegn.vederlag", text);
		assertEquals(2, e.getProblems().get(0).line(), e.getMessage());
		assertTrue(e.getMessage().contains("Nested more than 50 levels deep"), e.getMessage());
	}

	@Test
	void roundingToAMillionDecimalsIsAnErrorAtTheScale() {
		FormulaFileException e = refused("runde.vederlag", """
				formula f unit "NOK" = round(2 / 3, 999999999)
				""");
		assertEquals("runde.vederlag:1:37: error: Rounding to 999999999 decimals; at most 10 decimals are allowed "
				+ "(amounts are usually rounded to 2, whole øre, or 0, whole kroner).", e.getMessage());
	}

	@Test
	void aNumberOfTooManyDigitsIsRefused() {
		FormulaFileException e = refused("siffer.vederlag", "param p = 1." + "9".repeat(31) + "\n");
		assertEquals("siffer.vederlag:1:13: error: A number of 31 digits; numbers may have at most 30 digits "
				+ "before and 30 after the decimal point.", e.getMessage());
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedUnread() throws Exception {
		byte[] big = new byte[1_048_577];
		java.util.Arrays.fill(big, (byte) ' ');
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> new FormulaLoader()
				.load(URI.createURI("stor.vederlag"), new ByteArrayInputStream(big)));
		assertEquals("stor.vederlag:1:1: error: The file is larger than 1048576 bytes (1 MiB), the limit for a "
				+ "formula file.", e.getMessage());
	}
}
