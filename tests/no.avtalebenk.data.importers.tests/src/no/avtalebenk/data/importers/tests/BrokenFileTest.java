package no.avtalebenk.data.importers.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.data.dataset.DataSetImport;
import no.avtalebenk.data.importer.ImportException;

/** Broken files are rejected whole, every problem named with file, line and column. */
class BrokenFileTest {

	@TempDir
	Path dir;

	@Test
	void gsiNamesEveryBadValueAndImportsNothing() throws Exception {
		Path dataSet = dir.resolve("data.avtale");
		Samples.importInto("gsi", "gsi-kulturskole-sample.csv", Map.of(), dataSet);
		byte[] before = Files.readAllBytes(dataSet);
		ImportException e = assertThrows(ImportException.class,
				() -> DataSetImport.apply(Samples.read("gsi", "gsi-broken-value.csv", Map.of()), "gsi-broken-value.csv", dataSet));
		// Line 3 field 8 holds "tolv"; line 4 field 8 holds "*", a suppressed value.
		assertEquals(2, e.problems().size(), e.getMessage());
		assertTrue(e.problems().get(0).toString().startsWith("gsi-broken-value.csv:3:8: \"A-15 Sum elever ved skolen (d57)\""), e.getMessage());
		assertTrue(e.problems().get(1).toString().startsWith("gsi-broken-value.csv:4:8:"), e.getMessage());
		assertTrue(e.problems().get(1).message().contains("suppressed"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(dataSet));
	}

	@Test
	void excelWorkbookNamesRowAndColumnOfTheBadCell() {
		ImportException e = assertThrows(ImportException.class, () -> Samples.read("gsi", "gsi-broken.xlsx", Map.of()));
		// Cell D3 holds the text "tolv": row 3, column 4.
		assertEquals("gsi-broken.xlsx:3:4: \"A-15 Sum elever ved skolen (d57)\" 'tolv' is not a number", e.getMessage());
	}

	@Test
	void jsonSyntaxErrorNamesLineAndColumn() {
		ImportException e = assertThrows(ImportException.class, () -> Samples.read("kostra", "kostra-12187-broken.json", Map.of()));
		// Line 122 lacks its comma, so the value on line 123 (indented by two spaces) is unexpected.
		assertEquals("kostra-12187-broken.json:123:3: JSON: expected ',' or ']' after a value (a comma is missing, or the array is not closed)",
				e.getMessage());
	}

	@Test
	void dbhRejectsACountyThatIsNoNumber() {
		ImportException e = assertThrows(ImportException.class, () -> Samples.read("dbh", "dbh-broken.csv", Map.of()));
		assertEquals("dbh-broken.csv:3:3: \"Fylkesnr\" is 'Vestland', not a fylkesnummer of two digits", e.getMessage());
	}

	@Test
	void formerMunicipalityNumberIsRejectedWithTheCurrentOne() throws Exception {
		Path dataSet = dir.resolve("data.avtale");
		ImportException e = assertThrows(ImportException.class,
				() -> DataSetImport.apply(Samples.read("pai", "pai-old-number.csv", Map.of("year", "2025")), "pai-old-number.csv", dataSet));
		// 3001 was Halden's number in Viken (2020–2023); since the 2024 county split it is 3101. The row gives five
		// counts (paiTotal, paiUndervisning, paiSfo, paiKulturskole, administrasjon) but one problem, at the unit's field 1.
		assertEquals(1, e.problems().size(), e.getMessage());
		assertTrue(e.getMessage().startsWith("pai-old-number.csv:3:1: unknown unit 3001 (Halden), read from column \"Kommunenummer\" on 1 row"
				+ " (the first here): "), e.getMessage());
		assertTrue(e.getMessage().contains("it is now 3101 Halden"), e.getMessage());
		// Nothing is half imported: Oslo's valid row on line 2 is not written either; the file was not even created.
		assertFalse(Files.exists(dataSet));
	}
}
