package no.avtalebenk.cli;

import java.io.PrintStream;
import java.math.BigDecimal;

import no.avtalebenk.cases.Case;
import no.avtalebenk.model.terms.AgreedAmounts;
import no.avtalebenk.simulation.analysis.GoalSeek.Iteration;
import no.avtalebenk.simulation.analysis.GoalSeek;
import no.avtalebenk.simulation.analysis.Lever;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.scenario.ScenarioInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code goal-seek}: the value of one unknown (a common factor on all category rates, one rate or one
 * parameter) that makes a year's total hit a target, within bounds; the answer's total is
 * recomputed through the normal projection path.
 */
@Command(name = "goal-seek", description = "The value that makes a year's total hit a target, with the iterations.")
final class GoalSeekCommand extends Subcommand {

	@Option(names = "--target", paramLabel = "NOK", description = "The total to reach (default: the agreed amount of the year, when the agreement states one).")
	private String targetOption;

	@Option(names = "--year", paramLabel = "YEAR", description = "The year whose total counts (default: the first year of the agreement).")
	private String yearOption;

	@Option(names = "--solve", paramLabel = "rates|rate:NAME|param:NAME",
			description = "The unknown: a common factor on every category rate (default), one rate or index, or one parameter.")
	private String solve = "rates";

	@Option(names = "--low", paramLabel = "X", description = "Lower bound (default: 0.5 for rates, else 0).")
	private String lowOption;

	@Option(names = "--high", paramLabel = "X", description = "Upper bound (default: 2 for rates, 1000 for a rate, 1 for a parameter).")
	private String highOption;

	@Option(names = "--tolerance", paramLabel = "NOK", description = "How close the total must come (default: 1).")
	private String toleranceOption;

	@Option(names = "--scenario", paramLabel = "NAME", description = "A scenario of the case's agreement (default: the baseline).")
	private String scenarioOption;

	@Option(names = "--projection", paramLabel = "NAME",
			description = "An installed projection model (default: kopinor; see projections).")
	private String projection;

	@Mixin
	private CaseOptions caseOptions;

	@Mixin
	private FormatOption.TableCsvJson formatOption;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		String format = formatOption.get();
		Case run = caseOptions.open();
		int year = Values.integer("--year", yearOption, run.years().get(0));
		if (!run.years().contains(year)) {
			throw new UsageException("--year must be one of " + run.years() + ", not " + year);
		}
		BigDecimal agreed = AgreedAmounts.byYear(run.model()).get(year);
		if (targetOption == null && agreed == null) {
			throw new UsageException("--target is required: the agreement states no agreed amount for " + year);
		}
		BigDecimal target = targetOption == null ? agreed : Values.decimal("--target", targetOption, null);
		BigDecimal low = Values.decimal("--low", lowOption, solve.equals("rates") ? "0.5" : "0");
		BigDecimal high = Values.decimal("--high", highOption,
				solve.equals("rates") ? "2" : solve.startsWith("rate:") ? "1000" : "1");
		BigDecimal tolerance = Values.decimal("--tolerance", toleranceOption, "1");
		ProjectionDescriptor model = run.projection(projection);
		ScenarioInputs scenario = run.scenario(scenarioOption);
		Lever lever;
		if (solve.equals("rates")) {
			lever = Lever.categoryRates();
		} else if (solve.startsWith("rate:") || solve.startsWith("param:")) {
			String name = solve.substring(solve.indexOf(':') + 1);
			if (!run.changeableNames(model).contains(name)) {
				throw new UsageException("--solve names '" + name + "', which the model '" + model.name()
						+ "' does not read; it reads " + String.join(", ", run.changeableNames(model)));
			}
			lever = solve.startsWith("rate:") ? Lever.rate(name) : Lever.parameter(name);
		} else {
			throw new UsageException("--solve must be rates, rate:NAME or param:NAME, not '" + solve + "'");
		}
		GoalSeek.Result result;
		try {
			result = GoalSeek.solve(lever.describe(), year, target, low, high, tolerance,
					x -> run.project(model, scenario.name(), lever.apply(scenario.overrides(), x), scenario.counts()));
		} catch (IllegalArgumentException e) {
			err.println("avtalebenk goal-seek: " + e.getMessage());
			return Commands.NO_SOLUTION;
		}
		// A common factor is solved on the rates as the formulas use them; an agreement would state the
		// new rates rounded again, which moves the total in øre steps: show where that lands too.
		BigDecimal rounded = solve.equals("rates")
				? run.project(model, scenario.name(),
						lever.apply(scenario.overrides(), result.value()).roundingScaledRates(), scenario.counts())
						.total(year)
				: null;
		switch (format) {
		case "csv" -> {
			out.println("kind;number;value;total_nok;difference_nok");
			for (Iteration it : result.iterations()) {
				out.println("iteration;" + it.number() + ";" + it.value().toPlainString() + ";" + Amounts.plain(it.total())
						+ ";" + Amounts.plain(it.total().subtract(target)));
			}
			out.println("answer;" + result.iterations().size() + ";" + result.value().toPlainString() + ";"
					+ Amounts.plain(result.total()) + ";" + Amounts.plain(result.difference()));
			if (rounded != null) {
				out.println("rounded_rates;" + result.iterations().size() + ";" + result.value().toPlainString() + ";"
						+ Amounts.plain(rounded) + ";" + Amounts.plain(rounded.subtract(target)));
			}
		}
		case "json" -> {
			StringBuilder json = new StringBuilder("{\"variable\":").append(Json.quote(result.variable()))
					.append(",\"scenario\":").append(Json.quote(scenario.name())).append(",\"model\":")
					.append(Json.quote(model.name())).append(",\"year\":").append(year).append(",\"target\":\"")
					.append(Amounts.plain(target)).append("\",\"tolerance\":\"").append(Amounts.plain(tolerance))
					.append("\",\"value\":\"").append(result.value().toPlainString()).append("\",\"total\":\"")
					.append(Amounts.plain(result.total())).append("\",\"difference\":\"")
					.append(Amounts.plain(result.difference())).append("\",\"reached\":").append(result.reached())
					.append(",\"note\":").append(Json.quote(result.note()));
			if (rounded != null) {
				json.append(",\"roundedRatesTotal\":\"").append(Amounts.plain(rounded))
						.append("\",\"roundedRatesDifference\":\"").append(Amounts.plain(rounded.subtract(target)))
						.append('"');
			}
			iteration(json, "below", result.below());
			iteration(json, "above", result.above());
			json.append(",\"iterations\":[");
			for (int i = 0; i < result.iterations().size(); i++) {
				Iteration it = result.iterations().get(i);
				json.append(i == 0 ? "" : ",").append("{\"number\":").append(it.number()).append(",\"value\":\"")
						.append(it.value().toPlainString()).append("\",\"total\":\"").append(Amounts.plain(it.total()))
						.append("\"}");
			}
			out.println(json.append("]}"));
		}
		default -> {
			out.println("Goal seek: " + result.variable() + " so that the " + year + " total is NOK "
					+ Amounts.norwegian(target) + " (scenario " + scenario.name() + ", model " + model.name() + ")");
			out.println(String.format("%-14s%s", "answer", result.value().toPlainString()));
			out.println(String.format("%-14s%s (recomputed)", "total", Amounts.norwegian(result.total())));
			out.println(String.format("%-14s%s", "difference", Amounts.norwegian(result.difference())));
			out.println(String.format("%-14s%s", "reached", result.reached() ? "yes, within NOK " + Amounts.norwegian(tolerance)
					: "no: " + result.note()));
			if (rounded != null) {
				out.println(String.format("%-14s%s (difference %s) with the new rates rounded to whole øre, as an agreement"
						+ " would state them", "rounded", Amounts.norwegian(rounded), Amounts.norwegian(rounded.subtract(target))));
			}
			out.println("iterations (" + result.iterations().size() + ")");
			for (Iteration it : result.iterations()) {
				out.println(String.format("%4d  %-20s%20s", it.number(), it.value().toPlainString(),
						Amounts.norwegian(it.total())));
			}
		}
		}
		return result.reached() ? Commands.OK : Commands.NO_SOLUTION;
	}

	private static void iteration(StringBuilder json, String name, Iteration it) {
		if (it != null) {
			json.append(",\"").append(name).append("\":{\"value\":\"").append(it.value().toPlainString())
					.append("\",\"total\":\"").append(Amounts.plain(it.total())).append("\"}");
		}
	}
}
