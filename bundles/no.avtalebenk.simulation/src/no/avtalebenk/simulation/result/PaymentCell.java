package no.avtalebenk.simulation.result;

import java.math.BigDecimal;

import no.avtalebenk.simulation.counts.Count;

/**
 * One payment: what a reporting unit pays for one category in one year under one scenario, and
 * why.
 *
 * @param scenario the scenario's name
 * @param unit     reporting unit
 * @param category category name
 * @param year     year
 * @param amount   the amount in NOK, exact as the formula rounds it
 * @param formula  the formula that computed it
 * @param rate     the rate value applied before indexation, or null when the formula has none
 * @param rateName the name of that rate, or null
 * @param count    the count used, with its provenance
 */
public record PaymentCell(String scenario, String unit, String category, int year, BigDecimal amount, String formula,
		BigDecimal rate, String rateName, Count count) {
}
