package no.avtalebenk.cases.whatif;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One year of a {@link WhatIfResult}: the scenario's total beside its base scenario's, and beside
 * the amount the agreement states for the year. Amounts are exact NOK, as the formulas round them.
 *
 * @param year               the year
 * @param scenario           the scenario's total over all units and categories
 * @param base               the base scenario's total
 * @param difference         {@code scenario − base}
 * @param agreed             the agreed amount for the year, or null when the agreement states none
 * @param gap                {@code scenario − agreed}, or null when there is no agreed amount
 * @param scenarioByCategory the scenario's total per category (formula order)
 * @param baseByCategory     the base scenario's total per category (formula order)
 */
public record WhatIfYear(int year, BigDecimal scenario, BigDecimal base, BigDecimal difference, BigDecimal agreed,
		BigDecimal gap, Map<String, BigDecimal> scenarioByCategory, Map<String, BigDecimal> baseByCategory) {
}
