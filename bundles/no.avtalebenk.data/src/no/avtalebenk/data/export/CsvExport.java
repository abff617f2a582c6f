package no.avtalebenk.data.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import no.avtalebenk.model.io.AtomicFiles;

/**
 * Writes a {@link Table} as CSV for spreadsheets and programs: UTF-8, semicolon-separated, lines
 * ending in CRLF (RFC 4180), numbers with a point and no grouping, text quoted when it holds a
 * semicolon, a quote or a line break, and text that could start a formula neutralised
 * ({@link CellSafety}).
 */
public final class CsvExport {

	private CsvExport() {
	}

	/**
	 * Writes the table to a file through {@link AtomicFiles}: the file is replaced only by a complete
	 * CSV, and a failed write leaves it unchanged. No backup is kept: an export is made again from
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
	 * @return the CSV bytes
	 */
	public static byte[] write(Table table) {
		StringBuilder out = new StringBuilder();
		line(out, List.copyOf(table.header()));
		for (List<Object> row : table.rows()) {
			line(out, row);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(';');
			}
			Object cell = cells.get(i);
			if (cell instanceof BigDecimal number) {
				out.append(number.toPlainString());
			} else if (cell != null) {
				String text = CellSafety.neutralise((String) cell);
				if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
					out.append('"').append(text.replace("\"", "\"\"")).append('"');
				} else {
					out.append(text);
				}
			}
		}
		out.append("\r\n");
	}
}
