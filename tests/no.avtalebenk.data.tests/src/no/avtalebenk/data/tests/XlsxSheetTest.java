package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import no.avtalebenk.data.export.Table;
import no.avtalebenk.data.export.XlsxExport;
import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.text.DelimitedText;
import no.avtalebenk.data.text.XlsxSheet;

/** Reading the first sheet of a workbook, with the parts as Excel writes them. */
class XlsxSheetTest {

	private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

	@Test
	void readsSharedStringsNumbersGapsAndRowNumbers() throws Exception {
		byte[] workbook = zip(
				"xl/workbook.xml", "<workbook " + MAIN + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
						+ "<sheets><sheet name=\"Ark1\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>",
				"xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"worksheets/data.xml\"/></Relationships>",
				"xl/sharedStrings.xml", "<sst " + MAIN + " count=\"3\" uniqueCount=\"3\"><si><t>Kommunenr</t></si>"
						+ "<si><r><t>Ant</t></r><r><rPr><b/></rPr><t>all</t></r></si><si><t>0301</t></si></sst>",
				"xl/worksheets/data.xml", "<worksheet " + MAIN + "><sheetData>"
						+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
						+ "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>2</v></c><c r=\"C4\"><v>1.5E2</v></c><c r=\"D4\"><v>9870.2000000000007</v></c></row>"
						+ "</sheetData></worksheet>");
		DelimitedText sheet = XlsxSheet.read("test.xlsx", workbook);
		// Rich text "Ant" + "all"; column B is empty in the header.
		assertEquals(List.of("Kommunenr", "", "Antall"), sheet.header());
		assertEquals(1, sheet.rows().size());
		// Row 4 keeps its number; 1.5E2 is 150; the double 9870.2000000000007 is 9870.2 at Excel's 15 digits.
		assertEquals(4, sheet.rows().get(0).line());
		assertEquals(List.of("0301", "", "150", "9870.2"), sheet.rows().get(0).fields());
	}

	@Test
	void readsWhatTheExportWrites() throws Exception {
		byte[] workbook = XlsxExport.write(new Table("t", List.of("unit", "value"), List.of(Arrays.asList("0301", new BigDecimal("12.50")))));
		DelimitedText sheet = DelimitedText.read("t.xlsx", workbook, null, (char) 0);
		assertEquals(List.of("unit", "value"), sheet.header());
		assertEquals(List.of("0301", "12.5"), sheet.rows().get(0).fields());
	}

	@Test
	void refusesADoctype() throws Exception {
		byte[] workbook = zip("xl/workbook.xml", "<!DOCTYPE workbook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><workbook " + MAIN + ">&x;</workbook>");
		ImportException e = assertThrows(ImportException.class, () -> XlsxSheet.read("evil.xlsx", workbook));
		assertTrue(e.getMessage().startsWith("evil.xlsx: the workbook's part xl/workbook.xml holds malformed XML at line 1, column "), e.getMessage());
	}

	private static byte[] zip(String... namesAndContents) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
