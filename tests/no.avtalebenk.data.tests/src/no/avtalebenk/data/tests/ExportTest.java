package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import no.avtalebenk.data.export.CellSafety;
import no.avtalebenk.data.export.CsvExport;
import no.avtalebenk.data.export.ExportTables;
import no.avtalebenk.data.export.Table;
import no.avtalebenk.data.export.XlsxExport;
import no.avtalebenk.simulation.pivot.Dimension;
import no.avtalebenk.simulation.pivot.Pivot;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/** CSV and XLSX exports: exact numbers, quoting, and text that would start a formula neutralised. */
class ExportTest {

	private static final Table TABLE = new Table("counts", List.of("unit", "note", "value"), List.of(
			Arrays.asList("0301", "=HYPERLINK(\"http://x\")", new BigDecimal("800")),
			Arrays.asList("3101", "+47 22 00 00 00", new BigDecimal("-5.50")),
			Arrays.asList("4601", "-1", null),
			Arrays.asList("5501", "@SUM(A1)", new BigDecimal("0.125")),
			Arrays.asList("5001", "a;b", new BigDecimal("1E+3"))));

	@Test
	void neutralisesTextThatStartsAFormula() {
		assertEquals("'=1+1", CellSafety.neutralise("=1+1"));
		assertEquals("'+1", CellSafety.neutralise("+1"));
		assertEquals("'-1", CellSafety.neutralise("-1"));
		assertEquals("'@A1", CellSafety.neutralise("@A1"));
		assertEquals("Oslo = hovedstad", CellSafety.neutralise("Oslo = hovedstad"));
	}

	@Test
	void aPivotIsWrittenWithItsTotalsAndEmptyCellsWherePaymentsAreMissing() {
		PaymentResult result = new PaymentResult("t", List.of(
				new PaymentCell("grunnlag", "0301", "grunnskole", 2026, new BigDecimal("100.50"), "f", null, null, null),
				new PaymentCell("grunnlag", "0301", "grunnskole", 2027, new BigDecimal("101.00"), "f", null, null, null),
				new PaymentCell("grunnlag", "03", "videregaende", 2026, new BigDecimal("2000.00"), "f", null, null, null)),
				List.of("grunnskole", "videregaende"), List.of(2026, 2027));
		Table pivot = ExportTables.pivot(Pivot.of(result, null, List.of(Dimension.UNIT), Dimension.YEAR));
		// 100.50 + 101.00 = 201.50; 2000.00 + 100.50 = 2100.50; 2000.00 + 201.50 = 2201.50
		assertEquals(String.join("\r\n",
				"unit;2026;2027;total",
				"03;2000.00;;2000.00",
				"0301;100.50;101.00;201.50",
				"total;2100.50;101.00;2201.50", ""), new String(CsvExport.write(pivot), StandardCharsets.UTF_8));
		Table twoLevels = ExportTables.pivot(
				Pivot.of(result, null, List.of(Dimension.YEAR, Dimension.UNIT), Dimension.CATEGORY));
		assertEquals(List.of("year", "unit", "grunnskole", "videregaende", "total"), twoLevels.header());
		assertEquals(Arrays.asList("total", null, new BigDecimal("201.50"), new BigDecimal("2000.00"),
				new BigDecimal("2201.50")), twoLevels.rows().get(twoLevels.rows().size() - 1));
	}

	@Test
	void csvIsSemicolonSeparatedUtf8WithNeutralisedText() {
		String csv = new String(CsvExport.write(TABLE), StandardCharsets.UTF_8);
		assertEquals(String.join("\r\n",
				"unit;note;value",
				"0301;\"'=HYPERLINK(\"\"http://x\"\")\";800",
				"3101;'+47 22 00 00 00;-5.50",
				"4601;'-1;",
				"5501;'@SUM(A1);0.125",
				"5001;\"a;b\";1000",
				""), csv);
	}

	@Test
	void xlsxHoldsTheSameCellsAsAWorkbook() throws Exception {
		Map<String, byte[]> parts = unzip(XlsxExport.write(TABLE));
		assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
				"xl/styles.xml", "xl/worksheets/sheet1.xml")), parts.keySet().toString());
		for (byte[] part : parts.values()) {
			parse(part);
		}
		Document sheet = parse(parts.get("xl/worksheets/sheet1.xml"));
		Map<String, String> cells = new HashMap<>();
		NodeList list = sheet.getElementsByTagName("c");
		for (int i = 0; i < list.getLength(); i++) {
			Element cell = (Element) list.item(i);
			cells.put(cell.getAttribute("r"), cell.getTextContent());
		}
		assertEquals("unit", cells.get("A1"));
		assertEquals("800", cells.get("C2"));
		assertEquals("'=HYPERLINK(\"http://x\")", cells.get("B2"));
		assertEquals("-5.50", cells.get("C3"));
		assertEquals("'-1", cells.get("B4"));
		assertTrue(!cells.containsKey("C4"), "an empty cell is left out");
		assertEquals("1000", cells.get("C6"));
		Document workbook = parse(parts.get("xl/workbook.xml"));
		assertEquals("counts", ((Element) workbook.getElementsByTagName("sheet").item(0)).getAttribute("name"));
	}

	@Test
	void xlsxNamesColumnsBeyondZ() throws Exception {
		List<String> header = new ArrayList<>();
		List<Object> row = new ArrayList<>();
		for (int i = 0; i < 28; i++) {
			header.add("c" + i);
			row.add(BigDecimal.valueOf(i));
		}
		Document sheet = parse(unzip(XlsxExport.write(new Table("wide", header, List.of(row)))).get("xl/worksheets/sheet1.xml"));
		NodeList cells = sheet.getElementsByTagName("c");
		// The 27th and 28th columns are AA and AB.
		assertEquals("AA2", ((Element) cells.item(28 + 26)).getAttribute("r"));
		assertEquals("AB2", ((Element) cells.item(28 + 27)).getAttribute("r"));
	}

	private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
		Map<String, byte[]> parts = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				parts.put(entry.getName(), zip.readAllBytes());
			}
		}
		return parts;
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	@Test
	void exportsWrittenToAFileReplaceItWholeWithoutABackup(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("counts.csv");
		Path xlsx = dir.resolve("counts.xlsx");
		Files.writeString(csv, "old");
		CsvExport.write(TABLE, csv);
		XlsxExport.write(TABLE, xlsx);
		assertArrayEquals(CsvExport.write(TABLE), Files.readAllBytes(csv));
		// A zip entry carries the time it was written, so the workbooks are compared by their sheets.
		assertArrayEquals(unzip(XlsxExport.write(TABLE)).get("xl/worksheets/sheet1.xml"),
				unzip(Files.readAllBytes(xlsx)).get("xl/worksheets/sheet1.xml"));
		try (var files = Files.list(dir)) {
			assertEquals(List.of("counts.csv", "counts.xlsx"), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}
}
