package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImporterRegistry;
import no.avtalebenk.data.text.DelimitedText;
import no.avtalebenk.data.text.InputLimits;
import no.avtalebenk.data.text.Json;
import no.avtalebenk.data.text.XlsxSheet;

/**
 * The readers of JSON, CSV and workbooks refuse what is not their format, each with the place and
 * in words, instead of reading something else (a number 01, a value glued to a closing quote) or
 * failing with an internal error or running out of stack or memory.
 */
class StrictReadersTest {

	private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

	private static String jsonError(String text) {
		return assertThrows(ImportException.class, () -> Json.parse("t.json", text)).getMessage();
	}

	@Test
	void jsonIsReadStrictly() throws Exception {
		assertEquals(new BigDecimal("1.5"), Json.parse("t.json", "[1.5]").elements().get(0).value());
		// A leading zero and a trailing point are no JSON numbers; the old reader took them as 1.
		assertTrue(jsonError("[01]").startsWith("t.json:1:"), jsonError("[01]"));
		assertTrue(jsonError("[01]").contains("this is not JSON (near"), jsonError("[01]"));
		assertTrue(jsonError("[1.]").startsWith("t.json:1:"), jsonError("[1.]"));
		assertTrue(jsonError("[1.]").contains("this is not JSON"), jsonError("[1.]"));
		// A raw control character in a string must be escaped.
		assertTrue(jsonError("[\"a\u0001b\"]").matches("t\\.json:1:\\d+: JSON: a string holds a control character.*"), jsonError("[\"a\u0001b\"]"));
		// A name given twice: one value would silently win.
		assertEquals("t.json:2:3: JSON: the member \"a\" is given twice in this object (also at line 1, column 7)", jsonError("{\"a\": 1,\n  \"a\": 2}"));
		// Nesting far beyond any JSON-stat: refused at the limit instead of a stack overflow.
		String deep = "[".repeat(100_000) + "]".repeat(100_000);
		assertTrue(jsonError(deep).startsWith("t.json:1:"), jsonError(deep));
		assertTrue(jsonError(deep).contains("nested deeper than " + InputLimits.MAX_JSON_DEPTH + " levels"), jsonError(deep));
		assertEquals("t.json:1:3: JSON: the file ends before the JSON value is complete", jsonError("[1"));
	}

	@Test
	void jsonValuesKnowTheirPlace() throws Exception {
		Json.Node root = Json.parse("t.json", "{\"a\": [1, \"x\",\n  true, null, {\"b\": -2.5e3}]}");
		List<Json.Node> a = root.get("a").elements();
		assertEquals(List.of(1, 8), List.of(a.get(0).line(), a.get(0).column()));
		assertEquals(List.of(1, 11), List.of(a.get(1).line(), a.get(1).column()));
		assertEquals(List.of(2, 3), List.of(a.get(2).line(), a.get(2).column()));
		assertEquals(List.of(2, 9), List.of(a.get(3).line(), a.get(3).column()));
		Json.Node b = a.get(4).get("b");
		assertEquals(List.of(2, 21), List.of(b.line(), b.column()));
		assertEquals(new BigDecimal("-2.5e3"), b.value());
	}

	@Test
	void csvRefusesTextAfterAClosingQuoteAndControlCharacters() {
		ImportException glued = assertThrows(ImportException.class, () -> DelimitedText.parse("t.csv", "unit;value\n\"x\"y;2\n", ';'));
		assertTrue(glued.getMessage().startsWith("t.csv:2:1: the line cannot be read as ';'-separated text: text follows a closing quote"),
				glued.getMessage());
		ImportException control = assertThrows(ImportException.class, () -> DelimitedText.parse("t.csv", "unit;value\n0301;1\u00002\n", ';'));
		assertEquals("t.csv:2:2: field 2 holds the control character U+0000, which no statistics export has; the file is damaged or no text file",
				control.getMessage());
		ImportException open = assertThrows(ImportException.class, () -> DelimitedText.parse("t.csv", "unit;value\n0301;\"12\n0302;3\n", ';'));
		assertEquals("t.csv:2:1: a quoted field opened on this line is never closed", open.getMessage());
	}

	@Test
	void csvKeepsQuotedSeparatorsLineBreaksAndLineNumbers() throws Exception {
		DelimitedText csv = DelimitedText.parse("t.csv", "Tittel\n\nunit;\"na;me\";value\n0301;\"Oslo\nby\";\"1 \"\"2\"\"\"\n5001;Trondheim;3\n", (char) 0);
		assertEquals(List.of("unit", "na;me", "value"), csv.header());
		assertEquals(4, csv.rows().get(0).line());
		assertEquals(List.of("0301", "Oslo\nby", "1 \"2\""), csv.rows().get(0).fields());
		assertEquals(6, csv.rows().get(1).line());
	}

	@Test
	void workbookCellReferencesAndHugeNumbersAreRefusedWithTheCell() throws Exception {
		ImportException reference = assertThrows(ImportException.class, () -> XlsxSheet.read("t.xlsx", sheet(
				"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>unit</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>value</t></is></c></row>"
						+ "<row r=\"2\"><c r=\"abc\"><v>1</v></c></row>")));
		assertEquals("t.xlsx:2:1: the cell reference 'abc' is not one such as B7 (letters for the column, digits for the row);"
				+ " the workbook is damaged", reference.getMessage());
		ImportException row = assertThrows(ImportException.class, () -> XlsxSheet.read("t.xlsx", sheet("<row r=\"x1\"><c><v>1</v></c></row>")));
		assertEquals("t.xlsx:1:1: the row number 'x1' is not one from 1 to 1048576; the workbook is damaged", row.getMessage());
		// Written out, 1E999999999 has a billion digits.
		ImportException huge = assertThrows(ImportException.class, () -> XlsxSheet.read("t.xlsx", sheet(
				"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>unit</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>value</t></is></c></row>"
						+ "<row r=\"2\"><c r=\"A2\"><v>301</v></c><c r=\"B2\"><v>1E999999999</v></c></row>")));
		assertEquals("t.xlsx:2:2: the cell holds the number 1E+999999999, beyond what an import reads (at most 12 digits before and 6 after"
				+ " the decimal sign)", huge.getMessage());
	}

	@Test
	void aZipBombStopsAtTheLimit() throws Exception {
		// 31 MB of spaces compress to some 30 kB; the reader must stop at 30 MB, not fill the memory.
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write(("<workbook " + MAIN + "/>").getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 31; i++) {
				zip.write(spaces);
			}
		}
		assertTrue(bytes.size() < 200_000, "compressed to " + bytes.size());
		ImportException e = assertThrows(ImportException.class, () -> XlsxSheet.read("bomb.xlsx", bytes.toByteArray()));
		assertEquals("bomb.xlsx: the workbook unpacks to more than 30 MB, the limit for an import (a compressed file that large is no export)",
				e.getMessage());
	}

	@Test
	void jsonStatWithoutLabelsOrWithAFractionalSizeIsNamedWithItsPlace() throws Exception {
		String noLabel = "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"Region\",\"Tid\"],\"size\":[1,1],\n"
				+ "\"dimension\":{\"Region\":{\"category\":{}},\"Tid\":{\"category\":{\"index\":[\"2024\"]}}},\"value\":[5]}";
		ImportException label = assertThrows(ImportException.class, () -> kostra(noLabel));
		assertEquals("t.json:2:35: the category has neither \"index\" nor \"label\"; JSON-stat needs one of them to name the categories",
				label.getMessage());
		String fraction = "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"Region\",\"Tid\"],\n\"size\":[1.5,1],"
				+ "\"dimension\":{},\"value\":[5]}";
		ImportException size = assertThrows(ImportException.class, () -> kostra(fraction));
		assertEquals("t.json:2:9: \"size\" must give each dimension's number of categories as a whole number from 1 to 2000000, not 1.5",
				size.getMessage());
	}

	private static void kostra(String json) throws ImportException {
		ImporterRegistry.load().get("kostra").orElseThrow().importer()
				.read(new ImportInput("t.json", json.getBytes(StandardCharsets.UTF_8), Map.of()));
	}

	private static byte[] sheet(String rows) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write(("<workbook " + MAIN + "/>").getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(("<worksheet " + MAIN + "><sheetData>" + rows + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}
}
