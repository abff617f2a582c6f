package no.avtalebenk.simulation.pivot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Payments summed into a grid: one row per combination of the row dimensions' members that has
 * payments, one column per member of the column dimension, a total per row, per column and in all.
 * Every figure is an exact sum of {@code PaymentCell} amounts.
 *
 * @param title            what was simulated (the result's title)
 * @param rowDimensions    one or two dimensions, outermost first
 * @param columnDimension  the dimension of the columns
 * @param columns          the column members, in their dimension's order
 * @param rows             the rows, sorted by the row dimensions' orders, outermost first
 * @param columnTotals     per column, the sum over all rows
 * @param total            the sum of every payment
 */
public record PivotTable(String title, List<Dimension> rowDimensions, Dimension columnDimension, List<Member> columns,
		List<Row> rows, List<BigDecimal> columnTotals, BigDecimal total) {

	/** Copies the lists, so that a table never changes. */
	public PivotTable {
		rowDimensions = List.copyOf(rowDimensions);
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		columnTotals = List.copyOf(columnTotals);
	}

	/**
	 * One row.
	 *
	 * @param members one member per row dimension
	 * @param amounts one per column; null where no payment falls in the cell (a municipality pays no
	 *                videregående), which is not the same as a payment of zero
	 * @param total   the sum of the row
	 */
	public record Row(List<Member> members, List<BigDecimal> amounts, BigDecimal total) {

		/** Copies the lists (the amounts may hold nulls). */
		public Row {
			members = List.copyOf(members);
			amounts = Collections.unmodifiableList(new ArrayList<>(amounts));
		}
	}

	/**
	 * @param keys the row's member keys, one per row dimension (e.g. "03" for the county Oslo)
	 * @return the row, or null when no payment falls in it
	 */
	public Row row(String... keys) {
		List<String> wanted = Arrays.asList(keys);
		for (Row row : rows) {
			if (row.members().stream().map(Member::key).toList().equals(wanted)) {
				return row;
			}
		}
		return null;
	}

	/**
	 * @param key a column member's key (e.g. "2026")
	 * @return the column's index, or -1
	 */
	public int column(String key) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}
}
