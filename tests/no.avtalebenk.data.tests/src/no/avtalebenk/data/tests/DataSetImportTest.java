package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.data.dataset.DataSetImport;
import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.UnitKind;
import no.avtalebenk.model.io.AgreementFiles;

/** Imports into a data set file are all or nothing. */
class DataSetImportTest {

	@TempDir
	Path dir;

	private static ImportedCount count(String unit, String category, String value, int line) {
		return new ImportedCount(unit, "", category, 2025, new BigDecimal(value), "test", "field", "2026-01-15", line, 4);
	}

	@Test
	void createsTheDataSetAndReplacesOnASecondImport() throws Exception {
		Path dataSet = dir.resolve("data.avtale");
		DataSetImport.Summary first = DataSetImport.apply(List.of(count("0301", "grunnskole", "100", 2)), "a.csv", dataSet);
		assertTrue(first.created());
		assertEquals(1, first.added());
		DataSetImport.Summary second = DataSetImport.apply(List.of(count("0301", "grunnskole", "120", 2), count("3101", "grunnskole", "7", 3)),
				"b.csv", dataSet);
		assertEquals(1, second.added());
		assertEquals(1, second.replaced());
		AgreementModel model = AgreementFiles.load(dataSet);
		assertEquals(2, model.getCounts().size());
		assertEquals(0, new BigDecimal("120").compareTo(model.getCounts().get(0).getValue()));
		assertEquals("2026-01-15", model.getCounts().get(0).getProvenance().getRetrieved());
	}

	@Test
	void oneBadRowLeavesTheDataSetUnchanged() throws Exception {
		Path dataSet = dir.resolve("data.avtale");
		DataSetImport.apply(List.of(count("0301", "grunnskole", "100", 2)), "a.csv", dataSet);
		byte[] before = Files.readAllBytes(dataSet);
		ImportException e = assertThrows(ImportException.class, () -> DataSetImport.apply(List.of(count("0301", "grunnskole", "200", 2),
				count("9999", "grunnskole", "1", 3), count("3101", "elevtall", "1", 4), count("3101", "grunnskole", "1", 5),
				count("3101", "grunnskole", "2", 6)), "b.csv", dataSet));
		assertEquals(3, e.problems().size(), e.getMessage());
		assertTrue(e.problems().get(0).toString().startsWith("b.csv:3:4: unknown unit 9999 in 1 value (the first here): "), e.getMessage());
		assertTrue(e.problems().get(1).toString().startsWith("b.csv:4:4: the data set has no category 'elevtall'"), e.getMessage());
		assertEquals("b.csv:6:4: unit 3101 is counted twice for grunnskole 2025 (also on line 5)", e.problems().get(2).toString());
		assertArrayEquals(before, Files.readAllBytes(dataSet));
	}

	@Test
	void aDeclarationMayNotRedefineAUnitOfTheDataSet() throws Exception {
		Path dataSet = dir.resolve("data.avtale");
		DataSetImport.apply(List.of(count("0301", "grunnskole", "100", 2)), "a.csv", dataSet);
		byte[] before = Files.readAllBytes(dataSet);
		ReportingUnit oslo = AvtaleFactory.eINSTANCE.createReportingUnit();
		oslo.setId("0301");
		oslo.setName("Oslo IKS");
		oslo.setKind(UnitKind.INTER_MUNICIPAL);
		ImportException e = assertThrows(ImportException.class,
				() -> DataSetImport.apply(List.of(count("0301", "grunnskole", "5", 2)), "b.csv", dataSet, List.of(oslo)));
		assertEquals(List.of("b.csv:2:4: unit 0301 is declared in enheter.csv but is already a unit of the data set (Oslo); remove its declaration"),
				e.problems().stream().map(Object::toString).toList());
		assertArrayEquals(before, Files.readAllBytes(dataSet));
	}
}
