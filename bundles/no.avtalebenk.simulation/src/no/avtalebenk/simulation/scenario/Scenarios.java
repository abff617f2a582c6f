package no.avtalebenk.simulation.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.CountChange;
import no.avtalebenk.model.avtale.GrowthChange;
import no.avtalebenk.model.avtale.RateChange;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.ScenarioChange;
import no.avtalebenk.model.avtale.ShareChange;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.Provenance;
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
		Scenario scenario = find(model, name);
		Deque<Scenario> stack = stack(scenario);
		List<Count> counts = new ArrayList<>(baseline.all());
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
				} else {
					throw new IllegalArgumentException("Scenario '" + s.getName() + "': the change "
							+ change.eClass().getName() + " is not known to the simulation.");
				}
			}
		}
		try {
			return new ScenarioInputs(scenario.getName(), scenario.getDescription(),
					scenario.getHolder() == null ? "baseline" : scenario.getHolder().getLiteral(), names,
					CountTable.of("scenario '" + name + "'", counts), overrides);
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
				} else if (!(change instanceof CountChange) && !(change instanceof GrowthChange)) {
					throw new IllegalArgumentException("Scenario '" + s.getName() + "': the change "
							+ change.eClass().getName() + " is not known to the simulation.");
				}
			}
		}
		return overrides;
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
