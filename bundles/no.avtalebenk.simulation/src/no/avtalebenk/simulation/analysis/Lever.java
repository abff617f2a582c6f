package no.avtalebenk.simulation.analysis;

import java.math.BigDecimal;

import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * The one unknown that goal seek solves: a common factor on every rate that is per a category, the
 * value of one rate (in every year) or the factor of every yearly step of one index, or the value
 * of one parameter.
 */
public interface Lever {

	/** @return what is solved, for people, e.g. "factor on all category rates" */
	String describe();

	/**
	 * @param base  the scenario's overrides
	 * @param value the unknown's value
	 * @return the overrides with the unknown set to that value
	 */
	Overrides apply(Overrides base, BigDecimal value);

	/**
	 * @return a common factor on every rate that is per a category (the index excluded), applied to
	 *         each rate as the formulas use it, after indexation and its rounding
	 *         ({@link Overrides#withCategoryRatesFactor})
	 */
	static Lever categoryRates() {
		return new Lever() {
			@Override
			public String describe() {
				return "factor on all category rates";
			}

			@Override
			public Overrides apply(Overrides base, BigDecimal value) {
				return base.withCategoryRatesFactor(value);
			}
		};
	}

	/**
	 * @param name rate or index name in the formula file
	 * @return the rate's value in every year, or the index's factor in every year
	 */
	static Lever rate(String name) {
		return new Lever() {
			@Override
			public String describe() {
				return "rate " + name;
			}

			@Override
			public Overrides apply(Overrides base, BigDecimal value) {
				return base.withRate(name, null, value);
			}
		};
	}

	/**
	 * @param name parameter name in the formula file
	 * @return the parameter's value
	 */
	static Lever parameter(String name) {
		return new Lever() {
			@Override
			public String describe() {
				return "parameter " + name;
			}

			@Override
			public Overrides apply(Overrides base, BigDecimal value) {
				return base.withParameter(name, value);
			}
		};
	}
}
