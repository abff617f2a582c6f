package no.avtalebenk.data.importers.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.data.dataset.DataSetImport;
import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.ImporterRegistry;
import no.avtalebenk.data.units.OwnUnits;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.UnitKind;
import no.avtalebenk.model.io.AgreementFiles;

/** Counts for a unit outside the register: one clear problem until the case declares the unit, then imported. */
class OwnUnitsImportTest {

	/** Oslo on line 2; the IKS, which the register does not know, on lines 3 to 5 (field 1, "kommunenummer"). */
	private static final String COUNTS = """
			kommunenummer;kategori;år;antall
			0301;grunnskole;2025;100
			IKS-VEST;grunnskole;2025;12
			IKS-VEST;paiKulturskole;2025;3,5
			IKS-VEST;grunnskole;2026;14
			""";

	@TempDir
	Path dir;

	private static List<ImportedCount> read(String name, String text) throws ImportException {
		return ImporterRegistry.load().get("csv").orElseThrow().importer()
				.read(new ImportInput(name, text.getBytes(StandardCharsets.UTF_8), Map.of()));
	}

	private static ReportingUnit unit(AgreementModel model, String id) {
		return model.getUnits().stream().filter(u -> u.getId().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void anUnknownUnitIsReportedOnceWithItsColumnAndRowsAndTheDataSetIsUnchanged() throws Exception {
		Path dataSet = dir.resolve("data.avtale");
		DataSetImport.apply(read("oslo.csv", "kommunenummer;kategori;år;antall\n0301;grunnskole;2025;90\n"), "oslo.csv", dataSet);
		byte[] before = Files.readAllBytes(dataSet);
		ImportException e = assertThrows(ImportException.class, () -> DataSetImport.apply(read("iks.csv", COUNTS), "iks.csv", dataSet));
		assertEquals(List.of("iks.csv:3:1: unknown unit IKS-VEST, read from column \"kommunenummer\" on 3 rows (the first here): "
				+ "it is not a kommunenummer or fylkesnummer in the register (valid from 2024-01-01); if it is a unit of its own, "
				+ "declare it in the case's enheter.csv (id;name;kind;county;validFrom;validTo;note), see docs/cases.md"),
				e.problems().stream().map(Object::toString).toList());
		// All or nothing: Oslo's valid row is not written either, and no backup or temporary file appears.
		assertArrayEquals(before, Files.readAllBytes(dataSet));
		try (var files = Files.list(dir)) {
			assertEquals(List.of("data.avtale"), files.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void aDeclaredUnitIsAddedWithItsCounts() throws Exception {
		Path dataSet = dir.resolve("data.avtale");
		DataSetImport.apply(read("oslo.csv", "kommunenummer;kategori;år;antall\n0301;grunnskole;2025;90\n"), "oslo.csv", dataSet);
		byte[] before = Files.readAllBytes(dataSet);
		Path enheter = dir.resolve("enheter.csv");
		Files.writeString(enheter, """
				id;name;kind;county;validFrom;validTo;note
				IKS-VEST;Vestland IKS;interMunicipal;46;2024-01-01;;felles arkiv
				TEST1;Testenhet;other;;;;
				""", StandardCharsets.UTF_8);
		List<ReportingUnit> own = OwnUnits.read(enheter, AgreementFiles.load(dataSet));
		DataSetImport.Summary summary = DataSetImport.apply(read("iks.csv", COUNTS), "iks.csv", dataSet, own);
		// Oslo's grunnskole 2025 replaces the 90 imported before; the IKS's three counts are new.
		assertEquals(3, summary.added());
		assertEquals(1, summary.replaced());
		assertEquals(List.of("IKS-VEST"), summary.ownUnits());
		AgreementModel model = AgreementFiles.load(dataSet);
		ReportingUnit iks = unit(model, "IKS-VEST");
		assertEquals("Vestland IKS", iks.getName());
		assertEquals(UnitKind.INTER_MUNICIPAL, iks.getKind());
		assertSame(unit(model, "46"), iks.getCounty());
		assertEquals("2024-01-01", iks.getValidFrom());
		// TEST1 has no counts in the file, so it is not added to the data set.
		assertEquals(0, model.getUnits().stream().filter(u -> u.getId().equals("TEST1")).count());
		assertEquals(0, new BigDecimal("12").compareTo(Samples.value(model, "IKS-VEST", "grunnskole", 2025)));
		assertEquals(0, new BigDecimal("3.5").compareTo(Samples.value(model, "IKS-VEST", "paiKulturskole", 2025)));
		assertEquals(0, new BigDecimal("14").compareTo(Samples.value(model, "IKS-VEST", "grunnskole", 2026)));
		assertEquals(0, new BigDecimal("100").compareTo(Samples.value(model, "0301", "grunnskole", 2025)));
		// The previous version of the data set is kept beside it.
		assertArrayEquals(before, Files.readAllBytes(dir.resolve("data.avtale.bak")));
		// Read against the data set that now holds the IKS, the declaration is still valid; a second import replaces the counts.
		List<ReportingUnit> again = OwnUnits.read(enheter, AgreementFiles.load(dataSet));
		DataSetImport.Summary second = DataSetImport.apply(read("iks.csv", COUNTS), "iks.csv", dataSet, again);
		assertEquals(0, second.added());
		assertEquals(4, second.replaced());
		assertEquals(1, AgreementFiles.load(dataSet).getUnits().stream().filter(u -> u.getId().equals("IKS-VEST")).count());
	}
}
