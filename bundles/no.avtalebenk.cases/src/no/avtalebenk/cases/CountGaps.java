package no.avtalebenk.cases;

import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.CountYears;

/**
 * Years are explicit: a unit that has a category in some year must have a count of it for every year
 * the agreement projects, the count of the year itself or that of the data year the category's year
 * rule chooses ({@link CountYears}). A gap would otherwise surface as a missing count deep inside a formula file the
 * user never wrote, so it is refused up front, naming the data set, the unit, the category and the
 * year. A unit with no count of a category in any year does not carry out that function and is billed
 * nothing for it ({@link CountTable#withCategoriesNotHeldAsZero}).
 */
final class CountGaps {

	/** How many gaps a message lists before it only counts the rest. */
	private static final int SHOWN = 5;

	private CountGaps() {
	}

	/**
	 * @param counts     the counts as the data hold them
	 * @param origin     the data set, as the message names it
	 * @param categories the categories the formulas read
	 * @param years      the years the agreement projects
	 * @param rules      the categories' year rules: a category with one is checked when a scenario is
	 *                   applied ({@link Case#scenario}), under the year rules then in force (a scenario's or
	 *                   the command line's may choose another data year)
	 * @return the counts as the data hold them, with zeros for the categories a unit does not hold in any year
	 * @throws CaseException {@link CaseException.Kind#REQUEST} naming the first gaps
	 */
	static CountTable check(CountTable counts, String origin, List<String> categories, List<Integer> years,
			CountYears rules) throws CaseException {
		if (counts.units().isEmpty()) {
			throw new CaseException(CaseException.Kind.REQUEST, origin + " holds no counts; the agreement needs counts for "
					+ years);
		}
		failOnGaps(counts, origin, categories.stream().filter(c -> rules.rule(c).isEmpty()).toList(), years, false);
		return counts.withCategoriesNotHeldAsZero(origin, categories, years);
	}

	/**
	 * @param counts     the counts the agreement years use (year rules applied)
	 * @param origin     where they come from, as the message names it
	 * @param categories the categories the formulas read
	 * @param years      the years the agreement projects
	 * @param ruleGaps   true for only the gaps a year rule left (it found no count of the data year it
	 *                   chose); false for every gap
	 * @throws CaseException {@link CaseException.Kind#REQUEST} naming the first gaps, each with the year
	 *                       rule that found no count
	 */
	static void failOnGaps(CountTable counts, String origin, List<String> categories, List<Integer> years,
			boolean ruleGaps) throws CaseException {
		List<String> gaps = new ArrayList<>();
		for (String unit : counts.units()) {
			for (String category : categories) {
				List<Integer> held = new ArrayList<>();
				for (int year : years) {
					if (counts.get(unit, category, year).isPresent()) {
						held.add(year);
					}
				}
				if (held.isEmpty() && counts.years().stream().anyMatch(y -> counts.get(unit, category, y).isPresent())) {
					for (int year : years) {
						if (!ruleGaps || counts.choice(unit, category, year).isPresent()) {
							gaps.add(gap(counts, unit, category, year));
						}
					}
				} else if (!held.isEmpty()) {
					for (int year : years) {
						if (!held.contains(year) && (!ruleGaps || counts.choice(unit, category, year).isPresent())) {
							gaps.add(gap(counts, unit, category, year));
						}
					}
				}
			}
		}
		if (!gaps.isEmpty()) {
			String shown = String.join("; ", gaps.subList(0, Math.min(SHOWN, gaps.size())));
			String more = gaps.size() > SHOWN ? " and " + (gaps.size() - SHOWN) + " more" : "";
			throw CaseException.countGaps(origin + " lacks counts the agreement's years "
					+ years + " need: " + shown + more + ". Add them (import or edit the data set)"
					+ (ruleGaps ? ", choose another data year (--count-year CATEGORY=latest|YEAR, or a count year change)," : "")
					+ " or project on another data set.");
		}
	}

	private static String gap(CountTable counts, String unit, String category, int year) {
		String name = counts.unitName(unit);
		return "no count for unit " + unit + (name == null || name.isEmpty() ? "" : " (" + name + ")") + ", category "
				+ category + ", year " + year + counts.choice(unit, category, year)
						.map(c -> " (year rule " + c.rule().named() + ")").orElse("");
	}
}
