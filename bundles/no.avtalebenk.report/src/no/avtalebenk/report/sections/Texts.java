package no.avtalebenk.report.sections;

import java.math.BigDecimal;

import no.avtalebenk.charts.NumberStyle;

/** Number formats shared by the sections: Norwegian, as the briefing's readers write them. */
final class Texts {

	private Texts() {
	}

	static String nok(BigDecimal amount) {
		return NumberStyle.NORWEGIAN.money(amount);
	}

	static String count(BigDecimal value) {
		String plain = value.stripTrailingZeros().toPlainString();
		int point = plain.indexOf('.');
		String whole = point < 0 ? plain : plain.substring(0, point);
		String fraction = point < 0 ? "" : "," + plain.substring(point + 1);
		boolean negative = whole.startsWith("-");
		String digits = negative ? whole.substring(1) : whole;
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				grouped.append(' ');
			}
			grouped.append(digits.charAt(i));
		}
		return (negative ? "-" : "") + grouped + fraction;
	}
}
