package no.avtalebenk.simulation.pivot;

/**
 * One value of a {@link Dimension}: a row or column heading of a pivot.
 *
 * @param key   the identifier the payments carry (unit id, county's unit id, category id, year)
 * @param label how people read it: "0301 Oslo" for a unit, the county's name, the category's name in
 *              the agreement file, the year
 */
public record Member(String key, String label) {
}
