package no.avtalebenk.simulation.index;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of an {@link IndexSeries}.
 *
 * @param year       the year the value belongs to
 * @param value      the index value, positive
 * @param source     where the value was published (table, release, date), or empty for an assumption
 * @param assumption why the value is assumed, or empty for a published value; exactly one of source and
 *                   assumption is given, so that an estimate is never shown as a fact
 */
public record IndexPoint(int year, BigDecimal value, String source, String assumption) {

	/** Checks that the value is positive and that it is either published or an assumption. */
	public IndexPoint {
		Objects.requireNonNull(value, "value");
		source = source == null ? "" : source;
		assumption = assumption == null ? "" : assumption;
		if (value.signum() <= 0) {
			throw new IllegalArgumentException("the index value of " + year + " must be positive, not " + value);
		}
		if (source.isBlank() == assumption.isBlank()) {
			throw new IllegalArgumentException("the index value of " + year + " needs either a source or an assumption");
		}
	}

	/**
	 * @param year       the year
	 * @param value      the value
	 * @param assumption why it is assumed
	 * @return an assumed value
	 */
	public static IndexPoint assumed(int year, String value, String assumption) {
		return new IndexPoint(year, new BigDecimal(value), "", assumption);
	}

	/**
	 * @param year   the year
	 * @param value  the value
	 * @param source where it was published
	 * @return a published value
	 */
	public static IndexPoint published(int year, String value, String source) {
		return new IndexPoint(year, new BigDecimal(value), source, "");
	}

	/** @return true when the value is an assumption, not a published figure */
	public boolean isAssumption() {
		return !assumption.isBlank();
	}
}
