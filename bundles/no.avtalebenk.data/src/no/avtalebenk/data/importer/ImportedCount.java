package no.avtalebenk.data.importer;

import java.math.BigDecimal;

/**
 * One count read from a file, before its unit and category are resolved against the data set.
 *
 * @param unit         the unit as the file names it: kommunenummer (4 digits), fylkesnummer (2
 *                     digits), {@code LONGYEARBYEN} or {@code KS}
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
 */
public record ImportedCount(String unit, String unitName, String category, int year, BigDecimal value, String source,
		String tableOrField, String retrieved, int line, int column) {
}
