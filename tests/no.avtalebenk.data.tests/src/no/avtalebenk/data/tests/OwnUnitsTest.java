package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.reference.ReferenceDataSet;
import no.avtalebenk.data.units.OwnUnits;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.UnitKind;

/** A case's own reporting units in enheter.csv: read with their fields, every error with its place. */
class OwnUnitsTest {

	private static AgreementModel register;

	@TempDir
	Path dir;

	@BeforeAll
	static void loadRegister() throws Exception {
		register = ReferenceDataSet.emptyDataSet();
	}

	private static ReportingUnit unit(AgreementModel model, String id) {
		return model.getUnits().stream().filter(u -> u.getId().equals(id)).findFirst().orElseThrow();
	}

	private static List<String> problems(String text) {
		ImportException e = assertThrows(ImportException.class,
				() -> OwnUnits.read("enheter.csv", text.getBytes(StandardCharsets.UTF_8), register));
		return e.problems().stream().map(ImportProblem::toString).toList();
	}

	@Test
	void readsAnInterMunicipalCompanyAndATestUnit() throws Exception {
		Path file = dir.resolve("enheter.csv");
		Files.writeString(file, """
				# Egne enheter i saken
				id;name;kind;county;validFrom;validTo;note

				IKS-VEST;Vestland IKS;interMunicipal;46;2024-01-01;;"felles arkiv; fra 2024"
				TEST1;Testenhet;other;;;2027-12-31;
				""", StandardCharsets.UTF_8);
		List<ReportingUnit> units = OwnUnits.read(file, register);
		assertEquals(2, units.size());
		ReportingUnit iks = units.get(0);
		assertEquals("IKS-VEST", iks.getId());
		assertEquals("Vestland IKS", iks.getName());
		assertEquals(UnitKind.INTER_MUNICIPAL, iks.getKind());
		// The county is the register's own county 46 Vestland, not a copy.
		assertSame(unit(register, "46"), iks.getCounty());
		assertEquals("Vestland", iks.getCounty().getName());
		assertEquals("2024-01-01", iks.getValidFrom());
		assertNull(iks.getValidTo());
		assertEquals("declared by the case in enheter.csv: felles arkiv; fra 2024", iks.getProvenance().getSource());
		// Line 1 is a comment and line 3 blank: the unit is on line 4 of the file.
		assertEquals("enheter.csv:4", iks.getProvenance().getTableOrField());
		ReportingUnit test = units.get(1);
		assertEquals("TEST1", test.getId());
		assertEquals("Testenhet", test.getName());
		assertEquals(UnitKind.OTHER, test.getKind());
		assertNull(test.getCounty());
		assertNull(test.getValidFrom());
		assertEquals("2027-12-31", test.getValidTo());
		assertEquals("declared by the case in enheter.csv", test.getProvenance().getSource());
		assertTrue(OwnUnits.isDeclared(test));
		assertEquals(false, OwnUnits.isDeclared(unit(register, "0301")));
	}

	@Test
	void everyBadLineIsReportedWithItsLineAndColumn() {
		List<String> problems = problems("""
				id;name;kind;county;validFrom;validTo;note
				;Uten id;other;;;;
				X1;;other;;;;
				X2;Feil type;iks;;;;
				X3;Feil fylke;other;30;;;
				X4;Første;other;;;;
				X4;Andre;other;;;;
				0301;Oslo;municipality;03;;;
				X5;Feil dato;other;;2024-13-01;2024-02-30;
				X6;Baklengs;other;;2025-01-01;2024-12-31;
				X7;Semikolon;other;;;;notat;mer
				""");
		assertEquals(List.of(
				"enheter.csv:2:1: the id is empty; every unit needs the id the statistics files use for it",
				"enheter.csv:3:2: the name is empty; every unit needs a name",
				"enheter.csv:4:3: unknown kind 'iks'; the kinds are municipality, county, longyearbyen, ksOrganisation, national, "
						+ "interMunicipal, other",
				"enheter.csv:5:4: '30' is not a county of the register; the counties are 03, 11, 15, 18, 31, 32, 33, 34, 39, 40, 42, "
						+ "46, 50, 55, 56",
				"enheter.csv:7:1: the id X4 is declared twice (also on line 6)",
				"enheter.csv:8:1: 0301 is already a unit of the register (Oslo); it need not be declared",
				"enheter.csv:9:5: validFrom '2024-13-01' is not a date; write yyyy-mm-dd, e.g. 2026-01-01",
				"enheter.csv:9:6: validTo '2024-02-30' is not a date; write yyyy-mm-dd, e.g. 2026-01-01",
				"enheter.csv:10:6: validTo 2024-12-31 is before validFrom 2025-01-01",
				"enheter.csv:11:8: the line has more fields than the header's 7; quote a field that holds a semicolon (\"like; this\")"),
				problems);
	}

	@Test
	void aMissingHeaderColumnIsNamed() {
		List<String> problems = problems("""
				# kommentar
				id;name;kind;fylke;validFrom;validTo
				IKS-VEST;Vestland IKS;interMunicipal;46;;
				""");
		assertEquals(List.of(
				"enheter.csv:2:4: unknown column 'fylke'; the header is id;name;kind;county;validFrom;validTo;note",
				"enheter.csv:2:1: the header has no column 'county'; it must be id;name;kind;county;validFrom;validTo;note "
						+ "(county, validFrom, validTo and note may be left empty on a line)",
				"enheter.csv:2:1: the header has no column 'note'; it must be id;name;kind;county;validFrom;validTo;note "
						+ "(county, validFrom, validTo and note may be left empty on a line)"),
				problems);
	}

	@Test
	void aFileWithoutHeaderIsRefused() {
		assertEquals(List.of("enheter.csv: the file has no header; its first line must be id;name;kind;county;validFrom;validTo;note"),
				problems("# bare kommentarer\n\n"));
		assertEquals(List.of("enheter.csv:2:1: the first line must be the header id;name;kind;county;validFrom;validTo;note, "
				+ "not 'IKS-VEST'"), problems("# kommentar\nIKS-VEST\nid;name;kind;county;validFrom;validTo;note\n"));
	}

	@Test
	void addingToAModelResolvesTheCountyThereAndUpdatesAnEarlierDeclaration() throws Exception {
		List<ReportingUnit> declared = OwnUnits.read("enheter.csv", """
				id;name;kind;county;validFrom;validTo;note
				IKS-VEST;Vestland IKS;interMunicipal;46;;;
				""".getBytes(StandardCharsets.UTF_8), register);
		AgreementModel dataSet = ReferenceDataSet.emptyDataSet();
		int before = dataSet.getUnits().size();
		OwnUnits.addTo(dataSet, declared);
		assertEquals(before + 1, dataSet.getUnits().size());
		assertSame(unit(dataSet, "46"), unit(dataSet, "IKS-VEST").getCounty());
		List<ReportingUnit> renamed = OwnUnits.read("enheter.csv", """
				id;name;kind;county;validFrom;validTo;note
				IKS-VEST;Vestlandsarkivet IKS;interMunicipal;;;;
				""".getBytes(StandardCharsets.UTF_8), register);
		OwnUnits.addTo(dataSet, renamed);
		assertEquals(before + 1, dataSet.getUnits().size());
		assertEquals("Vestlandsarkivet IKS", unit(dataSet, "IKS-VEST").getName());
		assertNull(unit(dataSet, "IKS-VEST").getCounty());
	}

	@Test
	void aCountyTheModelLacksIsRefusedAndNothingIsAdded() throws Exception {
		List<ReportingUnit> declared = OwnUnits.read("enheter.csv", """
				id;name;kind;county;validFrom;validTo;note
				TEST1;Testenhet;other;;;;
				IKS-VEST;Vestland IKS;interMunicipal;46;;;
				""".getBytes(StandardCharsets.UTF_8), register);
		AgreementModel empty = AvtaleFactory.eINSTANCE.createAgreementModel();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OwnUnits.addTo(empty, declared));
		assertEquals("the model has no county for the own units IKS-VEST (county 46)", e.getMessage());
		assertEquals(0, empty.getUnits().size());
	}
}
