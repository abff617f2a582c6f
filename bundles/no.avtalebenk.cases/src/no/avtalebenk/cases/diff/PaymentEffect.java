package no.avtalebenk.cases.diff;

import java.math.BigDecimal;

/**
 * What a difference does to the payment: one category's (or the total's) amount in a year, in the
 * first and in the second, exact to the øre.
 *
 * @param category the category as the formula file names it, or {@code total}
 * @param year     the year
 * @param before   NOK in the first
 * @param after    NOK in the second
 */
public record PaymentEffect(String category, int year, BigDecimal before, BigDecimal after) {

	/** @return after − before, NOK */
	public BigDecimal difference() {
		return after.subtract(before);
	}
}
