package no.avtalebenk.simulation.counts;

/**
 * The data year a year rule chose for a count of an agreement year.
 *
 * @param year     the agreement year
 * @param dataYear the data year whose count is used; 0 when the rule found none (the count is missing)
 * @param rule     the rule
 */
public record YearChoice(int year, int dataYear, YearRule rule) {

	/**
	 * @return e.g. "data year 2025 for 2026, rule latest available: sist tilgjengelige tall i GSI
	 *         (protokollvedlegg …)"; "no data year for 2027, rule current year: …" when none was found
	 */
	public String describe() {
		return (dataYear == 0 ? "no data year" : "data year " + dataYear) + " for " + year + ", rule " + rule.named();
	}
}
