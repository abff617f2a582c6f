package no.avtalebenk.simulation.counts;

import java.math.BigDecimal;

/**
 * One count: how many of a category (pupils, places, årsverk) a reporting unit has in a year.
 *
 * @param unit       reporting unit number (kommunenummer, fylkesnummer or a code such as NO)
 * @param unitName   the unit's name
 * @param category   category name as declared in the formula file
 * @param year       the year the count is used for
 * @param value      the count
 * @param provenance where it comes from
 */
public record Count(String unit, String unitName, String category, int year, BigDecimal value,
		Provenance provenance) {
}
