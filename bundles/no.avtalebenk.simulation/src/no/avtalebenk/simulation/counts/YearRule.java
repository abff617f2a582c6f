package no.avtalebenk.simulation.counts;

import java.util.List;

import no.avtalebenk.model.avtale.YearRuleKind;

/**
 * A rule that chooses, for an agreement year, the data year whose count of a category is used: the
 * protocol appendix's "sist tilgjengelige tall" ({@link YearRuleKind#LATEST_AVAILABLE}), "År: Siste år"
 * ({@link YearRuleKind#LATEST_OF_TABLE}), "inneværende år" ({@link YearRuleKind#CURRENT_YEAR}), or a
 * data year given outright ({@link YearRuleKind#FIXED_YEAR}).
 *
 * @param kind       how the data year is chosen
 * @param dataYear   the data year of {@link YearRuleKind#FIXED_YEAR}; 0 for the other kinds
 * @param text       the agreement's words for the rule, or empty
 * @param source     where the rule comes from: the appendix, a scenario or the command line
 * @param assumption how the words are read where they leave it open, or empty
 */
public record YearRule(YearRuleKind kind, int dataYear, String text, String source, String assumption) {

	/** Empty texts rather than null. */
	public YearRule {
		text = text == null ? "" : text.strip();
		source = source == null ? "" : source.strip();
		assumption = assumption == null ? "" : assumption.strip();
	}

	/**
	 * @param table    the counts
	 * @param unit     a reporting unit
	 * @param category a category
	 * @param year     the agreement year
	 * @param ofTable  the years in which any unit has a count of the category, ascending (for
	 *                 {@link YearRuleKind#LATEST_OF_TABLE})
	 * @return the data year whose count is used, or 0 when the rule finds none
	 */
	int choose(CountTable table, String unit, String category, int year, List<Integer> ofTable) {
		return switch (kind) {
		case CURRENT_YEAR -> year;
		case FIXED_YEAR -> dataYear;
		case LATEST_OF_TABLE -> {
			int latest = 0;
			for (int held : ofTable) {
				if (held <= year) {
					latest = held;
				}
			}
			yield latest;
		}
		case LATEST_AVAILABLE -> {
			// from the latest year down, the first the unit has: one lookup where the data hold every
			// year, instead of one per year of the table (4 million for 10 000 units over 10 years)
			List<Integer> years = table.years();
			int latest = 0;
			for (int i = years.size() - 1; i >= 0 && latest == 0; i--) {
				int held = years.get(i);
				if (held <= year && table.get(unit, category, held).isPresent()) {
					latest = held;
				}
			}
			yield latest;
		}
		};
	}

	/** @return the kind in words: "latest available", "latest year of the table", "current year", "data year 2025" */
	public String label() {
		return switch (kind) {
		case LATEST_AVAILABLE -> "latest available";
		case LATEST_OF_TABLE -> "latest year of the table";
		case CURRENT_YEAR -> "current year";
		case FIXED_YEAR -> "data year " + dataYear;
		};
	}

	/**
	 * @return why the year is chosen, as provenance and explanations name it: the agreement's words
	 *         (or the kind in words) with their source, and the assumption, marked {@code ASSUMPTION:}
	 */
	public String describe() {
		return (text.isEmpty() ? label() : text) + details();
	}

	/**
	 * @return the kind in words, then the agreement's words, source and assumption, e.g. "current year:
	 *         Velg Årstall: inneværende år (protokollvedlegg, fagskoler)"
	 */
	public String named() {
		return label() + (text.isEmpty() ? "" : ": " + text) + details();
	}

	/** @return the source in brackets and the assumption, as they follow the rule's words */
	String details() {
		return (source.isEmpty() ? "" : " (" + source + ")") + (assumption.isEmpty() ? "" : "; ASSUMPTION: " + assumption);
	}

	/**
	 * @param text   a rule as the command line writes it: {@code latest}, {@code latest-of-table},
	 *               {@code current} or a data year such as {@code 2025}
	 * @param source where it was given, for provenance
	 * @return the rule
	 * @throws IllegalArgumentException naming the forms there are, when the text is none of them
	 */
	public static YearRule parse(String text, String source) {
		String rule = text == null ? "" : text.strip();
		switch (rule) {
		case "latest":
			return new YearRule(YearRuleKind.LATEST_AVAILABLE, 0, "", source, "");
		case "latest-of-table":
			return new YearRule(YearRuleKind.LATEST_OF_TABLE, 0, "", source, "");
		case "current":
			return new YearRule(YearRuleKind.CURRENT_YEAR, 0, "", source, "");
		default:
			if (rule.matches("\\d{4}")) {
				return new YearRule(YearRuleKind.FIXED_YEAR, Integer.parseInt(rule), "", source, "");
			}
			throw new IllegalArgumentException("unknown year rule '" + rule
					+ "'; use latest, latest-of-table, current or a data year such as 2025");
		}
	}
}
