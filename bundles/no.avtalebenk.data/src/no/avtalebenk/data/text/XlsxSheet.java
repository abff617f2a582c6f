package no.avtalebenk.data.text;

import java.io.ByteArrayInputStream;
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
	private static final long MAX_PART = 200L * 1024 * 1024;
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
			NodeList items = parse(file, builder, parts.get("xl/sharedStrings.xml")).getElementsByTagNameNS(MAIN, "si");
			for (int i = 0; i < items.getLength(); i++) {
				shared.add(text((Element) items.item(i)));
			}
		}
		byte[] sheet = parts.get(sheetPart);
		if (sheet == null) {
			throw new ImportException(ImportProblem.of(file, "the workbook names the worksheet " + sheetPart + ", which it does not contain"));
		}
		NodeList rowNodes = parse(file, builder, sheet).getElementsByTagNameNS(MAIN, "row");
		List<DelimitedText.Row> rows = new ArrayList<>();
		int previous = 0;
		for (int r = 0; r < rowNodes.getLength(); r++) {
			Element row = (Element) rowNodes.item(r);
			int number = row.hasAttribute("r") ? Integer.parseInt(row.getAttribute("r")) : previous + 1;
			previous = number;
			TreeMap<Integer, String> cells = new TreeMap<>();
			NodeList cellNodes = row.getElementsByTagNameNS(MAIN, "c");
			int column = 0;
			for (int c = 0; c < cellNodes.getLength(); c++) {
				Element cell = (Element) cellNodes.item(c);
				column = cell.hasAttribute("r") ? columnOf(cell.getAttribute("r")) : column + 1;
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
				return new BigDecimal(raw.trim()).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
			} catch (NumberFormatException e) {
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

	/** @return the 1-based column of a cell reference such as "AB12" (AB is 28) */
	private static int columnOf(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
		}
		return column;
	}

	private static String firstSheet(String file, DocumentBuilder builder, Map<String, byte[]> parts) throws ImportException {
		if (!parts.containsKey("xl/workbook.xml")) {
			throw new ImportException(ImportProblem.of(file, "the file is a zip archive but no Excel workbook (xl/workbook.xml is missing)"));
		}
		NodeList sheets = parse(file, builder, parts.get("xl/workbook.xml")).getElementsByTagNameNS(MAIN, "sheet");
		if (sheets.getLength() == 0 || !parts.containsKey("xl/_rels/workbook.xml.rels")) {
			return "xl/worksheets/sheet1.xml";
		}
		String id = ((Element) sheets.item(0)).getAttributeNS(RELATIONSHIPS, "id");
		NodeList relationships = parse(file, builder, parts.get("xl/_rels/workbook.xml.rels")).getElementsByTagName("Relationship");
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
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
					parts.put(entry.getName(), limited(file, zip, entry.getName()));
				}
			}
		} catch (IOException e) {
			throw new ImportException(ImportProblem.of(file, "the workbook cannot be unpacked: " + e.getMessage()));
		}
		return parts;
	}

	private static byte[] limited(String file, InputStream in, String name) throws IOException, ImportException {
		byte[] part = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_PART + 1));
		if (part.length > MAX_PART) {
			throw new ImportException(ImportProblem.of(file, "the workbook part " + name + " is larger than 200 MB"));
		}
		return part;
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

	private static Document parse(String file, DocumentBuilder builder, byte[] part) throws ImportException {
		try {
			return builder.parse(new ByteArrayInputStream(part));
		} catch (SAXException | IOException e) {
			throw new ImportException(ImportProblem.of(file, "the workbook holds malformed XML: " + e.getMessage()));
		}
	}
}
