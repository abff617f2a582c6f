package no.avtalebenk.data.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table to export: a header and rows of cells. A cell is text ({@link String}) or a number
 * ({@link BigDecimal}, written exactly, never through binary floating point), or null when empty.
 *
 * @param name   the sheet name in XLSX (at most 31 characters)
 * @param header the column names
 * @param rows   the rows, each as long as the header
 */
public record Table(String name, List<String> header, List<List<Object>> rows) {

	/** Checks that every row is as wide as the header and every cell is text, a number or empty. */
	public Table {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
		for (List<Object> row : rows) {
			if (row.size() != header.size()) {
				throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + header.size());
			}
			for (Object cell : row) {
				if (cell != null && !(cell instanceof String) && !(cell instanceof BigDecimal)) {
					throw new IllegalArgumentException("a cell must be text or a BigDecimal, not " + cell.getClass().getName());
				}
			}
		}
	}
}
