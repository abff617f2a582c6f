package no.avtalebenk.simulation.index;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A yearly index series, such as a wage index beside the consumer price index: one value per year,
 * each with its source or labelled as an assumption. Contributed through the extension point
 * {@value IndexSeriesRegistry#EXTENSION_POINT} (schema {@code schema/indexSeries.exsd}); the registry
 * creates one instance per contribution with a public no-argument constructor.
 * <p>
 * A series is an index source for the formulas: {@link IndexSources#drive} turns it into the steps of
 * an index of the formula file, the step of a year being the value of the year before over the value
 * two years before (as a KPI series gives the step of a year from October to October). A projection
 * model reads a series from {@link IndexSeriesRegistry} by its name. Implementations must be
 * immutable: every caller shares one instance.
 */
public interface IndexSeries {

	/** Digits kept in a step: far more than the two decimals a rate is rounded to each year. */
	MathContext STEP_PRECISION = MathContext.DECIMAL128;

	/** @return the values by year, ascending; never empty */
	SortedMap<Integer, IndexPoint> points();

	/**
	 * @param year a year
	 * @return the factor that takes effect on 1 January of that year: the value of the year before over
	 *         the value two years before; empty when either value is missing
	 */
	default Optional<BigDecimal> step(int year) {
		IndexPoint before = points().get(year - 2);
		IndexPoint after = points().get(year - 1);
		if (before == null || after == null || before.value().signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(after.value().divide(before.value(), STEP_PRECISION));
	}
}
