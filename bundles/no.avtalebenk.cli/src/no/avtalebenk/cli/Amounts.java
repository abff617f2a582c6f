package no.avtalebenk.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

import no.avtalebenk.charts.NumberStyle;

/** Formats amounts for people: Norwegian style, space as thousands separator and decimal comma. */
public final class Amounts {

	private Amounts() {
	}

	/**
	 * @param amount an amount in NOK
	 * @return e.g. "135 019 160,70"
	 */
	public static String norwegian(BigDecimal amount) {
		return NumberStyle.NORWEGIAN.number(amount.setScale(2, RoundingMode.HALF_UP));
	}

	/**
	 * @param amount an amount in NOK
	 * @return machine format with two decimals and a point, e.g. "135019160.70"
	 */
	public static String plain(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}
}
