package no.avtalebenk.examples.plugin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.Importer;
import no.avtalebenk.data.importer.ImporterRegistry;

/** The example importer sums a school list per municipality, or names every bad line and imports nothing. */
class SchoolListImporterTest {

	private static byte[] resource(String name) throws Exception {
		try (InputStream in = SchoolListImporterTest.class.getResourceAsStream("/resources/" + name)) {
			return in.readAllBytes();
		}
	}

	private static Importer importer() {
		return ImporterRegistry.load().get("skoleliste").orElseThrow().importer();
	}

	@Test
	void pupilsAreSummedPerMunicipality() throws Exception {
		List<ImportedCount> counts = importer().read(new ImportInput("skoler.csv", resource("skoler.csv"),
				Map.of(Importer.YEAR, "2025")));
		// skoler.csv: Oslo 412 + 288 = 700 (first school on line 2), 3201 150 (line 4)
		assertEquals(2, counts.size());
		assertEquals("0301", counts.get(0).unit());
		assertEquals(new BigDecimal("700"), counts.get(0).value());
		assertEquals(2, counts.get(0).line());
		assertEquals("grunnskole", counts.get(0).category());
		assertEquals(2025, counts.get(0).year());
		assertEquals("3201", counts.get(1).unit());
		assertEquals(new BigDecimal("150"), counts.get(1).value());
		assertEquals(4, counts.get(1).line());
	}

	@Test
	void categoryOptionChoosesTheCategory() throws Exception {
		List<ImportedCount> counts = importer().read(new ImportInput("skoler.csv", resource("skoler.csv"),
				Map.of(Importer.YEAR, "2025", "category", "videregaende")));
		assertEquals(List.of("videregaende", "videregaende"), counts.stream().map(ImportedCount::category).toList());
	}

	@Test
	void everyBadLineIsNamed() throws Exception {
		ImportException e = assertThrows(ImportException.class, () -> importer().read(new ImportInput("skoler-feil.csv",
				resource("skoler-feil.csv"), Map.of(Importer.YEAR, "2025"))));
		assertEquals(List.of("skoler-feil.csv:3:1", "skoler-feil.csv:4:3"),
				e.problems().stream().map(p -> p.file() + ":" + p.line() + ":" + p.column()).toList());
	}
}
