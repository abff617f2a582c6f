package no.avtalebenk.data.importers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.data.export.CsvExport;
import no.avtalebenk.data.export.ExportTables;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Count;

/**
 * Each importer reads a sample file in its real format into a new data set file, which is read back;
 * the expected values are summed by hand from the sample files (made-up values).
 */
class ImporterRoundTripTest {

	@TempDir
	Path dir;

	@Test
	void gsiGrunnskoleAddsUpSchoolsOfMunicipalOwnersOnly() throws Exception {
		AgreementModel model = Samples.importInto("gsi", "gsi-grunnskole-sample.csv", Map.of("retrieved", "2026-01-15"),
				dir.resolve("data.avtale"));
		// Oslo: schools A and B, 412 + 388 = 800; the private school (150) is not counted.
		assertEquals(0, new BigDecimal("800").compareTo(Samples.value(model, "0301", "grunnskole", 2025)));
		// Halden: one interkommunal school, 275. The "Hele landet" sum row is skipped.
		assertEquals(0, new BigDecimal("275").compareTo(Samples.value(model, "3101", "grunnskole", 2025)));
		assertEquals(2, model.getCounts().size());
		Count oslo = Samples.count(model, "0301", "grunnskole", 2025);
		assertTrue(oslo.getProvenance().getSource().startsWith("GSI (Utdanningsdirektoratet)"));
		assertEquals("A-15 d57: Sum elever ved skolen", oslo.getProvenance().getTableOrField());
		assertEquals("2026-01-15", oslo.getProvenance().getRetrieved());
		assertFalse(oslo.getProvenance().isEstimated());
		// The data set was created with the reference units: the 357 municipalities, 15 counties, Longyearbyen and KS.
		assertEquals(357 + 15 + 2, model.getUnits().size());
		String csv = new String(CsvExport.write(ExportTables.counts(model)), StandardCharsets.UTF_8);
		assertTrue(csv.contains("\r\n0301;Oslo;grunnskole;2025;800;GSI (Utdanningsdirektoratet)"), csv);
	}

	@Test
	void gsiKulturskoleSplitsMusicFromTheOtherLines() throws Exception {
		AgreementModel model = Samples.importInto("gsi", "gsi-kulturskole-sample.csv", Map.of(), dir.resolve("data.avtale"));
		assertEquals(0, new BigDecimal("5210").compareTo(Samples.value(model, "0301", "kulturskoleMusikk", 2025)));
		// Other lines = A-6 + A-7 + A-8 + A-9 + A-10 = 1480 + 730 + 1105 + 0 + 240 = 3555 (5210 + 3555 = A-11's 8765).
		assertEquals(0, new BigDecimal("3555").compareTo(Samples.value(model, "0301", "kulturskoleAndre", 2025)));
		assertEquals(0, new BigDecimal("2960").compareTo(Samples.value(model, "4601", "kulturskoleMusikk", 2025)));
		// 610 + 415 + 820 + 12 + 95 = 1952 (2960 + 1952 = 4912).
		assertEquals(0, new BigDecimal("1952").compareTo(Samples.value(model, "4601", "kulturskoleAndre", 2025)));
	}

	@Test
	void kostraJsonStatTakesCountyOwnedPupilsPerCountyAndYear() throws Exception {
		AgreementModel model = Samples.importInto("kostra", "kostra-12187-sample.json", Map.of(), dir.resolve("data.avtale"));
		// Region 03, Fylkeskommunale, Elever: 19 850 (2023) and 20 115 (2024); region 31 has 2024 only (null in 2023,
		// before the county existed); region 0 (Hele landet) is an aggregate and skipped.
		assertEquals(3, model.getCounts().size());
		assertEquals(0, new BigDecimal("19850").compareTo(Samples.value(model, "03", "videregaende", 2023)));
		assertEquals(0, new BigDecimal("20115").compareTo(Samples.value(model, "03", "videregaende", 2024)));
		assertEquals(0, new BigDecimal("11240").compareTo(Samples.value(model, "31", "videregaende", 2024)));
		Count count = Samples.count(model, "03", "videregaende", 2024);
		assertEquals("tabell 12187: Fylkeskommunale, Elever (antall)", count.getProvenance().getTableOrField());
		assertTrue(count.getProvenance().getSource().startsWith("Statistisk sentralbyrå, 12187:"));
	}

	@Test
	void kostraSelectChoosesAnotherOwner() throws Exception {
		var counts = Samples.read("kostra", "kostra-12187-sample.json", Map.of("select", "Eierforhold=2"));
		// Private owners, Elever, region 03, 2024: 4 402.
		assertTrue(counts.stream().anyMatch(c -> c.unit().equals("03") && c.year() == 2024 && c.value().intValue() == 4402));
	}

	@Test
	void dbhAddsUpSpringFteOfCountyOwnedFagskolerPerCounty() throws Exception {
		AgreementModel model = Samples.importInto("dbh", "dbh-fagskole-sample.csv", Map.of(), dir.resolve("data.avtale"));
		// Oslo: spring 812.5 (the autumn row, 840.0, is not counted).
		assertEquals(0, new BigDecimal("812.5").compareTo(Samples.value(model, "03", "fagskole", 2025)));
		// Vestland: 1204.25 + 96.75 = 1301.00; the private fagskole (300.0) is not counted.
		assertEquals(0, new BigDecimal("1301").compareTo(Samples.value(model, "46", "fagskole", 2025)));
		assertEquals(2, model.getCounts().size());
	}

	@Test
	void paiGivesTheComponentsAndTheAdministrativeBase() throws Exception {
		AgreementModel model = Samples.importInto("pai", "pai-arsverk-sample.csv", Map.of("year", "2025"), dir.resolve("data.avtale"));
		// Oslo: 51 234,5 − 9 870,2 − 1 650,8 − 210,5 = 39 503,0.
		assertEquals(0, new BigDecimal("39503.0").compareTo(Samples.value(model, "0301", "administrasjon", 2025)));
		assertEquals(0, new BigDecimal("51234.5").compareTo(Samples.value(model, "0301", "paiTotal", 2025)));
		assertEquals(0, new BigDecimal("320.4").compareTo(Samples.value(model, "0301", "paiBibliotek", 2025)));
		// Halden: 2 310,0 − 540,5 − 88,0 − 12,5 = 1 669,0.
		assertEquals(0, new BigDecimal("1669.0").compareTo(Samples.value(model, "3101", "administrasjon", 2025)));
		// Vestland fylkeskommune: 4 200,0 − 2 950,0 = 1 250,0.
		assertEquals(0, new BigDecimal("1250.0").compareTo(Samples.value(model, "46", "administrasjon", 2025)));
		// Longyearbyen has no kommunenummer: 180,5 − 30,0 − 8,5 − 2,0 = 140,0.
		assertEquals(0, new BigDecimal("140.0").compareTo(Samples.value(model, "LONGYEARBYEN", "administrasjon", 2025)));
		// KS's own administration (protocol point 6): 245,0.
		assertEquals(0, new BigDecimal("245.0").compareTo(Samples.value(model, "KS", "paiKsAdministrasjon", 2025)));
	}

	@Test
	void paiReadsTheSameFromAnExcelWorkbook() throws Exception {
		AgreementModel model = Samples.importInto("pai", "pai-arsverk-sample.xlsx", Map.of("year", "2025"), dir.resolve("data.avtale"));
		// The same made-up values as the CSV sample: Oslo 51 234.5 − 9 870.2 − 1 650.8 − 210.5 = 39 503.0.
		assertEquals(0, new BigDecimal("39503.0").compareTo(Samples.value(model, "0301", "administrasjon", 2025)));
		assertEquals(0, new BigDecimal("1669.0").compareTo(Samples.value(model, "3101", "administrasjon", 2025)));
		assertEquals(0, new BigDecimal("140.0").compareTo(Samples.value(model, "LONGYEARBYEN", "administrasjon", 2025)));
		assertEquals(0, new BigDecimal("245").compareTo(Samples.value(model, "KS", "paiKsAdministrasjon", 2025)));
		// 5 rows: 4 units × 7 categories + KS × 1 = 29 counts.
		assertEquals(29, model.getCounts().size());
	}

	@Test
	void genericCsvReadsCommasWindows1252AndRestoresLeadingZeros() throws Exception {
		AgreementModel model = Samples.importInto("csv", "csv-generic-sample.csv", Map.of("category", "paiBibliotek"), dir.resolve("data.avtale"));
		// "301" is 0301 with the leading zero lost in a spreadsheet; decimal point in a comma-separated file.
		assertEquals(0, new BigDecimal("12.5").compareTo(Samples.value(model, "0301", "paiBibliotek", 2025)));
		assertEquals(0, new BigDecimal("7").compareTo(Samples.value(model, "5501", "paiBibliotek", 2025)));
		assertEquals("Tromsø", Samples.count(model, "5501", "paiBibliotek", 2025).getUnit().getName());
		assertEquals("CSV file csv-generic-sample.csv", Samples.count(model, "5501", "paiBibliotek", 2025).getProvenance().getSource());
	}

	@Test
	void importingAgainReplacesInsteadOfAdding() throws Exception {
		Path dataSet = dir.resolve("data.avtale");
		Samples.importInto("dbh", "dbh-fagskole-sample.csv", Map.of(), dataSet);
		AgreementModel again = Samples.importInto("dbh", "dbh-fagskole-sample.csv", Map.of(), dataSet);
		assertEquals(2, again.getCounts().size());
	}
}
