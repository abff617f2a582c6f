package no.avtalebenk.data.text;

import java.math.BigDecimal;

/**
 * The limits every reader of untrusted input enforces, in one place. A file from the other party,
 * or a download that went wrong, must end in a message naming the limit, never in running out of
 * memory or stack. Each limit lies far above what a real export holds (the largest, GSI's
 * school-level export of every school, is about 3 MB and 60 000 fields) and far below what the
 * product's 1 GB heap can hold. docs/reliability.md lists them for users.
 */
public final class InputLimits {

	/** The largest file an importer reads: 20 MB (a real export is at most a few MB). */
	public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

	/** The most fields (cells) of a CSV file or a worksheet: 2 000 000. */
	public static final int MAX_CELLS = 2_000_000;

	/** The most characters of one field or cell: 10 000 (a title or a note; a number is far shorter). */
	public static final int MAX_FIELD_CHARS = 10_000;

	/** The deepest nesting of arrays and objects in a JSON file: 64 (JSON-stat needs 5). */
	public static final int MAX_JSON_DEPTH = 64;

	/** The most entries of an .xlsx archive: 1 000 (Excel writes about 10). */
	public static final int MAX_ZIP_ENTRIES = 1_000;

	/**
	 * The most bytes an .xlsx archive unpacks to, its XML parts together: 30 MB (a worksheet of
	 * 300 000 cells). Checked while unpacking, so that a zip bomb stops at the limit instead of
	 * filling the memory; the parts are then read into memory as XML documents.
	 */
	public static final long MAX_UNZIPPED_BYTES = 30L * 1024 * 1024;

	/** The most digits before the decimal sign of a count: 12 (a count below 10¹²). */
	public static final int MAX_INTEGER_DIGITS = 12;

	/** The most decimal places of a count: 6. */
	public static final int MAX_DECIMALS = 6;

	/** The most characters of a number as written, with signs and separators: 40. */
	public static final int MAX_NUMBER_CHARS = 40;

	/** The largest count: 10¹² − 1, from {@link #MAX_INTEGER_DIGITS}. */
	public static final BigDecimal MAX_COUNT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS).subtract(BigDecimal.ONE);

	/**
	 * The most draws of a Monte Carlo run: 10 000 000. The mean is summed exactly in øre in a long:
	 * 10⁷ draws stay exact for yearly totals up to NOK 9 200 000 000 per series, 40 times the
	 * KS–Kopinor agreement's; a run of 10⁷ draws takes minutes, more would take hours.
	 */
	public static final int MAX_DRAWS = 10_000_000;

	private InputLimits() {
	}

	/**
	 * @param value a number read from a file
	 * @return null when it lies within the limits for a count, else why not, e.g. "has 13 digits
	 *         before the decimal sign; a count has at most 12"
	 */
	public static String countProblem(BigDecimal value) {
		BigDecimal abs = value.abs();
		if (abs.compareTo(MAX_COUNT) > 0) {
			return "is larger than the largest count accepted, 999 999 999 999 (at most " + MAX_INTEGER_DIGITS
					+ " digits before the decimal sign)";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() > MAX_DECIMALS) {
			return "has " + stripped.scale() + " decimal places; a count has at most " + MAX_DECIMALS;
		}
		return null;
	}
}
