package no.avtalebenk.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.kinds.ChartInput;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.simulation.analysis.GoalSeek;
import no.avtalebenk.simulation.analysis.Lever;
import no.avtalebenk.simulation.analysis.Sensitivity;
import no.avtalebenk.simulation.montecarlo.DefaultGrowth;
import no.avtalebenk.simulation.montecarlo.MonteCarlo;
import no.avtalebenk.simulation.montecarlo.MonteCarloResult;
import no.avtalebenk.simulation.montecarlo.MonteCarloSpec;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.result.PaymentResult;
import no.avtalebenk.simulation.scenario.ScenarioInputs;

/**
 * The analyses of a case that the briefing, the command line's charts and the workbench show, with the
 * same defaults as the commands that print them ({@code compare}, {@code sensitivity},
 * {@code montecarlo}, {@code goal-seek}), so that a chart and a table of the same name agree.
 */
public final class CaseAnalyses {

	/** Default range of rates in the sensitivity: ±10 %. */
	public static final BigDecimal SENSITIVITY_RATES = new BigDecimal("0.10");
	/** Default range of counts in the sensitivity: ±5 %. */
	public static final BigDecimal SENSITIVITY_COUNTS = new BigDecimal("0.05");
	/** Default range of an index step in the sensitivity: ±3 %. */
	public static final BigDecimal SENSITIVITY_INDEX = new BigDecimal("0.03");

	private CaseAnalyses() {
	}

	/** @return every scenario of the model's file, the baseline first, under the default projection model */
	public static Map<String, PaymentResult> scenarios(Case run) throws CaseException {
		ProjectionDescriptor model = run.projection(null);
		Map<String, PaymentResult> results = new LinkedHashMap<>();
		for (Scenario scenario : run.model().getScenarios()) {
			ScenarioInputs inputs = run.scenario(scenario.getName());
			results.put(inputs.name(), run.project(model, inputs));
		}
		if (results.isEmpty()) {
			ScenarioInputs baseline = run.scenario(null);
			results.put(baseline.name(), run.project(model, baseline));
		}
		return results;
	}

	/**
	 * @param run   the case
	 * @param year  the year asked for, one of the case's years
	 * @param style how amounts and words are written
	 * @return what a contributed chart kind draws from: the case's model, formulas, baseline counts and
	 *         every scenario's payments ({@link #scenarios})
	 * @throws CaseException when the case cannot be projected
	 */
	public static ChartInput chartInput(Case run, int year, NumberStyle style) throws CaseException {
		return new ChartInput(run.model(), run.formulas(), run.baseline(), scenarios(run), run.years(), year, style,
				java.time.LocalDate.now());
	}

	/** @return whose position each scenario is, by name */
	public static Map<String, String> holders(Case run) {
		Map<String, String> holders = new LinkedHashMap<>();
		for (Scenario scenario : run.model().getScenarios()) {
			holders.put(scenario.getName(), scenario.getHolder().getLiteral());
		}
		return holders;
	}

	/** @return the baseline's sensitivity in a year, with {@code sensitivity}'s default ranges */
	public static Sensitivity.Result sensitivity(Case run, int year) throws CaseException {
		ProjectionDescriptor model = run.projection(null);
		ScenarioInputs baseline = run.scenario(null);
		return Sensitivity.run(year, Sensitivity.defaultInputs(run.formulas(), SENSITIVITY_RATES,
				SENSITIVITY_COUNTS, SENSITIVITY_INDEX), baseline.overrides(), baseline.counts(),
				(o, c) -> run.project(model, baseline.name(), o, c));
	}

	/** @return the baseline's Monte Carlo run with {@code montecarlo}'s default growth distributions */
	public static MonteCarloResult monteCarlo(Case run, long seed, int draws) throws CaseException {
		ScenarioInputs baseline = run.scenario(null);
		return MonteCarlo.run(new MonteCarloSpec(seed, draws, DefaultGrowth.drivers(run.formulas())), run.formulas(),
				baseline.overrides(), baseline.counts(), run.years(), null);
	}

	/** @return the value of a parameter that makes the baseline's year total hit the target */
	public static GoalSeek.Result billedShareFor(Case run, int year, BigDecimal target, String parameter)
			throws CaseException {
		return goalSeek(run, year, target, Lever.parameter(parameter), BigDecimal.ZERO, BigDecimal.ONE);
	}

	/**
	 * @return the common factor on every category rate (applied after indexation and øre rounding)
	 *         that makes the baseline's year total hit the target
	 */
	public static GoalSeek.Result ratesFactorFor(Case run, int year, BigDecimal target) throws CaseException {
		return goalSeek(run, year, target, Lever.categoryRates(), new BigDecimal("0.5"), new BigDecimal("2"));
	}

	/** @return the baseline's year total with the rates × factor rounded to whole øre again */
	public static BigDecimal roundedRatesTotal(Case run, int year, BigDecimal factor) throws CaseException {
		ScenarioInputs baseline = run.scenario(null);
		return run.project(run.projection(null), baseline.name(),
				Lever.categoryRates().apply(baseline.overrides(), factor).roundingScaledRates(), baseline.counts())
				.total(year);
	}

	private static GoalSeek.Result goalSeek(Case run, int year, BigDecimal target, Lever lever, BigDecimal low,
			BigDecimal high) throws CaseException {
		ProjectionDescriptor model = run.projection(null);
		ScenarioInputs baseline = run.scenario(null);
		return GoalSeek.solve(lever.describe(), year, target, low, high, BigDecimal.ONE,
				x -> run.project(model, baseline.name(), lever.apply(baseline.overrides(), x), baseline.counts()));
	}
}
