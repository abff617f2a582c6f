package no.avtalebenk.data.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;

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
	 * (A = 1), and numbers have a decimal point. In text, a filled field to the right of the header is refused.
	 *
	 * @param file      the file name for messages
	 * @param bytes     the content
	 * @param encoding  the text encoding (see {@link TextDecoding}), or null to detect
	 * @param separator ';' or ',', or 0 to decide from the header
	 * @return the parsed file
	 * @throws ImportException when it cannot be read
	 */
	public static DelimitedText read(String file, byte[] bytes, String encoding, char separator) throws ImportException {
		if (bytes.length > InputLimits.MAX_FILE_BYTES) {
			throw new ImportException(ImportProblem.of(file, "the file has " + bytes.length / (1024 * 1024) + " MB; an import reads at most "
					+ InputLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB"));
		}
		if (XlsxSheet.isZip(bytes)) {
			return XlsxSheet.read(file, bytes);
		}
		DelimitedText text = parse(file, TextDecoding.decode(file, bytes, encoding), separator);
		extraFields(file, text.header(), text.rows(), text.decimalComma());
		return text;
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
		int open = unclosedQuote(text, sep);
		if (open > 0) {
			throw new ImportException(new ImportProblem(file, open, 0, "a quoted field opened on this line is never closed"));
		}
		List<Row> all = new ArrayList<>();
		long cells = 0;
		// FastCSV reads RFC 4180; text after a closing quote ("x"y) is refused instead of being glued on.
		CsvReader.CsvReaderBuilder builder = CsvReader.builder().fieldSeparator(sep).quoteCharacter('"')
				.commentStrategy(CommentStrategy.NONE).skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
				.allowExtraCharsAfterClosingQuote(false).trimWhitespacesAroundQuotes(true).detectBomHeader(false);
		CsvRecordHandler handler = CsvRecordHandler.of(c -> c.maxFieldSize(InputLimits.MAX_FIELD_CHARS)
				.maxFields(InputLimits.MAX_CELLS).maxRecordSize(Math.max(InputLimits.MAX_FIELD_CHARS, text.length() + 1)));
		long line = 1;
		try (CsvReader<CsvRecord> reader = builder.build(handler, text)) {
			for (CsvRecord record : reader) {
				line = record.getStartingLineNumber();
				List<String> fields = new ArrayList<>(record.getFieldCount());
				for (int i = 0; i < record.getFieldCount(); i++) {
					String field = record.getField(i);
					int control = controlCharacter(field);
					if (control >= 0) {
						throw new ImportException(new ImportProblem(file, (int) line, i + 1, String.format(
								"field %d holds the control character U+%04X, which no statistics export has; the file is damaged or no text file",
								i + 1, (int) field.charAt(control))));
					}
					fields.add(field.trim());
				}
				cells += fields.size();
				if (cells > InputLimits.MAX_CELLS) {
					throw new ImportException(new ImportProblem(file, (int) line, 0, "the file has more than " + InputLimits.MAX_CELLS
							+ " fields, the limit for an import"));
				}
				if (fields.stream().anyMatch(f -> !f.isEmpty())) {
					all.add(new Row((int) line, List.copyOf(fields)));
				}
			}
		} catch (CsvParseException e) {
			String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
			long at = line;
			Matcher started = Pattern.compile("started in line (\\d+)").matcher(e.getMessage() == null ? "" : e.getMessage());
			if (started.find()) {
				at = Long.parseLong(started.group(1));
			} else if (e.getMessage() != null && e.getMessage().contains("first record")) {
				at = 1;
			}
			throw new ImportException(new ImportProblem(file, (int) at, 0, "the line cannot be read as " + (sep == '\t' ? "tab" : "'" + sep + "'")
					+ "-separated text: " + readable(reason)));
		} catch (IOException e) {
			// Reading from a string does not fail; closing it neither.
			throw new ImportException(ImportProblem.of(file, "the text cannot be read: " + e.getMessage()));
		}
		return withHeader(file, all, sep == ';');
	}

	/** FastCSV's reasons, in the words of the rest of the messages. */
	private static String readable(String reason) {
		if (reason == null) {
			return "unreadable";
		}
		if (reason.startsWith("Unexpected character after closing quote")) {
			return "text follows a closing quote (" + reason.substring(reason.indexOf(':') + 1).trim()
					+ "); a quote inside a quoted field is written twice (\"\")";
		}
		if (reason.contains("exceeds the max field size")) {
			return "a field is longer than " + InputLimits.MAX_FIELD_CHARS + " characters, the limit for a field";
		}
		if (reason.contains("exceeds the max")) {
			return "the line has more fields or characters than an import takes (" + reason + ")";
		}
		return reason;
	}

	/** @return the index of the first control character other than tab and line breaks, or -1 */
	private static int controlCharacter(String field) {
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * FastCSV takes a quote left open up to the end of the file as a field; a damaged file must
	 * instead be named.
	 *
	 * @return the line a quoted field that is never closed opens on, or 0
	 */
	private static int unclosedQuote(String text, char sep) {
		boolean quoted = false;
		boolean fieldStart = true;
		int line = 1;
		int openLine = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean newline = c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					i++;
				} else if (c == '"') {
					quoted = false;
				}
			} else if (c == '"' && fieldStart) {
				quoted = true;
				openLine = line;
			} else if (c != ' ' && c != '\t' || c == sep) {
				fieldStart = c == sep || c == '\n' || c == '\r';
			}
			if (newline) {
				line++;
			}
		}
		return quoted ? openLine : 0;
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
	 * A filled field to the right of the header's last column has no meaning: most often a decimal
	 * comma in a comma-separated file has split a number ("812,5" unquoted becomes 812 and 5), which
	 * must not be read as 812. Empty fields there (spreadsheets write "a;b;;") are harmless. Only
	 * text is checked: in a workbook a number is one cell, and a note beside the table is no value.
	 */
	private static void extraFields(String file, List<String> header, List<Row> rows, boolean decimalComma) throws ImportException {
		int width = header.size();
		while (width > 0 && header.get(width - 1).isEmpty()) {
			width--;
		}
		List<ImportProblem> problems = new ArrayList<>();
		for (Row row : rows) {
			for (int i = width; i < row.fields().size(); i++) {
				if (!row.fields().get(i).isEmpty()) {
					problems.add(new ImportProblem(file, row.line(), i + 1, "the line has " + filled(row) + " fields but the header names "
							+ width + " columns (field " + (i + 1) + " is '" + shorten(row.fields().get(i)) + "')"
							+ (decimalComma ? "" : "; in a comma-separated file a number with a decimal comma must be quoted (\"812,5\")"
									+ " or the file saved with semicolons")));
					break;
				}
			}
			if (problems.size() >= 20) {
				break;
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
	}

	private static int filled(Row row) {
		int n = row.fields().size();
		while (n > 0 && row.fields().get(n - 1).isEmpty()) {
			n--;
		}
		return n;
	}

	private static String shorten(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
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
