package no.avtalebenk.charts.ui;

import java.math.BigDecimal;

import no.avtalebenk.charts.NumberStyle;

/** How the views and dialogs write and read amounts: Norwegian style, as the charts write them. */
final class Figures {

	private Figures() {
	}

	/** @return e.g. "199 713 211,71 kr" */
	static String money(BigDecimal amount) {
		return NumberStyle.NORWEGIAN.money(amount);
	}

	/** @return a change with its sign, e.g. "+25 963 382,14 kr", "-323 406,15 kr", "0,00 kr" */
	static String signed(BigDecimal change) {
		String text = NumberStyle.NORWEGIAN.money(change);
		return change.signum() > 0 && !text.startsWith("0,00") ? "+" + text : text;
	}

	/** @return a number with exactly its own decimals, e.g. "1,131622687970" */
	static String number(BigDecimal value) {
		return NumberStyle.NORWEGIAN.number(value);
	}

	/**
	 * Reads a number as a user types it: "226 000 000", "226000000,50", "226000000.50", with or
	 * without "kr".
	 *
	 * @param text what was typed
	 * @return the number, or null when the text is not one
	 */
	static BigDecimal parse(String text) {
		String plain = text.strip();
		if (plain.endsWith("kr")) {
			plain = plain.substring(0, plain.length() - 2);
		}
		plain = plain.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace('\u2212', '-');
		if (plain.contains(",")) {
			// a decimal comma: points, if any, group thousands
			plain = plain.replace(".", "").replace(',', '.');
		}
		if (plain.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(plain);
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
