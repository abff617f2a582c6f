package no.avtalebenk.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats amounts for people: Norwegian style, space as thousands separator and decimal comma. */
public final class Amounts {

	private Amounts() {
	}

	/**
	 * @param amount an amount in NOK
	 * @return e.g. "135 019 160,70"
	 */
	public static String norwegian(BigDecimal amount) {
		String plain = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
		boolean negative = plain.startsWith("-");
		String digits = negative ? plain.substring(1) : plain;
		int point = digits.indexOf('.');
		String whole = digits.substring(0, point);
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				grouped.append(' ');
			}
			grouped.append(whole.charAt(i));
		}
		return (negative ? "-" : "") + grouped + "," + digits.substring(point + 1);
	}

	/**
	 * @param amount an amount in NOK
	 * @return machine format with two decimals and a point, e.g. "135019160.70"
	 */
	public static String plain(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}
}
