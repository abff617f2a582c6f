package no.avtalebenk.cli;

import java.math.BigDecimal;

import no.avtalebenk.charts.NumberStyle;

/** Formats counts for people: spaces between thousands, decimal comma, no trailing zeros (589 453; 1 234,5). */
final class CountFormat {

	private CountFormat() {
	}

	static String norwegian(BigDecimal value) {
		return NumberStyle.NORWEGIAN.number(value.stripTrailingZeros());
	}
}
