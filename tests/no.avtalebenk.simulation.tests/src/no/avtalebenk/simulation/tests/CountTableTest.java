package no.avtalebenk.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.counts.CountTable;

/** A broken counts file is rejected whole, with file, line and column. */
class CountTableTest {

	private static final String HEADER = "unit;name;category;year;value;estimate;source;method\n";

	private static CountTable read(String text) throws Exception {
		return CountTable.read("tall.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void readsCountsWithProvenance() throws Exception {
		CountTable table = read("# comment\n" + HEADER + "0301;Oslo;grunnskole;2026;57000;nei;GSI A-15 d57;\n");
		assertEquals("57000", table.get("0301", "grunnskole", 2026).orElseThrow().value().toPlainString());
		assertEquals("GSI A-15 d57", table.get("0301", "grunnskole", 2026).orElseThrow().provenance().source());
	}

	@Test
	void aCategoryAUnitNeverHoldsCountsAsZeroButAGapInAYearStays() throws Exception {
		CountTable table = read(HEADER + "0301;Oslo;grunnskole;2026;57000;nei;GSI;\n0301;Oslo;grunnskole;2027;56000;nei;GSI;\n"
				+ "32;Akershus fylkeskommune;videregaende;2026;30000;nei;KOSTRA 12187;\n")
				.withCategoriesNotHeldAsZero("data.avtale", List.of("grunnskole", "videregaende"), List.of(2026, 2027));
		assertEquals(BigDecimal.ZERO, table.get("0301", "videregaende", 2027).orElseThrow().value());
		assertEquals("none in data.avtale: the unit has no videregaende in any year, so it is billed for none",
				table.get("0301", "videregaende", 2026).orElseThrow().provenance().source());
		assertEquals(BigDecimal.ZERO, table.get("32", "grunnskole", 2026).orElseThrow().value());
		assertEquals("Akershus fylkeskommune", table.get("32", "grunnskole", 2026).orElseThrow().unitName());
		// the county has videregående in 2026 but not in 2027: a gap, still missing
		assertTrue(table.get("32", "videregaende", 2027).isEmpty());
		assertEquals("57000", table.get("0301", "grunnskole", 2026).orElseThrow().value().toPlainString());
		assertEquals(7, table.all().size());
	}

	@Test
	void unitsInFileOrderYearsAscendingAndNamesAlsoAfterTheZerosAreAdded() throws Exception {
		CountTable table = read(HEADER + "32;Akershus fylkeskommune;videregaende;2027;30000;nei;KOSTRA;\n"
				+ "0301;Oslo;grunnskole;2026;57000;nei;GSI;\n0301;Oslo kommune;grunnskole;2027;56000;nei;GSI;\n");
		assertEquals(List.of("32", "0301"), table.units());
		assertEquals(List.of(2026, 2027), table.years());
		// the first name a unit is given in the file
		assertEquals("Oslo", table.unitName("0301"));
		assertEquals("9999", table.unitName("9999"));
		CountTable zeros = table.withCategoriesNotHeldAsZero("data.avtale", List.of("grunnskole", "videregaende"),
				List.of(2025, 2026, 2027));
		assertEquals(List.of(2025, 2026, 2027), zeros.years());
		assertEquals(List.of("32", "0301"), zeros.units());
		assertEquals("Akershus fylkeskommune", zeros.unitName("32"));
		assertEquals(List.of(2026, 2027), table.years());
	}

	@Test
	void badNumberNamesLineAndColumn() {
		CountFileException e = assertThrows(CountFileException.class,
				() -> read(HEADER + "0301;Oslo;grunnskole;2026;57000;nei;x;\n0301;Oslo;kulturskole;2026;12,5;nei;x;\n"));
		assertEquals("tall.csv:3:28: count '12,5' is not a number (write 589453 or 12.5)", e.getMessage());
	}

	@Test
	void unitCountedTwiceIsRejected() {
		CountFileException e = assertThrows(CountFileException.class,
				() -> read(HEADER + "0301;Oslo;grunnskole;2026;1;nei;x;\n0301;Oslo;grunnskole;2026;2;nei;x;\n"));
		assertEquals("tall.csv:3:1: unit 0301 is counted twice for grunnskole in 2026", e.getMessage());
	}

	@Test
	void missingHeaderIsRejected() {
		CountFileException e = assertThrows(CountFileException.class, () -> read("0301;Oslo;grunnskole;2026;1;nei;x;\n"));
		assertEquals("tall.csv:1:1: expected the header 'unit;name;category;year;value;estimate;source;method'",
				e.getMessage());
	}
}
