package no.avtalebenk.simulation.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

import no.avtalebenk.formula.interpreter.Counts;
import no.avtalebenk.formula.interpreter.Dates;
import no.avtalebenk.formula.interpreter.FormulaEvaluator;
import no.avtalebenk.formula.vederlag.DatedValue;
import no.avtalebenk.formula.vederlag.Expression;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;

/**
 * The formula language's evaluator, consulting {@link Overrides} for rates and parameters: the
 * arithmetic, rounding and date rules stay those of {@link FormulaEvaluator}, only the values of
 * the named rates and parameters differ.
 */
public class OverridingEvaluator extends FormulaEvaluator {

	private final int year;
	private final Overrides overrides;

	/**
	 * @param year      the calendar year evaluated
	 * @param counts    the counts for the unit and year
	 * @param overrides the differences to apply
	 */
	public OverridingEvaluator(int year, Counts counts, Overrides overrides) {
		super(year, counts);
		this.year = year;
		this.overrides = overrides;
	}

	/**
	 * The rate's value on 1 January of the year: the latest of the file's dated values and the
	 * scenario's, the scenario's winning on the same date and a value without date winning always;
	 * then multiplied by any factors.
	 */
	@Override
	public BigDecimal rateValue(Rate rate) {
		BigDecimal value = null;
		LocalDate day = LocalDate.of(year, 1, 1);
		LocalDate chosenFrom = null;
		boolean undated = false;
		for (Overrides.DatedRate set : overrides.rates().getOrDefault(rate.getName(), java.util.List.of())) {
			if (set.validFrom() == null) {
				value = set.value();
				undated = true;
				continue;
			}
			if (undated) {
				continue;
			}
			LocalDate from = Dates.parse(set.validFrom(), rate);
			if (!from.isAfter(day) && (chosenFrom == null || !from.isBefore(chosenFrom))) {
				value = set.value();
				chosenFrom = from;
			}
		}
		if (!undated) {
			DatedValue own = latestOwnValue(rate, day);
			if (own != null) {
				LocalDate ownFrom = Dates.parse(own.getValidFrom(), own);
				if (chosenFrom == null || ownFrom.isAfter(chosenFrom)) {
					value = own.getValue();
				}
			}
			if (value == null) {
				value = super.rateValue(rate); // throws the evaluator's own message: no value valid yet
			}
		}
		BigDecimal factor = overrides.rateFactors().get(rate.getName());
		if (factor != null) {
			value = value.multiply(factor);
		}
		if (rate.getCategory() != null && overrides.categoryRatesFactor().compareTo(BigDecimal.ONE) != 0) {
			value = value.multiply(overrides.categoryRatesFactor());
		}
		return value;
	}

	private static DatedValue latestOwnValue(Rate rate, LocalDate day) {
		DatedValue best = null;
		for (DatedValue value : rate.getValues()) {
			LocalDate from = Dates.parse(value.getValidFrom(), value);
			if (!from.isAfter(day) && (best == null || from.isAfter(Dates.parse(best.getValidFrom(), best)))) {
				best = value;
			}
		}
		return best;
	}

	/**
	 * @param parameter a parameter of the formula file
	 * @return whether a value is set for it, replacing its expression
	 */
	public boolean parameterOverridden(Parameter parameter) {
		return overrides.parameters().containsKey(parameter.getName());
	}

	/** A parameter's expression is replaced by the value set for it, if any. */
	@Override
	public BigDecimal eval(Expression expression) {
		if (expression.eContainer() instanceof Parameter parameter && parameter.getValue() == expression) {
			BigDecimal set = overrides.parameters().get(parameter.getName());
			if (set != null) {
				return set;
			}
		}
		return super.eval(expression);
	}
}
