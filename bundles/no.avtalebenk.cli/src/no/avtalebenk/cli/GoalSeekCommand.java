package no.avtalebenk.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.simulation.analysis.GoalSeek;
import no.avtalebenk.simulation.analysis.GoalSeek.Iteration;
import no.avtalebenk.simulation.analysis.Lever;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.scenario.ScenarioInputs;

/**
 * {@code goal-seek}: the value of one unknown (a common factor on all category rates, one rate or one
 * parameter) that makes a year's total hit a target, within bounds; the answer's total is
 * recomputed through the normal projection path.
 */
final class GoalSeekCommand {

	static final String USAGE = """
			Usage: ./avtalebenk goal-seek --target NOK [--year YEAR] [--solve rates|rate:NAME|param:NAME]
			                              [--low X] [--high X] [--tolerance NOK] [--scenario NAME] [--model NAME]
			                              [--data reference|FILE.avtale] [--format table|csv|json]""";

	private GoalSeekCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
		CliOptions options = CliOptions.parse(args, List.of("--data", "--target", "--year", "--solve", "--low", "--high",
				"--tolerance", "--scenario", "--model", "--format"), List.of("--help"));
		if (options.has("--help")) {
			out.println(USAGE);
			return Commands.OK;
		}
		String format = options.format("table", "csv", "json");
		BigDecimal target = options.decimal("--target", null);
		int year = options.integer("--year", 2026);
		String solve = options.get("--solve", "rates");
		BigDecimal low = options.decimal("--low", solve.equals("rates") ? "0.5" : "0");
		BigDecimal high = options.decimal("--high", solve.equals("rates") ? "2" : solve.startsWith("rate:") ? "1000" : "1");
		BigDecimal tolerance = options.decimal("--tolerance", "1");
		ExampleRun run = ExampleRun.load().withData(options.get("--data", null));
		ProjectionDescriptor model = run.projection(options.get("--model", null));
		ScenarioInputs scenario = run.scenario(options.get("--scenario", null));
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
		if (!Examples.YEARS.contains(year)) {
			throw new UsageException("--year must be one of " + Examples.YEARS + ", not " + year);
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
