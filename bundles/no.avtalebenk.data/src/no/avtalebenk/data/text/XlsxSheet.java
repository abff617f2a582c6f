package no.avtalebenk.data.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportProblem;

/**
 * Reads the first worksheet of an Office Open XML workbook (.xlsx, ECMA-376), as statistics portals
 * and Excel save it, into a {@link DelimitedText}: the first row with two filled cells is the header, each row
 * keeps its spreadsheet row number as its line and each cell its column number (A = 1), so that
 * problems name the cell. Shared strings, inline strings, numbers, booleans and formula results are
 * read; numbers are taken to Excel's 15 significant digits. Read with the JDK's zip and XML parsers (DOCTYPEs
 * refused, entries limited in size) instead of a spreadsheet library, which would need a large
 * non-OSGi dependency in the target platform.
 */
public final class XlsxSheet {

	private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
	/** Excel's last column, XFD. */
	private static final int MAX_COLUMN = 16_384;
	/** Excel's last row. */
	private static final int MAX_ROW = 1_048_576;
	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private XlsxSheet() {
	}

	/**
	 * @param bytes a file's content
	 * @return whether it is a zip archive, as every .xlsx file is
	 */
	public static boolean isZip(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	/**
	 * @param file  the file name for messages
	 * @param bytes the workbook
	 * @return its first worksheet as rows
	 * @throws ImportException when it is no readable workbook or the sheet is empty
	 */
	public static DelimitedText read(String file, byte[] bytes) throws ImportException {
		Map<String, byte[]> parts = unzip(file, bytes);
		DocumentBuilder builder = builder(file);
		String sheetPart = firstSheet(file, builder, parts);
		List<String> shared = new ArrayList<>();
		if (parts.containsKey("xl/sharedStrings.xml")) {
			NodeList items = parse(file, builder, "xl/sharedStrings.xml", parts.get("xl/sharedStrings.xml")).getElementsByTagNameNS(MAIN, "si");
			for (int i = 0; i < items.getLength(); i++) {
				shared.add(text((Element) items.item(i)));
			}
		}
		byte[] sheet = parts.get(sheetPart);
		if (sheet == null) {
			throw new ImportException(ImportProblem.of(file, "the workbook names the worksheet " + sheetPart + ", which it does not contain"));
		}
		NodeList rowNodes = parse(file, builder, sheetPart, sheet).getElementsByTagNameNS(MAIN, "row");
		List<DelimitedText.Row> rows = new ArrayList<>();
		int previous = 0;
		long cellCount = 0;
		for (int r = 0; r < rowNodes.getLength(); r++) {
			Element row = (Element) rowNodes.item(r);
			int number = row.hasAttribute("r") ? rowNumber(file, row.getAttribute("r"), previous + 1) : previous + 1;
			previous = number;
			TreeMap<Integer, String> cells = new TreeMap<>();
			NodeList cellNodes = row.getElementsByTagNameNS(MAIN, "c");
			cellCount += cellNodes.getLength();
			if (cellCount > InputLimits.MAX_CELLS) {
				throw new ImportException(new ImportProblem(file, number, 0, "the worksheet has more than " + InputLimits.MAX_CELLS
						+ " cells, the limit for an import"));
			}
			int column = 0;
			for (int c = 0; c < cellNodes.getLength(); c++) {
				Element cell = (Element) cellNodes.item(c);
				column = cell.hasAttribute("r") ? columnOf(file, cell.getAttribute("r"), number, column + 1) : column + 1;
				if (column > MAX_COLUMN) {
					throw new ImportException(new ImportProblem(file, number, column, "the cell lies beyond column XFD, the last a worksheet has"));
				}
				cells.put(column, value(file, cell, shared, number, column));
			}
			if (cells.values().stream().allMatch(String::isBlank)) {
				continue;
			}
			List<String> fields = new ArrayList<>();
			for (int i = 1; i <= cells.lastKey(); i++) {
				fields.add(cells.getOrDefault(i, "").trim());
			}
			rows.add(new DelimitedText.Row(number, List.copyOf(fields)));
		}
		if (rows.isEmpty()) {
			throw new ImportException(ImportProblem.of(file, "the first worksheet is empty; expected a header row and data rows"));
		}
		return DelimitedText.withHeader(file, rows, false);
	}

	private static String value(String file, Element cell, List<String> shared, int row, int column) throws ImportException {
		String type = cell.getAttribute("t");
		if (type.equals("inlineStr")) {
			NodeList is = cell.getElementsByTagNameNS(MAIN, "is");
			return is.getLength() == 0 ? "" : text((Element) is.item(0));
		}
		NodeList v = cell.getElementsByTagNameNS(MAIN, "v");
		String raw = v.getLength() == 0 ? "" : v.item(0).getTextContent();
		switch (type) {
		case "s" -> {
			try {
				return shared.get(Integer.parseInt(raw.trim()));
			} catch (NumberFormatException | IndexOutOfBoundsException e) {
				throw new ImportException(new ImportProblem(file, row, column, "the cell refers to a shared string " + raw + " that the workbook lacks"));
			}
		}
		case "b" -> {
			return raw.equals("1") ? "TRUE" : "FALSE";
		}
		case "str", "e" -> {
			return raw;
		}
		default -> {
			if (raw.isBlank()) {
				return "";
			}
			try {
				// Workbooks hold binary doubles (9870.2 may be stored as 9870.200000000001); Excel shows and
				// computes with 15 significant digits, so the value is what the user sees in Excel.
				BigDecimal number = new BigDecimal(raw.trim()).round(EXCEL_PRECISION).stripTrailingZeros();
				if (number.signum() != 0 && (number.scale() > InputLimits.MAX_NUMBER_CHARS
						|| number.precision() - number.scale() > InputLimits.MAX_NUMBER_CHARS)) {
					// Written out, 1E999999999 would fill the memory; no count, year or number of a unit is like it.
					throw new ImportException(new ImportProblem(file, row, column, "the cell holds the number " + number
							+ ", beyond what an import reads (at most " + InputLimits.MAX_INTEGER_DIGITS + " digits before and "
							+ InputLimits.MAX_DECIMALS + " after the decimal sign)"));
				}
				return number.toPlainString();
			} catch (NumberFormatException | ArithmeticException e) {
				return raw;
			}
		}
		}
	}

	/** Text of a string item: its t elements in order (plain or rich text runs), without phonetic runs. */
	private static String text(Element item) {
		StringBuilder out = new StringBuilder();
		NodeList ts = item.getElementsByTagNameNS(MAIN, "t");
		for (int i = 0; i < ts.getLength(); i++) {
			Node parent = ts.item(i).getParentNode();
			if (parent != null && "rPh".equals(parent.getLocalName())) {
				continue;
			}
			out.append(ts.item(i).getTextContent());
		}
		return out.toString();
	}

	/**
	 * @param reference a cell reference such as "AB12" (AB is column 28)
	 * @param row       the row the cell lies in, for the message
	 * @param next      the column after the previous cell, for the message
	 * @return the 1-based column
	 * @throws ImportException naming the row when the reference is no cell reference
	 */
	private static int columnOf(String file, String reference, int row, int next) throws ImportException {
		if (!reference.matches("[A-Za-z]{1,3}\\d{1,7}")) {
			throw new ImportException(new ImportProblem(file, row, next, "the cell reference '" + shorten(reference)
					+ "' is not one such as B7 (letters for the column, digits for the row); the workbook is damaged"));
		}
		int column = 0;
		for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
		}
		return column;
	}

	/** @return the row number of a row element's r attribute, which must be 1 to 1 048 576 */
	private static int rowNumber(String file, String reference, int next) throws ImportException {
		if (reference.matches("\\d{1,7}")) {
			int number = Integer.parseInt(reference);
			if (number >= 1 && number <= MAX_ROW) {
				return number;
			}
		}
		throw new ImportException(new ImportProblem(file, next, 0, "the row number '" + shorten(reference)
				+ "' is not one from 1 to " + MAX_ROW + "; the workbook is damaged"));
	}

	private static String shorten(String text) {
		return text.length() <= 20 ? text : text.substring(0, 20) + "…";
	}

	private static String firstSheet(String file, DocumentBuilder builder, Map<String, byte[]> parts) throws ImportException {
		if (!parts.containsKey("xl/workbook.xml")) {
			throw new ImportException(ImportProblem.of(file, "the file is a zip archive but no Excel workbook (xl/workbook.xml is missing)"));
		}
		NodeList sheets = parse(file, builder, "xl/workbook.xml", parts.get("xl/workbook.xml")).getElementsByTagNameNS(MAIN, "sheet");
		if (sheets.getLength() == 0 || !parts.containsKey("xl/_rels/workbook.xml.rels")) {
			return "xl/worksheets/sheet1.xml";
		}
		String id = ((Element) sheets.item(0)).getAttributeNS(RELATIONSHIPS, "id");
		NodeList relationships = parse(file, builder, "xl/_rels/workbook.xml.rels", parts.get("xl/_rels/workbook.xml.rels")).getElementsByTagName("Relationship");
		for (int i = 0; i < relationships.getLength(); i++) {
			Element relationship = (Element) relationships.item(i);
			if (relationship.getAttribute("Id").equals(id)) {
				String target = relationship.getAttribute("Target");
				return target.startsWith("/") ? target.substring(1) : "xl/" + target;
			}
		}
		return "xl/worksheets/sheet1.xml";
	}

	private static Map<String, byte[]> unzip(String file, byte[] bytes) throws ImportException {
		Map<String, byte[]> parts = new HashMap<>();
		long total = 0;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > InputLimits.MAX_ZIP_ENTRIES) {
					throw new ImportException(ImportProblem.of(file, "the workbook has more than " + InputLimits.MAX_ZIP_ENTRIES
							+ " parts, the limit for an import; it is no workbook as Excel saves one"));
				}
				if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
					byte[] part = limited(file, zip, InputLimits.MAX_UNZIPPED_BYTES - total);
					total += part.length;
					parts.put(entry.getName(), part);
				}
			}
		} catch (IOException | IllegalArgumentException e) {
			throw new ImportException(ImportProblem.of(file, "the workbook cannot be unpacked: " + e.getMessage()));
		}
		return parts;
	}

	/** Reads a part in pieces, counting, so that a zip bomb stops at the limit and not at the end of the memory. */
	private static byte[] limited(String file, InputStream in, long room) throws IOException, ImportException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int n;
		while ((n = in.read(buffer)) > 0) {
			if (out.size() + (long) n > room) {
				throw new ImportException(ImportProblem.of(file, "the workbook unpacks to more than "
						+ InputLimits.MAX_UNZIPPED_BYTES / (1024 * 1024) + " MB, the limit for an import (a compressed file that large is no export)"));
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	private static DocumentBuilder builder(String file) throws ImportException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			// A workbook is untrusted input: no DOCTYPEs, so no external entities (XXE) and no entity expansion.
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder();
		} catch (ParserConfigurationException e) {
			throw new ImportException(ImportProblem.of(file, "no XML parser is available: " + e.getMessage()));
		}
	}

	private static Document parse(String file, DocumentBuilder builder, String name, byte[] part) throws ImportException {
		try {
			return builder.parse(new ByteArrayInputStream(part));
		} catch (SAXParseException e) {
			throw new ImportException(ImportProblem.of(file, "the workbook's part " + name + " holds malformed XML at line "
					+ e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage()));
		} catch (SAXException | IOException | RuntimeException e) {
			throw new ImportException(ImportProblem.of(file, "the workbook's part " + name + " holds malformed XML: " + e.getMessage()));
		}
	}
}
