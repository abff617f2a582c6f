package no.avtalebenk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;

import no.avtalebenk.cases.Case;
import no.avtalebenk.charts.ChartExport;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.SweepLines;
import no.avtalebenk.simulation.analysis.Sweep;
import no.avtalebenk.simulation.analysis.SweepParameter;
import no.avtalebenk.simulation.result.PaymentResult;
import no.avtalebenk.simulation.scenario.ScenarioInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sweep --vary KIND:NAME=FROM..TO:step=STEP [--vary …]}: a negotiator's data table, the total of
 * every year for each value of one or two parameters (a rate, a factor, a share, a count factor), as
 * a table, CSV or JSON, and optionally as a chart.
 */
@Command(name = "sweep", description = "A data table: the yearly totals for each value of one or two rates, factors, "
		+ "shares or count factors.")
final class SweepCommand extends Subcommand {

	@Option(names = "--vary", paramLabel = "KIND:NAME=FROM..TO:step=STEP",
			description = "What to vary, once or twice: rate:NAME, factor:NAME (factor:* for every category rate), "
					+ "share:NAME (a parameter) or count:CATEGORY (a factor on its counts); values FROM..TO:step=STEP "
					+ "or V1,V2,… (required).")
	private List<String> vary = new ArrayList<>();

	@Option(names = "--scenario", paramLabel = "NAME", description = "The scenario the parameters change (default: the baseline).")
	private String scenarioOption;

	@Option(names = "--out", paramLabel = "FILE.png|FILE.svg", description = "Also draw the totals as lines into this image.")
	private String target;

	@Option(names = "--year", paramLabel = "YEAR",
			description = "The year the chart draws when two parameters are varied (default: the first year).")
	private String yearOption;

	@Mixin
	private CaseOptions caseOptions;

	@Mixin
	private FormatOption.TableCsvJson formatOption;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		String format = formatOption.get();
		if (vary.isEmpty() || vary.size() > 2) {
			throw new UsageException("give --vary once or twice, e.g. --vary rate:grunnskoleSats=200..260:step=5");
		}
		String lower = target == null ? null : target.toLowerCase(Locale.ROOT);
		if (lower != null && !lower.endsWith(".png") && !lower.endsWith(".svg")) {
			throw new UsageException("write the chart to a .png or .svg file");
		}
		Case run = caseOptions.open();
		List<SweepParameter> parameters = new ArrayList<>();
		try {
			for (String text : vary) {
				SweepParameter parameter = SweepParameter.parse(text);
				parameter.check(run.formulas());
				parameters.add(parameter);
			}
			if (parameters.size() == 2 && parameters.get(0).label().equals(parameters.get(1).label())) {
				throw new IllegalArgumentException("--vary names " + parameters.get(0).label() + " twice");
			}
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		int year = Values.integer("--year", yearOption, run.years().get(0));
		if (!run.years().contains(year)) {
			throw new UsageException("--year must be one of " + run.years() + ", not " + year);
		}
		ScenarioInputs scenario = run.scenario(scenarioOption);
		Sweep.Result result;
		try {
			result = Sweep.run(run.formulas(), scenario.overrides(), scenario.counts(), run.years(), parameters, null);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		PaymentResult base = run.project(run.projection(Case.DEFAULT_PROJECTION), scenario);
		switch (format) {
		case "csv" -> csv(result, out);
		case "json" -> json(result, scenario.name(), base, out);
		default -> table(result, scenario.name(), base, out);
		}
		if (target != null) {
			SweepLines lines;
			try {
				lines = SweepLines.of(result, year);
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage());
			}
			JFreeChart chart = ChartRenderer.render(lines, NumberStyle.NORWEGIAN);
			OutputFiles.write(Path.of(target), stream -> {
				if (lower.endsWith(".png")) {
					if (!ImageIO.write(ChartExport.image(chart, 1000, 600), "png", stream)) {
						throw new IOException("no PNG writer is available");
					}
				} else {
					stream.write(ChartExport.svg(chart, 1000, 600).getBytes(StandardCharsets.UTF_8));
				}
			});
			// on stderr, so that the table, CSV or JSON on stdout stays whole
			err.println("wrote " + target + ": " + lines.title());
		}
		return Commands.OK;
	}

	private static void table(Sweep.Result result, String scenario, PaymentResult base, PrintStream out) {
		out.println("Sweep of " + String.join(" and ", result.parameters().stream().map(SweepParameter::label).toList())
				+ ", scenario " + scenario + ": total per year (NOK) at " + result.points().size() + " points");
		StringBuilder header = new StringBuilder();
		for (SweepParameter parameter : result.parameters()) {
			header.append(String.format("%-28s", parameter.label()));
		}
		for (int year : result.years()) {
			header.append(String.format("%20s", year));
		}
		out.println(header);
		StringBuilder own = new StringBuilder(String.format("%-" + 28 * result.parameters().size() + "s", "(scenario)"));
		for (int year : result.years()) {
			own.append(String.format("%20s", Amounts.norwegian(base.total(year))));
		}
		out.println(own);
		for (Sweep.Point point : result.points()) {
			StringBuilder row = new StringBuilder();
			for (BigDecimal value : point.values()) {
				row.append(String.format("%-28s", value.toPlainString()));
			}
			for (BigDecimal total : point.totals()) {
				row.append(String.format("%20s", Amounts.norwegian(total)));
			}
			out.println(row);
		}
	}

	private static void csv(Sweep.Result result, PrintStream out) {
		StringBuilder header = new StringBuilder();
		for (SweepParameter parameter : result.parameters()) {
			header.append(Csv.field(parameter.label())).append(';');
		}
		header.append(String.join(";", result.years().stream().map(y -> "total_" + y + "_nok").toList()));
		out.println(header);
		StringBuilder rows = new StringBuilder();
		for (Sweep.Point point : result.points()) {
			for (BigDecimal value : point.values()) {
				rows.append(value.toPlainString()).append(';');
			}
			for (int y = 0; y < point.totals().size(); y++) {
				rows.append(y == 0 ? "" : ";").append(Amounts.plain(point.totals().get(y)));
			}
			rows.append('\n');
		}
		out.print(rows);
	}

	private static void json(Sweep.Result result, String scenario, PaymentResult base, PrintStream out) {
		StringBuilder json = new StringBuilder("{\"scenario\":").append(Json.quote(scenario)).append(",\"parameters\":[");
		for (int p = 0; p < result.parameters().size(); p++) {
			SweepParameter parameter = result.parameters().get(p);
			json.append(p == 0 ? "" : ",").append("{\"kind\":").append(Json.quote(parameter.kind().word()))
					.append(",\"name\":").append(Json.quote(parameter.name())).append(",\"values\":")
					.append(parameter.values().size()).append('}');
		}
		json.append("],\"years\":").append(result.years()).append(",\"scenarioTotals\":{");
		for (int y = 0; y < result.years().size(); y++) {
			int year = result.years().get(y);
			json.append(y == 0 ? "" : ",").append('"').append(year).append("\":\"").append(Amounts.plain(base.total(year)))
					.append('"');
		}
		json.append("},\"points\":[");
		for (int i = 0; i < result.points().size(); i++) {
			Sweep.Point point = result.points().get(i);
			json.append(i == 0 ? "" : ",").append("{\"values\":[");
			for (int v = 0; v < point.values().size(); v++) {
				json.append(v == 0 ? "" : ",").append('"').append(point.values().get(v).toPlainString()).append('"');
			}
			json.append("],\"totals\":{");
			for (int y = 0; y < point.totals().size(); y++) {
				json.append(y == 0 ? "" : ",").append('"').append(result.years().get(y)).append("\":\"")
						.append(Amounts.plain(point.totals().get(y))).append('"');
			}
			json.append("}}");
		}
		out.println(json.append("]}"));
	}
}
