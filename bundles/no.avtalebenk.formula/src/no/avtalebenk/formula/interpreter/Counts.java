package no.avtalebenk.formula.interpreter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The counts a formula reads for one reporting unit and year, by category name (for example
 * pupils in grunnskole). Implementations that know where their counts come from, and counts of
 * other reporting units (for {@code sum(units: …)}), override the default methods.
 */
@FunctionalInterface
public interface Counts {

	/**
	 * @param category the category name as declared in the formula file
	 * @return the count, or empty when none is known (which is an error, never zero)
	 */
	Optional<BigDecimal> get(String category);

	/**
	 * @param category the category name
	 * @return where the count comes from (publication, field, estimate and method), if known
	 */
	default Optional<String> provenance(String category) {
		return Optional.empty();
	}

	/** @return the reporting units a {@code sum(units: …)} adds up; empty when there are none */
	default List<String> units() {
		return List.of();
	}

	/**
	 * @param unit one of {@link #units()}
	 * @return the counts of that unit for the same year
	 * @throws IllegalArgumentException when the unit is unknown
	 */
	default Counts forUnit(String unit) {
		throw new IllegalArgumentException("No counts for the reporting unit '" + unit + "'.");
	}
}
