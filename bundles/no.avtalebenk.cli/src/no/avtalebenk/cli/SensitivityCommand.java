package no.avtalebenk.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Locale;

import no.avtalebenk.cases.Case;
import no.avtalebenk.report.CaseAnalyses;
import no.avtalebenk.simulation.analysis.Sensitivity.Bar;
import no.avtalebenk.simulation.analysis.Sensitivity;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.scenario.ScenarioInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sensitivity}: one input at a time (each category rate, each category's counts, each index)
 * moved to both ends of its range; the year's totals give the bars of a tornado chart, largest swing
 * first.
 */
@Command(name = "sensitivity", description = "One input at a time: the data of a tornado chart.")
final class SensitivityCommand extends Subcommand {

	/** Default range of rates: ±10 %. */
	static final BigDecimal RATES = CaseAnalyses.SENSITIVITY_RATES;
	/** Default range of counts: ±5 %. */
	static final BigDecimal COUNTS = CaseAnalyses.SENSITIVITY_COUNTS;
	/** Default range of an index step: ±3 %. */
	static final BigDecimal INDEX = CaseAnalyses.SENSITIVITY_INDEX;

	@Option(names = "--year", paramLabel = "YEAR", description = "The year whose total counts (default: the first year of the agreement).")
	private String yearOption;

	@Option(names = "--rates", paramLabel = "FRACTION", description = "Range of every rate (default: 0.10 for ±10 %).")
	private String ratesOption;

	@Option(names = "--counts", paramLabel = "FRACTION", description = "Range of every category's counts (default: 0.05).")
	private String countsOption;

	@Option(names = "--index", paramLabel = "FRACTION", description = "Range of every index's step of the year (default: 0.03).")
	private String indexOption;

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
		BigDecimal rates = range("--rates", ratesOption, RATES);
		BigDecimal counts = range("--counts", countsOption, COUNTS);
		BigDecimal index = range("--index", indexOption, INDEX);
		Case run = caseOptions.open();
		int year = Values.integer("--year", yearOption, run.years().get(0));
		if (!run.years().contains(year)) {
			throw new UsageException("--year must be one of " + run.years() + ", not " + year);
		}
		ProjectionDescriptor model = run.projection(projection);
		ScenarioInputs scenario = run.scenario(scenarioOption);
		Sensitivity.Result result = Sensitivity.run(year, Sensitivity.defaultInputs(run.formulas(), rates, counts, index),
				scenario.overrides(), scenario.counts(), (o, c) -> run.project(model, scenario.name(), o, c));
		switch (format) {
		case "csv" -> {
			out.println("input;kind;low_factor;high_factor;total_low_nok;total_high_nok;swing_nok");
			for (Bar bar : result.bars()) {
				out.println(bar.input().name() + ";" + kind(bar) + ";" + bar.input().low().toPlainString() + ";"
						+ bar.input().high().toPlainString() + ";" + Amounts.plain(bar.lowTotal()) + ";"
						+ Amounts.plain(bar.highTotal()) + ";" + Amounts.plain(bar.swing()));
			}
		}
		case "json" -> {
			StringBuilder json = new StringBuilder("{\"scenario\":").append(Json.quote(scenario.name()))
					.append(",\"model\":").append(Json.quote(model.name())).append(",\"year\":").append(year)
					.append(",\"base\":\"").append(Amounts.plain(result.baseTotal())).append("\",\"bars\":[");
			for (int i = 0; i < result.bars().size(); i++) {
				Bar bar = result.bars().get(i);
				json.append(i == 0 ? "" : ",").append("{\"input\":").append(Json.quote(bar.input().name()))
						.append(",\"kind\":").append(Json.quote(kind(bar))).append(",\"low\":\"")
						.append(bar.input().low().toPlainString()).append("\",\"high\":\"")
						.append(bar.input().high().toPlainString()).append("\",\"totalLow\":\"")
						.append(Amounts.plain(bar.lowTotal())).append("\",\"totalHigh\":\"")
						.append(Amounts.plain(bar.highTotal())).append("\",\"swing\":\"").append(Amounts.plain(bar.swing()))
						.append("\"}");
			}
			out.println(json.append("]}"));
		}
		default -> {
			out.println("Sensitivity of the " + year + " total (NOK), scenario " + scenario.name() + ", model "
					+ model.name() + "; base " + Amounts.norwegian(result.baseTotal()) + "; one input at a time");
			out.println(String.format("%-24s%-7s%8s%8s%20s%20s%18s", "input", "kind", "low", "high", "total at low",
					"total at high", "swing"));
			for (Bar bar : result.bars()) {
				out.println(String.format("%-24s%-7s%8s%8s%20s%20s%18s", bar.input().name(), kind(bar),
						bar.input().low().toPlainString(), bar.input().high().toPlainString(),
						Amounts.norwegian(bar.lowTotal()), Amounts.norwegian(bar.highTotal()), Amounts.norwegian(bar.swing())));
			}
		}
		}
		return Commands.OK;
	}

	private static String kind(Bar bar) {
		return bar.input().kind().name().toLowerCase(Locale.ROOT);
	}

	private static BigDecimal range(String name, String text, BigDecimal fallback) throws UsageException {
		BigDecimal value = Values.decimal(name, text, fallback.toPlainString());
		if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
			throw new UsageException(name + " is a fraction between 0 and 1 (0.10 for ±10 %), not " + value.toPlainString());
		}
		return value;
	}
}
