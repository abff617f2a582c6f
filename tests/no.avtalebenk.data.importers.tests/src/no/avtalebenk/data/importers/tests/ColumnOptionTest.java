package no.avtalebenk.data.importers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.ImporterRegistry;

/** An export whose headers differ from the usual ones is read when the user names the columns. */
class ColumnOptionTest {

	private static final byte[] GSI = """
			Skoleår;Kommune-ID;Navn på kommune;A-15 Sum elever ved skolen (d57)
			2025-26;0301;Oslo;800
			""".getBytes(StandardCharsets.UTF_8);

	private static List<ImportedCount> read(Map<String, String> options) throws ImportException {
		return ImporterRegistry.load().get("gsi").orElseThrow().importer().read(new ImportInput("gsi.csv", GSI, options));
	}

	@Test
	void unusualHeaderIsReportedWithTheOptionToUse() {
		ImportException e = assertThrows(ImportException.class, () -> read(Map.of()));
		assertTrue(e.getMessage().startsWith("gsi.csv:1:1: no column for the kommunenummer"), e.getMessage());
		assertTrue(e.getMessage().contains("--column unit=HEADER"), e.getMessage());
	}

	@Test
	void namedColumnsAreUsed() throws Exception {
		List<ImportedCount> counts = read(Map.of("column.unit", "Kommune-ID", "column.name", "Navn på kommune"));
		assertEquals(1, counts.size());
		assertEquals("0301", counts.get(0).unit());
		assertEquals("Oslo", counts.get(0).unitName());
		assertEquals(800, counts.get(0).value().intValueExact());
	}
}
