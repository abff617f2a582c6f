package no.avtalebenk.simulation.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.CountChange;
import no.avtalebenk.model.avtale.CountYearChange;
import no.avtalebenk.model.avtale.GrowthChange;
import no.avtalebenk.model.avtale.RateChange;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.ScenarioChange;
import no.avtalebenk.model.avtale.ShareChange;
import no.avtalebenk.model.avtale.YearRuleKind;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.CountYears;
import no.avtalebenk.simulation.counts.Provenance;
import no.avtalebenk.simulation.counts.YearRule;
import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * Applies a scenario of an agreement model: starts from the baseline counts and the formula file's
 * own values, then applies each scenario's changes from the bottom of its stack ({@code basedOn})
 * up. A scenario records only its differences; the baseline is copied, never changed.
 * <ul>
 * <li>{@code CountChange} sets the count of a category in a year, for one unit or for every unit
 * that has one;</li>
 * <li>{@code GrowthChange} lets a category grow by {@code ratePerYear}, compounding from
 * {@code fromYear} (default: every year): the count of year y becomes the count below it ×
 * (1 + rate)^(y − fromYear + 1), rounded half up to the decimals of that count (whole pupils stay
 * whole);</li>
 * <li>{@code CountYearChange} replaces the year rule of a category ({@link CountYears}): a kind of rule
 * or a fixed data year. The year rules (the categories', replaced by the stack's count year changes
 * and then by those the caller gives, e.g. from the command line) are applied first, for the years
 * of the agreement's period, so that the count and growth changes work on the counts the years
 * use;</li>
 * <li>{@code RateChange} sets a rate of the formula file from a date, or, when it names an index,
 * that index's factor for the year starting on its date (1 January); {@code ShareChange} sets a
 * parameter: both become {@link Overrides}, applied when the formulas are evaluated.</li>
 * </ul>
 */
public final class Scenarios {

	private Scenarios() {
	}

	/**
	 * @param model    the agreement model holding the scenarios
	 * @param name     the scenario to apply
	 * @param baseline the baseline counts
	 * @return the scenario's counts and overrides
	 * @throws IllegalArgumentException when there is no such scenario, or the stack has a cycle
	 */
	public static ScenarioInputs apply(AgreementModel model, String name, CountTable baseline) {
		return apply(model, name, baseline, CountYears.NONE);
	}

	/**
	 * @param model      the agreement model holding the scenarios
	 * @param name       the scenario to apply
	 * @param baseline   the baseline counts, as the data hold them
	 * @param countYears year rules that replace those of the categories and the scenarios, category by
	 *                   category (the command line's {@code --count-year})
	 * @return the scenario's counts and overrides
	 * @throws IllegalArgumentException when there is no such scenario, or the stack has a cycle
	 */
	public static ScenarioInputs apply(AgreementModel model, String name, CountTable baseline, CountYears countYears) {
		Scenario scenario = find(model, name);
		Deque<Scenario> stack = stack(scenario);
		CountTable resolved = countYears(model, stack, countYears).resolve(baseline, years(model));
		List<Count> counts = new ArrayList<>(resolved.all());
		Overrides overrides = Overrides.NONE;
		List<String> names = new ArrayList<>();
		for (Scenario s : stack) {
			names.add(s.getName());
			for (ScenarioChange change : s.getChanges()) {
				if (change instanceof CountChange c) {
					counts = setCount(counts, s.getName(), c);
				} else if (change instanceof GrowthChange g) {
					counts = grow(counts, s.getName(), g);
				} else if (change instanceof RateChange r) {
					overrides = overrides.withRate(r.getRate(), r.getValidFrom(), r.getValue());
				} else if (change instanceof ShareChange sh) {
					overrides = overrides.withParameter(sh.getParameter(), sh.getValue());
				} else if (!(change instanceof CountYearChange)) {
					throw new IllegalArgumentException("Scenario '" + s.getName() + "': the change "
							+ change.eClass().getName() + " is not known to the simulation.");
				}
			}
		}
		try {
			return new ScenarioInputs(scenario.getName(), scenario.getDescription(),
					scenario.getHolder() == null ? "baseline" : scenario.getHolder().getLiteral(), names,
					CountTable.of("scenario '" + name + "'", counts).withYearChoicesOf(resolved), overrides);
		} catch (CountFileException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	/**
	 * The rate and parameter values of a scenario alone, as {@link #apply} sets them, without
	 * applying its count changes: for a caller that keeps the counts of an unchanged stack (the live
	 * what-if, after an edit of a rate).
	 *
	 * @param model an agreement model
	 * @param name  the scenario
	 * @return its overrides, equal to those of {@link #apply}
	 * @throws IllegalArgumentException as {@link #apply} does
	 */
	public static Overrides overrides(AgreementModel model, String name) {
		Overrides overrides = Overrides.NONE;
		for (Scenario s : stack(find(model, name))) {
			for (ScenarioChange change : s.getChanges()) {
				if (change instanceof RateChange r) {
					overrides = overrides.withRate(r.getRate(), r.getValidFrom(), r.getValue());
				} else if (change instanceof ShareChange sh) {
					overrides = overrides.withParameter(sh.getParameter(), sh.getValue());
				} else if (!(change instanceof CountChange) && !(change instanceof GrowthChange)
						&& !(change instanceof CountYearChange)) {
					throw new IllegalArgumentException("Scenario '" + s.getName() + "': the change "
							+ change.eClass().getName() + " is not known to the simulation.");
				}
			}
		}
		return overrides;
	}

	/**
	 * @param model      an agreement model
	 * @param name       a scenario
	 * @param countYears year rules given by the caller, which replace the others
	 * @return the year rules the scenario applies: the categories', replaced by the stack's count year
	 *         changes from the baseline up, then by the caller's
	 * @throws IllegalArgumentException as {@link #apply} does
	 */
	public static CountYears countYears(AgreementModel model, String name, CountYears countYears) {
		return countYears(model, stack(find(model, name)), countYears);
	}

	private static CountYears countYears(AgreementModel model, Deque<Scenario> stack, CountYears given) {
		CountYears rules = CountYears.of(model);
		for (Scenario s : stack) {
			for (ScenarioChange change : s.getChanges()) {
				if (change instanceof CountYearChange c) {
					if (c.getCategory() == null) {
						throw new IllegalArgumentException("Scenario '" + s.getName() + "': a count year change names no category.");
					}
					YearRuleKind kind = c.getKind() == null ? YearRuleKind.LATEST_AVAILABLE : c.getKind();
					rules = rules.with(c.getCategory().getId(), new YearRule(kind, c.getDataYear(), "",
							"scenario '" + s.getName() + "'" + note(c), ""));
				}
			}
		}
		return rules.with(given);
	}

	/**
	 * @param model an agreement model
	 * @return the years of its first agreement's period; none when it has no agreement or the period
	 *         cannot be read (then no year rule is applied)
	 */
	static List<Integer> years(AgreementModel model) {
		if (model.getAgreements().isEmpty()) {
			return List.of();
		}
		Agreement agreement = model.getAgreements().get(0);
		try {
			int from = Integer.parseInt(agreement.getPeriodStart().substring(0, 4));
			int to = Integer.parseInt(agreement.getPeriodEnd().substring(0, 4));
			List<Integer> years = new ArrayList<>();
			for (int year = from; year <= to; year++) {
				years.add(year);
			}
			return years;
		} catch (RuntimeException e) {
			return List.of();
		}
	}

	/** The scenario's stack, the baseline first. */
	private static Deque<Scenario> stack(Scenario scenario) {
		Deque<Scenario> stack = new ArrayDeque<>();
		for (Scenario s = scenario; s != null; s = s.getBasedOn()) {
			if (stack.contains(s)) {
				throw new IllegalArgumentException(
						"Scenario '" + scenario.getName() + "' stacks on itself through '" + s.getName() + "'.");
			}
			stack.push(s);
		}
		return stack;
	}

	/**
	 * @param model an agreement model
	 * @param name  a scenario name
	 * @return the scenario
	 * @throws IllegalArgumentException naming the scenarios there are, when there is none by that name
	 */
	public static Scenario find(AgreementModel model, String name) {
		List<String> names = new ArrayList<>();
		for (Scenario s : model.getScenarios()) {
			if (s.getName().equals(name)) {
				return s;
			}
			names.add(s.getName());
		}
		throw new IllegalArgumentException(
				"There is no scenario '" + name + "'; the model has " + String.join(", ", names) + ".");
	}

	/**
	 * @param model an agreement model
	 * @return the name of its first scenario without a basedOn (the baseline)
	 * @throws IllegalArgumentException when it has none
	 */
	public static String baselineName(AgreementModel model) {
		return model.getScenarios().stream().filter(s -> s.getBasedOn() == null).map(Scenario::getName).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("The model has no baseline scenario (one without basedOn)."));
	}

	private static List<Count> setCount(List<Count> counts, String scenario, CountChange change) {
		String category = change.getCategory().getId();
		String unit = change.getUnit() == null ? null : change.getUnit().getId();
		Provenance provenance = new Provenance("scenario '" + scenario + "'", true,
				"set to " + change.getValue().toPlainString() + note(change));
		List<Count> result = new ArrayList<>();
		boolean found = false;
		for (Count c : counts) {
			if (c.category().equals(category) && c.year() == change.getYear() && (unit == null || c.unit().equals(unit))) {
				result.add(new Count(c.unit(), c.unitName(), category, c.year(), change.getValue(), provenance));
				found = true;
			} else {
				result.add(c);
			}
		}
		if (!found && unit != null) {
			result.add(new Count(unit, change.getUnit().getName(), category, change.getYear(), change.getValue(),
					provenance));
		}
		return result;
	}

	private static List<Count> grow(List<Count> counts, String scenario, GrowthChange change) {
		String category = change.getCategory().getId();
		String unit = change.getUnit() == null ? null : change.getUnit().getId();
		// fromYear is an int in the model: 0 means it is not given, and the growth applies from the first year.
		int from = change.getFromYear() == 0 ? Integer.MIN_VALUE : change.getFromYear();
		BigDecimal factor = BigDecimal.ONE.add(change.getRatePerYear());
		List<Count> result = new ArrayList<>();
		for (Count c : counts) {
			if (c.category().equals(category) && c.year() >= from && (unit == null || c.unit().equals(unit))) {
				int first = from == Integer.MIN_VALUE ? firstYear(counts, category) : from;
				int years = c.year() - first + 1;
				BigDecimal grown = c.value().multiply(factor.pow(years, MathContext.UNLIMITED))
						.setScale(Math.max(c.value().scale(), 0), RoundingMode.HALF_UP);
				result.add(new Count(c.unit(), c.unitName(), category, c.year(), grown,
						new Provenance("scenario '" + scenario + "' from " + c.provenance().describe(), true,
								"grown by " + change.getRatePerYear().toPlainString() + " a year over " + years
										+ " year(s)" + note(change))));
			} else {
				result.add(c);
			}
		}
		return result;
	}

	private static int firstYear(List<Count> counts, String category) {
		return counts.stream().filter(c -> c.category().equals(category)).mapToInt(Count::year).min().orElse(0);
	}

	private static String note(ScenarioChange change) {
		return change.getNote() == null || change.getNote().isBlank() ? "" : "; " + change.getNote();
	}
}
