package no.avtalebenk.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.avtalebenk.cases.Case;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.formula.interpreter.Explanation;
import no.avtalebenk.simulation.Explanations;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.YearChoice;
import no.avtalebenk.simulation.counts.YearRule;
import no.avtalebenk.simulation.scenario.ScenarioInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code explain}: the tree of values behind a figure of the case for one reporting unit
 * and year, naming each rate with its dated entry and source, each count with its provenance and
 * the clauses the formulas name, then the data year and year rule of each count. docs/cli.md
 * documents the formats.
 */
@Command(name = "explain", description = "The values behind a payment: rates, counts, sources and clauses.")
final class ExplainCommand extends Subcommand {

	@Option(names = "--unit", paramLabel = "UNIT", description = "A reporting unit of the counts, such as NO or 0301 (required).")
	private String unit;

	@Option(names = "--year", paramLabel = "YEAR", description = "A year such as 2026 (required).")
	private String yearOption;

	@Option(names = "--formula", paramLabel = "NAME", description = "The formula to explain (default: the file's total).")
	private String formula;

	@Option(names = "--scenario", paramLabel = "NAME", description = "A scenario of the case's agreement (default: baseline).")
	private String scenario = "baseline";

	@Mixin
	private CaseOptions caseOptions;

	@Mixin
	private FormatOption.TableCsvJson formatOption;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		if (unit == null || yearOption == null) {
			throw new UsageException("--unit and --year are required; see ./avtalebenk explain --help");
		}
		int year;
		try {
			year = Integer.parseInt(yearOption);
		} catch (NumberFormatException e) {
			throw new UsageException("--year '" + yearOption + "' is not a year");
		}
		String format = formatOption.get();
		Case run = caseOptions.open();
		ScenarioInputs inputs = run.scenario(scenario.equals("baseline") ? null : scenario);
		CountTable counts = inputs.counts();
		Explanation explanation;
		try {
			explanation = Explanations.explain(run.formulas(), counts, unit, year, formula, inputs.overrides());
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		if (format.equals("table")) {
			out.println("Explanation of " + explanation.name() + " for unit " + unit + " (" + counts.unitName(unit)
					+ "), year " + year + ", scenario " + scenario);
			table(explanation, "", out);
			List<String> categories = counted(explanation);
			if (!categories.isEmpty()) {
				out.println("Count years for unit " + unit + ", year " + year + ":");
				for (String category : categories) {
					out.println("  count " + category + ": " + counts.choice(unit, category, year).map(YearChoice::describe)
							.orElse("data year " + year + " for " + year + ", no year rule applied (the count of the year itself)"));
				}
			}
		} else if (format.equals("csv")) {
			out.println("depth;kind;name;expression;value;fraction;unit;detail;source;clause;location");
			csv(explanation, 0, out);
		} else {
			out.println("{\"unit\":" + Json.quote(unit) + ",\"unitName\":"
					+ Json.quote(counts.unitName(unit)) + ",\"year\":" + year + ",\"scenario\":"
					+ Json.quote(scenario) + ",\"explanation\":" + json(explanation) + ",\"countYears\":"
					+ countYears(counts, unit, year, counted(explanation)) + "}");
		}
		return Commands.OK;
	}

	private static void table(Explanation node, String indent, PrintStream out) {
		StringBuilder line = new StringBuilder(indent).append(label(node));
		if (node.value() != null) {
			line.append(" = ").append(node.exact().isDecimal() ? exact(node.value())
					: node.exact() + " (≈ " + exact(node.exact().round(10, RoundingMode.HALF_UP).toBigDecimal()) + ")");
			if (!node.unit().isEmpty() && !node.unit().equals("1")) {
				line.append(' ').append(node.unit());
			}
		} else {
			line.append(": ").append(node.detail().equals("true") ? "holds" : "does not hold");
		}
		if (node.value() != null && !node.detail().isEmpty()) {
			line.append("; ").append(node.detail());
		}
		if (!node.source().isEmpty()) {
			line.append("; source: ").append(node.source());
		}
		if (!node.clause().isEmpty()) {
			line.append("; clause: ").append(node.clause());
		}
		if (!node.location().isEmpty()) {
			line.append("  (").append(node.location()).append(')');
		}
		out.println(line);
		for (Explanation child : node.children()) {
			table(child, indent + "  ", out);
		}
	}

	/** The categories whose counts the tree reads, in the order it first reads them. */
	private static List<String> counted(Explanation node) {
		Set<String> found = new LinkedHashSet<>();
		collect(node, found);
		return List.copyOf(found);
	}

	private static void collect(Explanation node, Set<String> found) {
		if (node.kind() == Explanation.Kind.COUNT) {
			found.add(node.name());
		}
		node.children().forEach(child -> collect(child, found));
	}

	/** The data year and year rule of each count, as a JSON array. */
	private static String countYears(CountTable counts, String unit, int year, List<String> categories) {
		StringBuilder json = new StringBuilder("[");
		for (String category : categories) {
			Optional<YearChoice> choice = counts.choice(unit, category, year);
			json.append(json.length() == 1 ? "" : ",").append("{\"category\":").append(Json.quote(category))
					.append(",\"year\":").append(year).append(",\"dataYear\":")
					.append(choice.isEmpty() ? Integer.toString(year)
							: choice.get().dataYear() == 0 ? "null" : Integer.toString(choice.get().dataYear()));
			if (choice.isEmpty()) {
				json.append(",\"rule\":null");
			} else {
				YearRule rule = choice.get().rule();
				json.append(",\"rule\":").append(Json.quote(rule.kind().getLiteral()));
				if (rule.dataYear() != 0) {
					json.append(",\"ruleDataYear\":").append(rule.dataYear());
				}
				json.append(",\"text\":").append(Json.quote(rule.text())).append(",\"source\":")
						.append(Json.quote(rule.source())).append(",\"assumption\":").append(Json.quote(rule.assumption()));
			}
			json.append('}');
		}
		return json.append(']').toString();
	}

	private static String label(Explanation node) {
		return switch (node.kind()) {
		case FORMULA, PARAMETER, RATE, COUNT -> node.kind().name().toLowerCase() + " " + node.name();
		case INDEX_STEP -> "index step " + node.name();
		case NUMBER -> "number " + node.expression();
		case YEAR -> "year";
		case UNIT -> "unit " + node.name();
		case OPERATION, CONDITION -> node.expression().isEmpty() ? node.name()
				: node.name() + " [" + shorten(node.expression()) + "]";
		};
	}

	private static String shorten(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
	}

	/** Norwegian style without changing the scale: 589 453, 222,78, 0,333…. */
	static String exact(BigDecimal value) {
		return NumberStyle.NORWEGIAN.number(value);
	}

	/** One line per node, the tree in depth-first order, its depth in the first field. */
	private static void csv(Explanation node, int depth, PrintStream out) {
		out.println(String.join(";", String.valueOf(depth), node.kind().name().toLowerCase(), Csv.field(node.name()),
				Csv.field(node.expression()), node.value() == null ? "" : node.value().toPlainString(),
				node.exact() == null || node.exact().isDecimal() ? "" : node.exact().toString(), Csv.field(node.unit()),
				Csv.field(node.detail()), Csv.field(node.source()), Csv.field(node.clause()), Csv.field(node.location())));
		for (Explanation child : node.children()) {
			csv(child, depth + 1, out);
		}
	}

	private static String json(Explanation node) {
		StringBuilder json = new StringBuilder("{\"kind\":\"").append(node.kind().name().toLowerCase())
				.append("\",\"name\":").append(Json.quote(node.name())).append(",\"expression\":")
				.append(Json.quote(node.expression())).append(",\"value\":")
				.append(node.value() == null ? "null" : "\"" + node.value().toPlainString() + "\"")
				.append(node.exact() == null || node.exact().isDecimal() ? ""
						: ",\"fraction\":\"" + node.exact() + "\"")
				.append(",\"unit\":").append(Json.quote(node.unit())).append(",\"detail\":")
				.append(Json.quote(node.detail())).append(",\"source\":")
				.append(Json.quote(node.source())).append(",\"clause\":")
				.append(Json.quote(node.clause())).append(",\"location\":")
				.append(Json.quote(node.location())).append(",\"children\":[");
		for (int i = 0; i < node.children().size(); i++) {
			json.append(i == 0 ? "" : ",").append(json(node.children().get(i)));
		}
		return json.append("]}").toString();
	}
}
