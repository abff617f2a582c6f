package no.avtalebenk.formula.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.formula.interpreter.TestResult;
import no.avtalebenk.formula.interpreter.TestRunner;
import no.avtalebenk.formula.load.FormulaFileException;
import no.avtalebenk.formula.load.FormulaLoader;

/** Files import each other by name; errors in an imported file and missing files are reported. */
class ImportTest {

	@TempDir
	Path dir;

	@Test
	void testsInOneFileUseFormulasOfAnother() throws Exception {
		Files.writeString(dir.resolve("satser.vederlag"), """
				package satser
				category grunnskole unit "elev"
				rate sats per grunnskole unit "NOK/elev" { from 2023-01-01 = 222.78 }
				formula belop for grunnskole unit "NOK" = round(sats * count(grunnskole), 2)
				""");
		Files.writeString(dir.resolve("tester.vederlag"), """
				import "satser.vederlag"
				import satser.*
				// 412 × 222.78 = 91 785.36
				test "imported" year 2023 {
					count grunnskole = 412
					expect belop = 91785.36
					expect satser.belop = 91785.36
				}
				""");
		List<TestResult> results = TestRunner.run(new FormulaLoader().load(dir.resolve("tester.vederlag")));
		assertEquals(2, results.size());
		assertTrue(results.stream().allMatch(TestResult::passed), results.toString());
	}

	@Test
	void missingImportIsReported() throws Exception {
		Files.writeString(dir.resolve("a.vederlag"), """
				import "borte.vederlag"
				""");
		FormulaFileException e = assertThrows(FormulaFileException.class,
				() -> new FormulaLoader().load(dir.resolve("a.vederlag")));
		assertEquals("a.vederlag:1:8: error: The file 'borte.vederlag' cannot be found next to a.vederlag; imports "
				+ "name a .vederlag file relative to the importing file.", e.getProblems().get(0).toString());
	}

	@Test
	void errorInAnImportedFileNamesThatFile() throws Exception {
		Files.writeString(dir.resolve("satser.vederlag"), """
				rate sats unit "NOK/elev" { from 2023-13-01 = 222.78 }
				""");
		Files.writeString(dir.resolve("b.vederlag"), """
				import "satser.vederlag"
				formula f unit "NOK/elev" = sats
				""");
		FormulaFileException e = assertThrows(FormulaFileException.class,
				() -> new FormulaLoader().load(dir.resolve("b.vederlag")));
		assertTrue(e.getMessage().contains("satser.vederlag:1:34: error: '2023-13-01' is not a date"), e.getMessage());
	}
}
