package no.avtalebenk.cases.whatif;

import java.util.List;

/**
 * What {@link WhatIf#compute} gives: per year the totals of a scenario and of its base scenario, the
 * difference and the gap to the agreed amount.
 *
 * @param scenario   the scenario's name
 * @param base       the base scenario's name: the one the scenario rests on ({@code basedOn}), or the
 *                   scenario itself when it is the baseline
 * @param categories the categories, in the formula file's order
 * @param years      a {@link WhatIfYear} per year of the agreement's period, ascending
 */
public record WhatIfResult(String scenario, String base, List<String> categories, List<WhatIfYear> years) {

	/** Copies the lists so that a result never changes after it is made. */
	public WhatIfResult {
		categories = List.copyOf(categories);
		years = List.copyOf(years);
	}

	/**
	 * @param year a year of the period
	 * @return its totals
	 * @throws IllegalArgumentException when the year is not in the result
	 */
	public WhatIfYear year(int year) {
		return years.stream().filter(y -> y.year() == year).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no year " + year + " in the what-if of " + scenario));
	}
}
