package no.avtalebenk.data.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import no.avtalebenk.model.io.AtomicFiles;

/**
 * Writes a {@link Table} as an Office Open XML workbook (.xlsx, ECMA-376) with one sheet: the
 * smallest package Excel, LibreOffice and Apache POI open: content types, the package and workbook
 * relationships, the workbook, one worksheet and a style sheet whose second cell style makes the
 * header bold. Text is written as inline strings (no shared-string table), numbers as numbers in
 * their exact decimal form. Text that could start a formula is neutralised ({@link CellSafety}) as in
 * CSV, so that a copy to CSV stays safe. Written here rather than with a spreadsheet library to keep
 * the target platform free of a large non-OSGi dependency for a one-sheet export.
 */
public final class XlsxExport {

	private XlsxExport() {
	}

	/**
	 * Writes the table to a file through {@link AtomicFiles}: the file is replaced only by a complete
	 * workbook, and a failed write leaves it unchanged. No backup is kept: an export is made again from
	 * its data.
	 *
	 * @param table the table
	 * @param file  the file; its folder must exist
	 * @throws IOException when the file cannot be written
	 */
	public static void write(Table table, Path file) throws IOException {
		AtomicFiles.write(file, write(table), false);
	}

	/**
	 * @param table the table
	 * @return the .xlsx bytes
	 * @throws IOException when the zip cannot be written (in memory, so not expected)
	 */
	public static byte[] write(Table table) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
					</Relationships>""");
			entry(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
					<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(sheetName(table.name()))));
			entry(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
					<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
					</Relationships>""");
			entry(zip, "xl/styles.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
					<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
					<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
					<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
					<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
					<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
					<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
					<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
					</styleSheet>""");
			entry(zip, "xl/worksheets/sheet1.xml", sheet(table));
		}
		return bytes.toByteArray();
	}

	private static String sheet(Table table) {
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
		xml.append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		row(xml, 1, List.copyOf(table.header()), true);
		int r = 2;
		for (List<Object> cells : table.rows()) {
			row(xml, r++, cells, false);
		}
		xml.append("</sheetData></worksheet>");
		return xml.toString();
	}

	private static void row(StringBuilder xml, int r, List<?> cells, boolean header) {
		xml.append("<row r=\"").append(r).append("\">");
		for (int c = 0; c < cells.size(); c++) {
			Object cell = cells.get(c);
			if (cell == null) {
				continue;
			}
			String ref = column(c) + r;
			String style = header ? " s=\"1\"" : "";
			if (cell instanceof BigDecimal number) {
				xml.append("<c r=\"").append(ref).append('"').append(style).append("><v>").append(number.toPlainString()).append("</v></c>");
			} else {
				xml.append("<c r=\"").append(ref).append('"').append(style).append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
						.append(escape(CellSafety.neutralise((String) cell))).append("</t></is></c>");
			}
		}
		xml.append("</row>");
	}

	/** @return the column letters of a 0-based column index: 0 is A, 25 is Z, 26 is AA */
	static String column(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	private static String sheetName(String name) {
		String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
		if (cleaned.isEmpty()) {
			cleaned = "Sheet1";
		}
		return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
	}

	/** Escapes XML text and drops the control characters XML 1.0 cannot hold. */
	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			switch (ch) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			default -> {
				if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
					out.append(ch);
				}
			}
			}
		}
		return out.toString();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
