package no.avtalebenk.data.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportProblem;

/**
 * A delimited text file (CSV) as read from an export: a header row and data rows, each row knowing
 * its line number so that problems name the place. Lines without any filled field (blank, or only
 * separators as spreadsheets write them) are left out, as is a title line above the header. Fields may be quoted with double quotes (a quote
 * inside is doubled) and may then hold the separator or line breaks (RFC 4180). The separator is a
 * semicolon (Norwegian exports, where the comma is the decimal sign), a tab or a comma; without an
 * explicit choice the first lines decide: a semicolon in them means semicolons.
 *
 * @param file    the file name for messages
 * @param header  the header's fields, trimmed
 * @param rows    the data rows; blank lines are left out
 * @param decimalComma true when a comma in a number is the decimal sign (semicolon-separated text); false
 *                for comma-separated text and workbooks
 */
public record DelimitedText(String file, List<String> header, List<Row> rows, boolean decimalComma) {

	/**
	 * One data row.
	 *
	 * @param line   line number of the row's first character (1-based)
	 * @param fields the fields, trimmed
	 */
	public record Row(int line, List<String> fields) {

		/**
		 * @param column a column index from 0
		 * @return the field, or the empty string when the row is shorter
		 */
		public String field(int column) {
			return column < fields.size() ? fields.get(column) : "";
		}
	}

	/**
	 * Reads an export that is either delimited text or an Excel workbook (.xlsx, recognised by its
	 * content, not its name), so that every importer of CSV files also takes the workbook a user
	 * saved from Excel. In a workbook the line is the row number and the column the cell's column
	 * (A = 1), and numbers have a decimal point.
	 *
	 * @param file      the file name for messages
	 * @param bytes     the content
	 * @param encoding  the text encoding (see {@link TextDecoding}), or null to detect
	 * @param separator ';' or ',', or 0 to decide from the header
	 * @return the parsed file
	 * @throws ImportException when it cannot be read
	 */
	public static DelimitedText read(String file, byte[] bytes, String encoding, char separator) throws ImportException {
		if (XlsxSheet.isZip(bytes)) {
			return XlsxSheet.read(file, bytes);
		}
		return parse(file, TextDecoding.decode(file, bytes, encoding), separator);
	}

	/**
	 * @param file      the file name for messages
	 * @param text      the decoded content
	 * @param separator ';' or ',', or 0 to decide from the header
	 * @return the parsed file
	 * @throws ImportException when the file is empty or a quote is not closed
	 */
	public static DelimitedText parse(String file, String text, char separator) throws ImportException {
		// The first lines decide, not only the first: a title line above the header has no separator.
		String head = String.join("\n", text.lines().filter(l -> !l.isBlank()).limit(5).toList());
		if (head.isEmpty()) {
			throw new ImportException(ImportProblem.of(file, "the file is empty; expected a header line and data lines"));
		}
		char sep = separator != 0 ? separator : head.indexOf(';') >= 0 ? ';' : head.indexOf('\t') >= 0 ? '\t' : ',';
		List<Row> all = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int rowLine = 1;
		int quoteLine = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
				quoteLine = line;
			} else if (c == sep) {
				fields.add(field.toString().trim());
				field.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString().trim());
				field.setLength(0);
				if (fields.stream().anyMatch(f -> !f.isEmpty())) {
					all.add(new Row(rowLine, List.copyOf(fields)));
				}
				fields.clear();
				line++;
				rowLine = line;
			} else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new ImportException(new ImportProblem(file, quoteLine, 0, "a quoted field opened on this line is never closed"));
		}
		fields.add(field.toString().trim());
		if (fields.stream().anyMatch(f -> !f.isEmpty())) {
			all.add(new Row(rowLine, List.copyOf(fields)));
		}
		return withHeader(file, all, sep == ';');
	}

	/**
	 * Takes the first row with at least two filled fields as the header: downloads from SSB, DBH and
	 * GSI often begin with a title line (the table's name) above it, which is skipped.
	 */
	static DelimitedText withHeader(String file, List<Row> all, boolean decimalComma) throws ImportException {
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).fields().stream().filter(f -> !f.isEmpty()).count() >= 2) {
				return new DelimitedText(file, all.get(i).fields(), List.copyOf(all.subList(i + 1, all.size())), decimalComma);
			}
		}
		throw new ImportException(ImportProblem.of(file, "no header line found: expected a line naming at least two columns"));
	}

	/**
	 * @param names header names to look for, compared without case, spaces or punctuation
	 * @return the index of the first column whose header equals one of the names
	 */
	public Optional<Integer> column(String... names) {
		for (String name : names) {
			String wanted = normalise(name);
			for (int i = 0; i < header.size(); i++) {
				if (normalise(header.get(i)).equals(wanted)) {
					return Optional.of(i);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * @param fragment a piece of a header, e.g. a GSI field code such as {@code d57}
	 * @return the index of the first column whose header holds the fragment as a word
	 */
	public Optional<Integer> columnContaining(String fragment) {
		String pattern = ".*(^|[^\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(fragment.toLowerCase(Locale.ROOT))
				+ "([^\\p{L}\\p{N}]|$).*";
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).toLowerCase(Locale.ROOT).matches(pattern)) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	/**
	 * Finds a column the user may name with the option {@code column.FIELD}, for exports whose
	 * headers differ from the usual ones.
	 *
	 * @param input the import's input, whose {@code column.FIELD} option wins
	 * @param field the field, e.g. {@code unit}
	 * @param names the usual headers, see {@link #column(String...)}
	 * @return the column, if named or found
	 * @throws ImportException when the option names a header the file does not have
	 */
	public Optional<Integer> column(ImportInput input, String field, String... names) throws ImportException {
		Optional<String> named = input.option("column." + field);
		if (named.isEmpty()) {
			return column(names);
		}
		Optional<Integer> found = column(named.get());
		if (found.isEmpty()) {
			throw new ImportException(new ImportProblem(file, 1, 0, "--column " + field + "=" + named.get()
					+ ": the file has no such column; the header is: " + String.join(", ", header)));
		}
		return found;
	}

	/**
	 * @param input the import's input, whose {@code column.FIELD} option wins
	 * @param field the field, e.g. {@code unit}
	 * @param what  what the column holds, for the message
	 * @param names the usual headers
	 * @return the column
	 * @throws ImportException naming the header line when there is none
	 */
	public int requireColumn(ImportInput input, String field, String what, String... names) throws ImportException {
		Optional<Integer> found = column(input, field, names);
		if (found.isPresent()) {
			return found.get();
		}
		throw new ImportException(new ImportProblem(file, 1, 0, "no column for " + what + "; expected a header named "
				+ String.join(" or ", names.length > 3 ? List.of(names).subList(0, 3) : List.of(names)) + ", or name it with --column "
				+ field + "=HEADER (the header is: " + String.join(", ", header) + ")"));
	}

	/**
	 * Reads a number field; on failure adds a problem naming line, column and header.
	 *
	 * @param row          the row
	 * @param column       the column index from 0
	 * @param decimalComma whether a comma is the decimal sign
	 * @param problems     where problems go
	 * @return the number, or null when the field is not one
	 */
	public BigDecimal number(Row row, int column, boolean decimalComma, List<ImportProblem> problems) {
		try {
			BigDecimal value = Numbers.parse(row.field(column), decimalComma);
			if (value.signum() < 0) {
				problems.add(new ImportProblem(file, row.line(), column + 1,
						"\"" + header.get(column) + "\" is " + value.toPlainString() + "; a count cannot be negative"));
				return null;
			}
			return value;
		} catch (NumberFormatException e) {
			problems.add(new ImportProblem(file, row.line(), column + 1, "\"" + header.get(column) + "\" " + e.getMessage()));
			return null;
		}
	}

	private static String normalise(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}
}
