package no.avtalebenk.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

import no.avtalebenk.cases.Case;
import no.avtalebenk.simulation.montecarlo.DefaultGrowth;
import no.avtalebenk.simulation.montecarlo.GrowthDriver;
import no.avtalebenk.simulation.montecarlo.MonteCarlo;
import no.avtalebenk.simulation.montecarlo.MonteCarloResult;
import no.avtalebenk.simulation.montecarlo.MonteCarloSpec;
import no.avtalebenk.simulation.montecarlo.Summary;
import no.avtalebenk.simulation.scenario.ScenarioInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code montecarlo}: the agreement's formulas under random yearly growth of pupil and årsverk counts;
 * P10, P50 and P90 per year and category. Seeded and reproducible; a progress line on stderr.
 */
@Command(name = "montecarlo", description = "P10/P50/P90 per year and category under random growth of counts.")
final class MonteCarloCommand extends Subcommand {

	/** Default pupil growth, MEAN,SD: see {@link DefaultGrowth} for where the figures come from. */
	static final String PUPIL_GROWTH = DefaultGrowth.PUPIL_MEAN + "," + DefaultGrowth.PUPIL_SD;
	/** Default årsverk growth, MEAN,SD: see {@link DefaultGrowth}. */
	static final String ARSVERK_GROWTH = DefaultGrowth.ARSVERK_MEAN + "," + DefaultGrowth.ARSVERK_SD;

	@Option(names = "--seed", paramLabel = "N", description = "Seed of the random draws (default: 1).")
	private String seedOption;

	@Option(names = "--draws", paramLabel = "N", description = "Number of draws, 1 to 10000000 (default: 10000).")
	private String drawsOption;

	@Option(names = "--pupil-growth", paramLabel = "MEAN,SD",
			description = "Yearly growth of pupil counts (default: " + PUPIL_GROWTH + ").")
	private String pupilGrowth = PUPIL_GROWTH;

	@Option(names = "--arsverk-growth", paramLabel = "MEAN,SD",
			description = "Yearly growth of årsverk counts (default: " + ARSVERK_GROWTH + ").")
	private String arsverkGrowth = ARSVERK_GROWTH;

	@Option(names = "--scenario", paramLabel = "NAME", description = "A scenario of the case's agreement (default: the baseline).")
	private String scenarioOption;

	@Option(names = "--no-progress", description = "No progress line on standard error.")
	private boolean noProgress;

	@Mixin
	private CaseOptions caseOptions;

	@Mixin
	private FormatOption.TableCsvJson formatOption;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		String format = formatOption.get();
		long seed = Values.whole("--seed", seedOption, 1);
		int draws = Values.draws("--draws", drawsOption, 10_000);
		double[] pupils = parseGrowth("--pupil-growth", pupilGrowth);
		double[] arsverk = parseGrowth("--arsverk-growth", arsverkGrowth);
		Case run = caseOptions.open();
		ScenarioInputs scenario = run.scenario(scenarioOption);
		MonteCarloSpec spec = spec(run, seed, draws, pupils, arsverk);
		// The command line never cancels (Ctrl-C ends the process); the workbench cancels through its Job.
		MonteCarloResult result = MonteCarlo.run(spec, run.formulas(), scenario.overrides(), scenario.counts(),
				run.years(), noProgress ? null : new ProgressLine(err, draws));
		switch (format) {
		case "csv" -> {
			out.println("year;category;mean_nok;p10_nok;p50_nok;p90_nok;min_nok;max_nok;resolution_nok");
			for (Summary s : result.summaries()) {
				out.println(s.year() + ";" + s.category() + ";" + Amounts.plain(s.mean()) + ";" + Amounts.plain(s.p10()) + ";"
						+ Amounts.plain(s.p50()) + ";" + Amounts.plain(s.p90()) + ";" + Amounts.plain(s.min()) + ";"
						+ Amounts.plain(s.max()) + ";" + Amounts.plain(s.resolution()));
			}
		}
		case "json" -> {
			StringBuilder json = new StringBuilder("{\"scenario\":").append(Json.quote(scenario.name())).append(",\"seed\":")
					.append(seed).append(",\"draws\":").append(draws).append(",\"units\":").append(result.units())
					.append(",\"drivers\":[");
			for (int i = 0; i < spec.drivers().size(); i++) {
				GrowthDriver d = spec.drivers().get(i);
				json.append(i == 0 ? "" : ",").append("{\"name\":").append(Json.quote(d.name())).append(",\"mean\":")
						.append(Json.quote(Double.toString(d.mean()))).append(",\"sd\":")
						.append(Json.quote(Double.toString(d.sd()))).append(",\"categories\":[");
				for (int c = 0; c < d.categories().size(); c++) {
					json.append(c == 0 ? "" : ",").append(Json.quote(d.categories().get(c)));
				}
				json.append("]}");
			}
			json.append("],\"summaries\":[");
			for (int i = 0; i < result.summaries().size(); i++) {
				Summary s = result.summaries().get(i);
				json.append(i == 0 ? "" : ",").append("{\"year\":").append(s.year()).append(",\"category\":")
						.append(Json.quote(s.category())).append(",\"mean\":\"").append(Amounts.plain(s.mean()))
						.append("\",\"p10\":\"").append(Amounts.plain(s.p10())).append("\",\"p50\":\"")
						.append(Amounts.plain(s.p50())).append("\",\"p90\":\"").append(Amounts.plain(s.p90()))
						.append("\",\"min\":\"").append(Amounts.plain(s.min())).append("\",\"max\":\"")
						.append(Amounts.plain(s.max())).append("\",\"resolution\":\"").append(Amounts.plain(s.resolution()))
						.append("\"}");
			}
			out.println(json.append("]}"));
		}
		default -> {
			out.println("Monte Carlo (NOK), scenario " + scenario.name() + ": " + draws + " draws, seed " + seed + ", "
					+ result.units() + " unit(s); yearly growth: pupils N(" + pupils[0] + ", " + pupils[1] + "), årsverk N("
					+ arsverk[0] + ", " + arsverk[1] + ")");
			out.println(String.format("%-6s%-20s%18s%18s%18s%18s", "year", "category", "mean", "P10", "P50", "P90"));
			for (Summary s : result.summaries()) {
				out.println(String.format("%-6d%-20s%18s%18s%18s%18s", s.year(), s.category(), Amounts.norwegian(s.mean()),
						Amounts.norwegian(s.p10()), Amounts.norwegian(s.p50()), Amounts.norwegian(s.p90())));
			}
			out.println("Percentiles are within NOK " + Amounts.norwegian(result.summaries().stream()
					.map(Summary::resolution).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::max))
					+ " of the exact order statistic (bounded-memory histogram).");
		}
		}
		return Commands.OK;
	}

	/** @return the spec, with the drivers of {@link DefaultGrowth} at the given means and deviations */
	static MonteCarloSpec spec(Case run, long seed, int draws, double[] pupils, double[] arsverk) {
		return new MonteCarloSpec(seed, draws,
				DefaultGrowth.drivers(run.formulas(), pupils[0], pupils[1], arsverk[0], arsverk[1]));
	}

	private static double[] parseGrowth(String name, String text) throws UsageException {
		String[] parts = text.split(",");
		try {
			if (parts.length == 2) {
				double mean = Double.parseDouble(parts[0].strip());
				double sd = Double.parseDouble(parts[1].strip());
				if (sd >= 0 && Double.isFinite(mean) && Double.isFinite(sd)) {
					return new double[] { mean, sd };
				}
			}
		} catch (NumberFormatException e) {
			// reported below with the expected form
		}
		throw new UsageException(name + " is MEAN,SD with a point as decimal separator, e.g. -0.0138,0.01 (SD at least 0), not '"
				+ text + "'");
	}

	/** Prints "montecarlo: N of M draws" on one line of stderr, rewritten as the run proceeds. */
	private static final class ProgressLine extends NullProgressMonitor {
		private final PrintStream err;
		private final int draws;
		private long total = 1;
		private long done;

		ProgressLine(PrintStream err, int draws) {
			this.err = err;
			this.draws = draws;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = Math.max(1, totalWork);
		}

		@Override
		public void worked(int work) {
			if (work > 0) {
				done += work;
				err.print("\ravtalebenk montecarlo: " + Math.min(100, 100 * done / total) + " % of " + draws + " draws");
			}
		}

		@Override
		public void done() {
			err.println("\ravtalebenk montecarlo: 100 % of " + draws + " draws");
		}
	}
}
