package no.avtalebenk.data.text;

import java.math.BigDecimal;

/**
 * Reads numbers as Norwegian and international exports write them: a decimal comma or point,
 * spaces (also non-breaking and narrow) as thousands separators. A number with both a comma and a
 * point is refused rather than guessed at, since "1.234,5" and "1,234.5" mean the same only by
 * convention.
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
		String compact = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").trim();
		if (compact.isEmpty()) {
			throw new NumberFormatException("is empty, expected a number");
		}
		if (compact.matches("[.:*x\u2013-]+|\\.\\.")) {
			throw new NumberFormatException("is '" + text.trim() + "', a suppressed or missing value (prikket), not a number");
		}
		if (compact.indexOf(',') >= 0 && compact.indexOf('.') >= 0) {
			throw new NumberFormatException("'" + text.trim() + "' has both a comma and a point; write the number without thousands separators");
		}
		if (compact.indexOf(',') >= 0) {
			if (!decimalComma) {
				throw new NumberFormatException("'" + text.trim() + "' has a comma, which in a comma-separated file cannot be a decimal sign");
			}
			compact = compact.replace(',', '.');
		}
		if (!compact.matches("-?\\d+(\\.\\d+)?")) {
			throw new NumberFormatException("'" + text.trim() + "' is not a number");
		}
		return new BigDecimal(compact);
	}
}
