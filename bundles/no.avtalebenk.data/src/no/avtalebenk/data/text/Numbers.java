package no.avtalebenk.data.text;

import java.math.BigDecimal;

/**
 * Reads numbers as Norwegian and international exports write them: a decimal comma or point,
 * spaces (also non-breaking and narrow) between groups of three digits. What could be read two ways
 * is refused rather than guessed at: a number with both a comma and a point ("1.234,5" and
 * "1,234.5" mean the same only by convention), and, where the comma is the decimal sign, a point
 * between groups of three digits ("12.345": 12345 or 12.345). Numbers beyond
 * {@link InputLimits#MAX_COUNT} or with more than {@link InputLimits#MAX_DECIMALS} decimals are
 * refused with the limit.
 */
public final class Numbers {

	private Numbers() {
	}

	/**
	 * @param text         a field
	 * @param decimalComma whether a comma is the decimal sign (semicolon-separated files)
	 * @return the number
	 * @throws NumberFormatException with a message for people when the field is not a number
	 */
	public static BigDecimal parse(String text, boolean decimalComma) {
		String trimmed = text.strip();
		if (trimmed.length() > InputLimits.MAX_NUMBER_CHARS) {
			throw new NumberFormatException("is " + trimmed.length() + " characters long; a number has at most "
					+ InputLimits.MAX_NUMBER_CHARS);
		}
		String compact = trimmed.replace('\u00a0', ' ').replace('\u202f', ' ');
		if (compact.isEmpty()) {
			throw new NumberFormatException("is empty, expected a number");
		}
		if (compact.matches("[.:*x\u2013-]+|\\.\\.")) {
			throw new NumberFormatException("is '" + trimmed + "', a suppressed or missing value (prikket), not a number");
		}
		if (compact.indexOf(' ') >= 0) {
			// Spaces separate thousands only: "12 345", never "1 2".
			if (!compact.matches("-?\\d{1,3}( \\d{3})+([.,]\\d+)?")) {
				throw new NumberFormatException("'" + trimmed + "' is not a number (spaces may only separate groups of three digits)");
			}
			compact = compact.replace(" ", "");
		}
		if (compact.indexOf(',') >= 0 && compact.indexOf('.') >= 0) {
			throw new NumberFormatException("'" + trimmed + "' has both a comma and a point; write the number without thousands separators");
		}
		if (compact.indexOf(',') >= 0) {
			if (!decimalComma) {
				throw new NumberFormatException("'" + trimmed + "' has a comma, which in a file with a decimal point cannot be a decimal sign;"
						+ " write " + compact.replace(',', '.') + " if it is a decimal, or leave out the comma between thousands");
			}
			compact = compact.replace(',', '.');
		} else if (decimalComma && compact.matches("-?\\d{1,3}(\\.\\d{3})+")) {
			// Where the comma is the decimal sign, a point between groups of three digits is a
			// thousands separator by that convention but a decimal point by the other: refuse to guess.
			throw new NumberFormatException("'" + trimmed + "' is ambiguous where the decimal sign is a comma: "
					+ compact.replace(".", "") + " if the point separates thousands, " + compact + " if it is a decimal point; write "
					+ compact.replace(".", "") + " or " + compact.replace('.', ','));
		}
		if (!compact.matches("-?\\d+(\\.\\d+)?")) {
			throw new NumberFormatException("'" + trimmed + "' is not a number");
		}
		BigDecimal value = new BigDecimal(compact);
		String limit = InputLimits.countProblem(value);
		if (limit != null) {
			throw new NumberFormatException("'" + trimmed + "' " + limit);
		}
		return value;
	}
}
