package no.avtalebenk.data.importer;

import java.math.BigDecimal;

/**
 * One count read from a file, before its unit and category are resolved against the data set.
 *
 * @param unit         the unit as the file names it: kommunenummer (4 digits), fylkesnummer (2
 *                     digits), {@code LONGYEARBYEN}, {@code KS}, or the id of one of the case's own
 *                     units
 * @param unitName     the unit's name as the file gives it, or empty; used to suggest a number
 *                     when the number is unknown
 * @param category     the category id, e.g. {@code grunnskole}
 * @param year         the year the count is stored under
 * @param value        the count, not negative
 * @param source       the statistics source, e.g. "GSI (Utdanningsdirektoratet)"
 * @param tableOrField the table or field, e.g. "A-15 d57"
 * @param retrieved    when the export was retrieved (yyyy-mm-dd), or empty
 * @param line         line of the value in the file (1-based)
 * @param column       column of the value (field number for delimited files)
 * @param unitField    the column the unit was read from, as the file names it (a delimited file's
 *                     header, a JSON-stat dimension's id), or empty when not known
 * @param unitColumn   the field number of that column on the count's line (1 is the first field),
 *                     or 0 where the unit has no field of its own (a JSON-stat cell)
 */
public record ImportedCount(String unit, String unitName, String category, int year, BigDecimal value, String source,
		String tableOrField, String retrieved, int line, int column, String unitField, int unitColumn) {

	/**
	 * A count whose unit column is not known.
	 *
	 * @param unit         see {@link #unit()}
	 * @param unitName     see {@link #unitName()}
	 * @param category     see {@link #category()}
	 * @param year         see {@link #year()}
	 * @param value        see {@link #value()}
	 * @param source       see {@link #source()}
	 * @param tableOrField see {@link #tableOrField()}
	 * @param retrieved    see {@link #retrieved()}
	 * @param line         see {@link #line()}
	 * @param column       see {@link #column()}
	 */
	public ImportedCount(String unit, String unitName, String category, int year, BigDecimal value, String source,
			String tableOrField, String retrieved, int line, int column) {
		this(unit, unitName, category, year, value, source, tableOrField, retrieved, line, column, "", 0);
	}

	/** A missing unit field is the empty string, so that messages need not test for null. */
	public ImportedCount {
		unitField = unitField == null ? "" : unitField;
	}
}
