package no.avtalebenk.cli;

import java.math.BigDecimal;

/** Formats counts for people: spaces between thousands, decimal comma, no trailing zeros (589 453; 1 234,5). */
final class CountFormat {

	private CountFormat() {
	}

	static String norwegian(BigDecimal value) {
		String plain = value.stripTrailingZeros().toPlainString();
		if (plain.contains(".")) {
			String[] parts = plain.split("\\.");
			return group(parts[0]) + "," + parts[1];
		}
		return group(plain);
	}

	private static String group(String whole) {
		boolean negative = whole.startsWith("-");
		String digits = negative ? whole.substring(1) : whole;
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				grouped.append(' ');
			}
			grouped.append(digits.charAt(i));
		}
		return (negative ? "-" : "") + grouped;
	}
}
