package no.avtalebenk.simulation.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import no.avtalebenk.formula.interpreter.Counts;
import no.avtalebenk.formula.interpreter.Dates;
import no.avtalebenk.formula.interpreter.Exact;
import no.avtalebenk.formula.interpreter.Explanation;
import no.avtalebenk.formula.interpreter.FormulaEvaluator;
import no.avtalebenk.formula.vederlag.DatedValue;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.Indexed;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.formula.vederlag.Reference;

/**
 * The formula language's evaluator, consulting {@link Overrides} for rates, index factors and
 * parameters: the arithmetic, rounding, indexation and date rules stay those of
 * {@link FormulaEvaluator}, only the values it reads through its hooks differ. A rate inside
 * {@code indexed(…)} is read in the base year by an evaluator of this kind too, so a changed rate
 * is indexed like the file's own; a changed parameter inside {@code share(…)} is checked like the
 * file's own (between 0 and 1). Like the evaluator's, its explanations work out their texts only
 * when read.
 */
public class OverridingEvaluator extends FormulaEvaluator {

	private static final String SCENARIO = "scenario";

	private final int year;
	private final Overrides overrides;
	private final Counts counts;

	/**
	 * @param year      the calendar year evaluated
	 * @param counts    the counts for the unit and year
	 * @param overrides the differences to apply
	 */
	public OverridingEvaluator(int year, Counts counts, Overrides overrides) {
		super(year, counts);
		this.year = year;
		this.overrides = overrides;
		this.counts = counts;
	}

	/** @return the differences applied */
	public Overrides overrides() {
		return overrides;
	}

	/**
	 * The rate's value on 1 January of the year: the latest of the file's dated values and the
	 * scenario's, the scenario's winning on the same date and a value without date winning always;
	 * then multiplied by any factors. The file's own explanation stays below a changed value.
	 */
	@Override
	protected Explanation explainRate(Rate rate) {
		LocalDate day = LocalDate.of(year, 1, 1);
		Overrides.DatedRate chosen = null;
		LocalDate chosenFrom = null;
		for (Overrides.DatedRate set : overrides.rates().getOrDefault(rate.getName(), List.of())) {
			if (set.validFrom() == null) {
				chosen = set;
				chosenFrom = LocalDate.MAX;
			} else if (chosenFrom != LocalDate.MAX) {
				LocalDate from = Dates.parse(set.validFrom(), rate);
				if (!from.isAfter(day) && (chosenFrom == null || !from.isBefore(chosenFrom))) {
					chosen = set;
					chosenFrom = from;
				}
			}
		}
		DatedValue own = latestOwnValue(rate, day);
		Explanation value;
		if (chosen != null && (own == null || !Dates.parse(own.getValidFrom(), own).isAfter(chosenFrom))) {
			List<Explanation> file = own == null ? List.of() : List.of(super.explainRate(rate));
			Overrides.DatedRate set = chosen;
			value = Explanation.lazy(Explanation.Kind.RATE, Exact.of(set.value()), file,
					() -> new Explanation.Text(rate.getName(), rate.getName(), rate.getUnit(),
							set.validFrom() == null ? "set by the scenario for every year"
									: "set by the scenario from " + set.validFrom() + ", applies on " + day,
							SCENARIO, rate.getClause(), where(rate)));
		} else {
			value = super.explainRate(rate); // the file's value, or the evaluator's message: no value valid yet
		}
		BigDecimal factor = overrides.rateFactors().get(rate.getName());
		if (factor != null) {
			value = scaled(value, factor, () -> "× " + factor.toPlainString() + " set by the scenario");
		}
		if (rate.getCategory() != null && scalesCategoryRates()) {
			BigDecimal common = overrides.categoryRatesFactor();
			value = scaled(value, common,
					() -> "× " + common.toPlainString() + " on every category rate, set by the scenario");
		}
		return value;
	}

	/**
	 * An indexed category rate is multiplied by the common factor after its indexation and rounding,
	 * so that the factor moves the payments continuously instead of in øre steps; the rate is read
	 * unscaled inside, by an evaluator without the factor: this evaluator keeps the values it has
	 * read, and in or before the base year the {@code indexed(…)} reads its rate in this year, so a
	 * rate read unscaled here would later be read unscaled outside an {@code indexed(…)} too. With
	 * {@link Overrides#roundingScaledRates()} the product is rounded again as the {@code indexed(…)}
	 * says.
	 */
	@Override
	protected Explanation explainIndexed(Indexed indexed) {
		if (!scalesCategoryRates() || !(indexed.getOperand() instanceof Reference reference)
				|| !(reference.getTarget() instanceof Rate rate) || rate.getCategory() == null) {
			return super.explainIndexed(indexed);
		}
		Explanation value = new OverridingEvaluator(year, counts, overrides.withCategoryRatesFactor(BigDecimal.ONE))
				.explainIndexed(indexed);
		BigDecimal factor = overrides.categoryRatesFactor();
		Explanation product = scaled(value, factor, () -> "× " + factor.toPlainString()
				+ " on every category rate after its indexation, set by the scenario");
		if (!overrides.roundsScaledRates()) {
			return product;
		}
		RoundingMode mode = RoundingMode.valueOf(indexed.getMode().getName());
		return Explanation.lazy(product.kind(), product.exact().round(indexed.getScale(), mode), List.of(product),
				() -> new Explanation.Text(product.name(), product.expression(), product.unit(),
						"rounded to " + indexed.getScale() + " decimals (" + mode.name().toLowerCase()
								+ ") as an agreed rate",
						SCENARIO, product.clause(), product.location()));
	}

	private boolean scalesCategoryRates() {
		return overrides.categoryRatesFactor().compareTo(BigDecimal.ONE) != 0;
	}

	/** The value times a factor, explained with the value's own texts and the detail given. */
	private static Explanation scaled(Explanation value, BigDecimal factor, Supplier<String> detail) {
		return Explanation.lazy(value.kind(), value.exact().multiply(Exact.of(factor)), List.of(value),
				() -> new Explanation.Text(value.name(), value.expression(), value.unit(), detail.get(), SCENARIO,
						value.clause(), value.location()));
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
	 * The steps of the index in a year: a factor the scenario sets for the year (dated 1 January of
	 * it, or undated for every year) replaces the file's steps of that year; later settings win. In
	 * the year evaluated, a factor on the index ({@link Overrides#withRateFactor}) then multiplies the
	 * year's step, so that the indexed value of that year moves by the factor.
	 */
	@Override
	protected List<Explanation> indexSteps(Index index, int stepYear, Indexed indexed) {
		Overrides.DatedRate set = null;
		for (Overrides.DatedRate candidate : overrides.rates().getOrDefault(index.getName(), List.of())) {
			if (candidate.validFrom() == null
					|| Dates.parse(candidate.validFrom(), indexed).equals(LocalDate.of(stepYear, 1, 1))) {
				set = candidate;
			}
		}
		List<Explanation> steps = new ArrayList<>();
		if (set != null) {
			BigDecimal value = set.value();
			steps.add(Explanation.lazy(Explanation.Kind.INDEX_STEP, Exact.of(value), List.of(),
					() -> new Explanation.Text(String.valueOf(stepYear), index.getName(), "1",
							"factor " + value.toPlainString() + " from " + stepYear
									+ "-01-01, set by the scenario instead of the file's step",
							SCENARIO, index.getClause(), where(indexed))));
		} else {
			steps.addAll(super.indexSteps(index, stepYear, indexed));
		}
		BigDecimal factor = overrides.rateFactors().get(index.getName());
		if (factor != null && stepYear == year && !steps.isEmpty()) {
			steps.add(Explanation.lazy(Explanation.Kind.INDEX_STEP, Exact.of(factor), List.of(),
					() -> new Explanation.Text(String.valueOf(stepYear), index.getName(), "1",
							"× " + factor.toPlainString() + " on the " + stepYear + " step, set by the scenario",
							SCENARIO, index.getClause(), where(indexed))));
		}
		return steps;
	}

	/** @return whether a value is set for the parameter, replacing its expression */
	public boolean parameterOverridden(Parameter parameter) {
		return overrides.parameters().containsKey(parameter.getName());
	}

	/** A parameter's expression is replaced by the value set for it, if any. */
	@Override
	protected Explanation explainParameter(Parameter parameter) {
		BigDecimal set = overrides.parameters().get(parameter.getName());
		if (set == null) {
			return super.explainParameter(parameter);
		}
		return Explanation.lazy(Explanation.Kind.PARAMETER, Exact.of(set), List.of(),
				() -> new Explanation.Text(parameter.getName(), parameter.getName(), unitText(parameter),
						"set by the scenario instead of the file's value", SCENARIO, "", where(parameter)));
	}

	/** The base year of an {@code indexed(…)} and the units of a sum see the same overrides. */
	@Override
	protected FormulaEvaluator evaluatorFor(int otherYear, Counts otherCounts) {
		return new OverridingEvaluator(otherYear, otherCounts, overrides);
	}
}
