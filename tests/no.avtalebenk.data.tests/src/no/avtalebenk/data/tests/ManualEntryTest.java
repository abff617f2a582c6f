package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.data.dataset.DataSetImport;
import no.avtalebenk.data.dataset.FileImport;
import no.avtalebenk.data.dataset.ManualEntry;
import no.avtalebenk.data.export.ExportFormat;
import no.avtalebenk.data.importers.csv.CsvImporter;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.Provenance;

/**
 * What the workbench's data set editor and wizards share with the command line: a hand-entered
 * value's provenance, the file reading with its retrieved date, the import check that writes nothing,
 * and the export formats.
 */
class ManualEntryTest {

	@TempDir
	Path dir;

	@Test
	void aManualEntryNamesWhoAndWhenAndKeepsWhatItReplaced() {
		Count count = AvtaleFactory.eINSTANCE.createCount();
		count.setValue(new BigDecimal("76224"));
		Provenance estimate = AvtaleFactory.eINSTANCE.createProvenance();
		estimate.setSource("Avtalebenk reference data set");
		estimate.setEstimated(true);
		estimate.setMethod("split by inhabitants");
		count.setProvenance(estimate);

		Provenance manual = ManualEntry.provenance(count, "kari", Instant.parse("2026-12-02T07:15:30.250Z"));
		assertEquals("manual entry by kari", manual.getSource());
		assertEquals("2026-12-02", manual.getRetrieved());
		assertFalse(manual.isEstimated());
		assertEquals("entered by hand at 2026-12-02T07:15:30Z; replaces 76224 (estimate; source: Avtalebenk reference data set; "
				+ "method: split by inhabitants)", manual.getMethod());
		assertTrue(ManualEntry.isManual(manual));
		assertEquals("kari", ManualEntry.who(manual));
		assertFalse(ManualEntry.isManual(estimate));
		assertEquals("split by inhabitants", count.getProvenance().getMethod(), "the count itself is not changed");
	}

	@Test
	void theFileIsReadWithItsDateAsTheRetrievedDateAndTheCheckWritesNothing() throws Exception {
		Path csv = dir.resolve("tall.csv");
		Files.writeString(csv, "kommunenummer;kategori;år;antall\n0301;grunnskole;2026;76000\n4601;grunnskole;2026;31000\n",
				StandardCharsets.UTF_8);
		Files.setLastModifiedTime(csv, FileTime.from(Instant.parse("2025-10-01T12:00:00Z")));
		var counts = FileImport.read(new CsvImporter(), csv, "tall.csv", Map.of());
		assertEquals(List.of("2025-10-01", "2025-10-01"), counts.stream().map(c -> c.retrieved()).toList());
		assertEquals("2026-01-15", FileImport.read(new CsvImporter(), csv, "tall.csv", Map.of("retrieved", "2026-01-15")).get(0)
				.retrieved(), "a date given wins");

		Path dataSet = dir.resolve("tall.avtale");
		DataSetImport.Summary checked = DataSetImport.check(counts, "tall.csv", dataSet, List.of(), List.of());
		assertTrue(checked.created());
		assertEquals(2, checked.added());
		assertEquals(Map.of("grunnskole", Map.of(2026, new BigDecimal("107000"))), checked.totals());
		assertFalse(Files.exists(dataSet), "checked, not written");
		DataSetImport.apply(counts, "tall.csv", dataSet, List.of(), List.of());
		byte[] written = Files.readAllBytes(dataSet);
		DataSetImport.Summary again = DataSetImport.check(counts, "tall.csv", dataSet, List.of(), List.of());
		assertEquals(0, again.added());
		assertEquals(2, again.replaced());
		assertArrayEquals(written, Files.readAllBytes(dataSet));
	}

	@Test
	void theExportFormatsAreNamedAsOnTheCommandLine() {
		assertEquals(ExportFormat.CSV, ExportFormat.named("csv").orElseThrow());
		assertEquals(ExportFormat.XLSX, ExportFormat.named("XLSX").orElseThrow());
		assertTrue(ExportFormat.named("pdf").isEmpty());
		assertEquals("xlsx", ExportFormat.XLSX.extension());
	}
}
