package no.avtalebenk.simulation.montecarlo;

import java.math.BigDecimal;

/**
 * The distribution of one year's payment for one category (or the total) over all draws.
 *
 * @param year       the year
 * @param category   the category, or "total"
 * @param mean       the mean, exact to the øre
 * @param p10        10th percentile
 * @param p50        median
 * @param p90        90th percentile
 * @param min        smallest draw, exact
 * @param max        largest draw, exact
 * @param resolution the percentiles are within this many NOK of the exact order statistic (width of
 *                   the bounded-memory histogram's bins)
 */
public record Summary(int year, String category, BigDecimal mean, BigDecimal p10, BigDecimal p50, BigDecimal p90,
		BigDecimal min, BigDecimal max, BigDecimal resolution) {
}
