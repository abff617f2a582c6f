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
		return NumberStyle.NORWEGIAN.number(value.stripTrailingZeros());
	}
}
