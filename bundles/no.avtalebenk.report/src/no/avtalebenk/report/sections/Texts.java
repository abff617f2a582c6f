package no.avtalebenk.report.sections;

import java.math.BigDecimal;

import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.model.avtale.ScenarioHolder;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.report.BriefingInput;

/**
 * Number formats and labels shared by the sections: Norwegian, as the briefing's readers write them;
 * categories and enum values by their labels ({@link Labels}), never by their identifiers.
 */
final class Texts {

	private Texts() {
	}

	static String nok(BigDecimal amount) {
		return NumberStyle.NORWEGIAN.money(amount);
	}

	static String count(BigDecimal value) {
		return NumberStyle.NORWEGIAN.number(value.stripTrailingZeros());
	}

	/** @return the category's name in the briefing's agreement model, else its id */
	static String category(BriefingInput input, String id) {
		return Labels.category(input.model(), id);
	}

	/**
	 * @return whose position the scenario is, as people say it ("KS' posisjon"); a holder that is no
	 *         literal of {@link ScenarioHolder} is shown as given, none as empty
	 */
	static String holder(BriefingInput input, String scenario) {
		String holder = input.holders().getOrDefault(scenario, "");
		ScenarioHolder literal = ScenarioHolder.get(holder);
		return literal == null ? holder : Labels.literal(literal);
	}
}
