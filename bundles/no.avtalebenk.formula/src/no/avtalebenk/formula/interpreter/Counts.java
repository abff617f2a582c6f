package no.avtalebenk.formula.interpreter;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The counts a formula reads for one reporting unit and year, by category name (for example
 * pupils in grunnskole).
 */
@FunctionalInterface
public interface Counts {

	/**
	 * @param category the category name as declared in the formula file
	 * @return the count, or empty when none is known (which is an error, never zero)
	 */
	Optional<BigDecimal> get(String category);
}
