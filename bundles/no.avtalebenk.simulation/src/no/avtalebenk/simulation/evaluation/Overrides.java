package no.avtalebenk.simulation.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;

/**
 * Differences from a formula file that apply while it is evaluated, so that a scenario changes a
 * rate or a parameter by name without editing the parsed formula model (the baseline stays as it
 * was read). Immutable: every {@code with…} returns a new instance.
 * <ul>
 * <li>a rate value from a date (the model's {@code RateChange}): it joins the rate's own dated values;
 * on the same date it wins; without a date it applies in every year. A rate inside
 * {@code indexed(rate by index since YEAR, …)} is read in the base year, as the language says, so a
 * value dated after the base year does not change it: change the index instead;</li>
 * <li>an index factor from 1 January of a year (a {@code RateChange} that names an index): it
 * replaces the file's steps of that year; without a date it replaces every year's step;</li>
 * <li>a parameter value (the model's {@code ShareChange});</li>
 * <li>a factor on one rate (sensitivity), applied to the value the rate would otherwise have; a
 * factor on an index multiplies its step of the year evaluated;</li>
 * <li>a common factor on every rate that is per a category (goal seek, sweeps), applied to the rate
 * as the formula uses it: an {@code indexed(…)} rate after its indexation and rounding. The factor
 * thus moves the total continuously; on request the scaled rates are rounded again as the
 * {@code indexed(…)} says, the way an agreement would state new rates.</li>
 * </ul>
 */
public final class Overrides {

	/** No differences. */
	public static final Overrides NONE = new Overrides(Map.of(), Map.of(), Map.of(), BigDecimal.ONE, false);

	/**
	 * A rate value set by a scenario.
	 *
	 * @param validFrom yyyy-mm-dd, or null for every year
	 * @param value     the value
	 */
	public record DatedRate(String validFrom, BigDecimal value) {
	}

	private final Map<String, List<DatedRate>> rates;
	private final Map<String, BigDecimal> parameters;
	private final Map<String, BigDecimal> rateFactors;
	private final BigDecimal categoryRatesFactor;
	private final boolean roundScaledRates;

	private Overrides(Map<String, List<DatedRate>> rates, Map<String, BigDecimal> parameters,
			Map<String, BigDecimal> rateFactors, BigDecimal categoryRatesFactor, boolean roundScaledRates) {
		this.rates = rates;
		this.parameters = parameters;
		this.rateFactors = rateFactors;
		this.categoryRatesFactor = categoryRatesFactor;
		this.roundScaledRates = roundScaledRates;
	}

	/**
	 * @param rate      rate or index name in the formula file
	 * @param validFrom yyyy-mm-dd from which the value applies (for an index: 1 January of the year
	 *                  whose step it replaces), or null for every year
	 * @param value     the rate's value, or the index factor
	 * @return these overrides and that value, later ones winning on the same date
	 */
	public Overrides withRate(String rate, String validFrom, BigDecimal value) {
		Map<String, List<DatedRate>> copy = new HashMap<>(rates);
		List<DatedRate> values = new ArrayList<>(copy.getOrDefault(rate, List.of()));
		values.add(new DatedRate(validFrom, Objects.requireNonNull(value)));
		copy.put(rate, List.copyOf(values));
		return new Overrides(Map.copyOf(copy), parameters, rateFactors, categoryRatesFactor, roundScaledRates);
	}

	/**
	 * @param parameter parameter name in the formula file
	 * @param value     its value instead of the file's expression
	 * @return these overrides and that parameter value
	 */
	public Overrides withParameter(String parameter, BigDecimal value) {
		Map<String, BigDecimal> copy = new HashMap<>(parameters);
		copy.put(parameter, Objects.requireNonNull(value));
		return new Overrides(rates, Map.copyOf(copy), rateFactors, categoryRatesFactor, roundScaledRates);
	}

	/**
	 * @param rate   rate or index name
	 * @param factor multiplies the rate's value (after any set value), or the index's step of the
	 *               year evaluated, e.g. 1.05 for +5 %
	 * @return these overrides and that factor (replacing an earlier factor on the same rate)
	 */
	public Overrides withRateFactor(String rate, BigDecimal factor) {
		Map<String, BigDecimal> copy = new HashMap<>(rateFactors);
		copy.put(rate, Objects.requireNonNull(factor));
		return new Overrides(rates, parameters, Map.copyOf(copy), categoryRatesFactor, roundScaledRates);
	}

	/**
	 * @param factor multiplies every rate that is per a category (not the index) as the formula uses
	 *               it, after indexation and its rounding, e.g. a common increase of all rates
	 * @return these overrides with that common factor (replacing an earlier one); the scaled rates
	 *         are exact, not rounded again
	 */
	public Overrides withCategoryRatesFactor(BigDecimal factor) {
		return new Overrides(rates, parameters, rateFactors, Objects.requireNonNull(factor), false);
	}

	/**
	 * @return these overrides, with the rates scaled by the common factor rounded again as their
	 *         {@code indexed(…)} says (e.g. to whole øre): the rates an agreement would state
	 */
	public Overrides roundingScaledRates() {
		return new Overrides(rates, parameters, rateFactors, categoryRatesFactor, true);
	}

	/** @return the rate values and index factors set, by rate or index name */
	public Map<String, List<DatedRate>> rates() {
		return rates;
	}

	/** @return the parameter values set, by parameter name */
	public Map<String, BigDecimal> parameters() {
		return parameters;
	}

	/** @return the factors on single rates and indices, by name */
	public Map<String, BigDecimal> rateFactors() {
		return rateFactors;
	}

	/** @return the common factor on every rate that is per a category */
	public BigDecimal categoryRatesFactor() {
		return categoryRatesFactor;
	}

	/** @return whether rates scaled by the common factor are rounded again as their indexation says */
	public boolean roundsScaledRates() {
		return roundScaledRates;
	}

	/** @return true when nothing differs from the formula file */
	public boolean isEmpty() {
		return rates.isEmpty() && parameters.isEmpty() && rateFactors.isEmpty()
				&& categoryRatesFactor.compareTo(BigDecimal.ONE) == 0;
	}

	/**
	 * Checks that every rate, index and parameter named here exists in a formula file, and that an
	 * index factor is dated 1 January (index steps take effect then).
	 *
	 * @param formulas the formula file
	 * @param origin   who names them (e.g. "scenario 'tilbud'"), for the message
	 * @throws IllegalArgumentException naming the first unknown name and what the file has
	 */
	public void check(Model formulas, String origin) {
		check(formulas, List.of(), origin);
	}

	/**
	 * The same, where other readers besides the formula file (projection models' own parameter
	 * files) may also read some of the names.
	 *
	 * @param formulas   the formula file
	 * @param otherNames rate, index and parameter names that other readers know
	 * @param origin     who names them, for the message
	 * @throws IllegalArgumentException naming the first name nobody reads, and what the file has
	 */
	public void check(Model formulas, Collection<String> otherNames, String origin) {
		List<String> rateNames = new ArrayList<>();
		List<String> indexNames = new ArrayList<>();
		List<String> parameterNames = new ArrayList<>();
		for (Element element : formulas.getElements()) {
			if (element instanceof Rate) {
				rateNames.add(element.getName());
			} else if (element instanceof Index) {
				indexNames.add(element.getName());
			} else if (element instanceof Parameter) {
				parameterNames.add(element.getName());
			}
		}
		List<String> changeable = new ArrayList<>(rateNames);
		changeable.addAll(indexNames);
		List<String> changed = new ArrayList<>(rates.keySet());
		changed.addAll(rateFactors.keySet());
		for (String rate : changed) {
			require(changeable.contains(rate) || otherNames.contains(rate), origin + " changes the rate '" + rate
					+ "', but the formula file has no such rate or index; it has " + String.join(", ", changeable));
		}
		for (Map.Entry<String, List<DatedRate>> entry : rates.entrySet()) {
			if (indexNames.contains(entry.getKey())) {
				for (DatedRate value : entry.getValue()) {
					require(value.validFrom() == null || value.validFrom().matches("\\d{4}-01-01"), origin
							+ " sets the index '" + entry.getKey() + "' from " + value.validFrom()
							+ ", but index steps take effect on 1 January; write the year's 1 January");
				}
			}
		}
		for (String parameter : parameters.keySet()) {
			require(parameterNames.contains(parameter) || otherNames.contains(parameter), origin + " changes the parameter '" + parameter
					+ "', but the formula file has no such parameter; it has " + String.join(", ", parameterNames));
		}
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message + ".");
		}
	}
}
