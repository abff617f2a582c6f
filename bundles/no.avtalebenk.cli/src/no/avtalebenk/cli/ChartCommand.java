package no.avtalebenk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.avtalebenk.charts.ChartExport;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.AnalysisChartData;
import no.avtalebenk.charts.data.ChartData;
import no.avtalebenk.charts.data.PaymentChartData;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.ScenarioHolder;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * {@code chart --kind KIND --out FILE.png|FILE.svg}: one chart of the example (or of a model file)
 * as an image, without a display.
 */
final class ChartCommand {

	static final String USAGE = "Usage: ./avtalebenk chart --kind bars|series|waterfall|tornado|fan|histogram|counties"
			+ " --out FILE.png|FILE.svg [--year YEAR] [--scenario NAME] [--model FILE.avtale] [--data reference|FILE.avtale]"
			+ " [--lang nb|en]"
			+ " [--width PIXELS] [--height PIXELS] [--seed N] [--draws N]";

	private ChartCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
		CliOptions options = CliOptions.parse(args, List.of("--data", "--kind", "--out", "--year", "--scenario", "--model",
				"--lang", "--width", "--height", "--seed", "--draws"), List.of("--help"));
		if (options.has("--help")) {
			out.println(USAGE);
			return Commands.OK;
		}
		String kind = options.get("--kind", null);
		String target = options.get("--out", null);
		if (kind == null || target == null) {
			throw new UsageException("--kind and --out are required");
		}
		String lower = target.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".png") && !lower.endsWith(".svg")) {
			throw new UsageException("write charts to a .png or .svg file");
		}
		NumberStyle style = switch (options.get("--lang", "nb")) {
		case "nb" -> NumberStyle.NORWEGIAN;
		case "en" -> NumberStyle.ENGLISH;
		default -> throw new UsageException("--lang is nb or en");
		};
		int width = options.integer("--width", 1000);
		int height = options.integer("--height", 600);
		if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
			throw new UsageException("--width and --height are between 100 and 10000 pixels");
		}
		ExampleRun run = ExampleRun.load(options.get("--model", null)).withData(options.get("--data", null));
		int year = options.integer("--year", run.years.get(0));
		if (!run.years.contains(year)) {
			throw new UsageException("--year must be one of " + run.years + ", not " + year);
		}
		ChartData data = switch (kind) {
		case "bars" -> PaymentChartData.scenariosByCategory(Analyses.scenarios(run), year);
		case "series" -> PaymentChartData.totalsOverYears(Analyses.scenarios(run));
		case "waterfall" -> {
			Map<String, PaymentResult> scenarios = Analyses.scenarios(run);
			String baseline = scenarios.keySet().iterator().next();
			String alternative = alternative(run, options.get("--scenario", null), baseline);
			yield PaymentChartData.waterfall(baseline, scenarios.get(baseline), alternative, scenarios.get(alternative), year);
		}
		case "counties" -> {
			Map<String, PaymentResult> scenarios = Analyses.scenarios(run);
			String baseline = scenarios.keySet().iterator().next();
			String alternative = alternative(run, options.get("--scenario", null), baseline);
			yield PaymentChartData.differencesByCounty(scenarios.get(baseline), scenarios.get(alternative), year,
					countyNames(run));
		}
		case "tornado" -> AnalysisChartData.tornado(Analyses.sensitivity(run, year));
		case "fan" -> AnalysisChartData.fan(Analyses.monteCarlo(run, options.whole("--seed", 1), draws(options)));
		case "histogram" -> AnalysisChartData.histogram(
				Analyses.monteCarlo(run, options.whole("--seed", 1), draws(options)), year);
		default -> throw new UsageException("unknown kind '" + kind
				+ "'; use bars, series, waterfall, tornado, fan, histogram or counties");
		};
		ChartExport.write(ChartRenderer.render(data, style), Path.of(target), width, height);
		out.println("wrote " + target + " (" + kind + ", " + width + "×" + height + "): " + data.title());
		return Commands.OK;
	}

	private static int draws(CliOptions options) throws UsageException {
		int draws = options.integer("--draws", 10_000);
		if (draws < 1) {
			throw new UsageException("--draws must be at least 1, not " + draws);
		}
		return draws;
	}

	/** The named scenario, else the mediator's proposal, else the last scenario. */
	private static String alternative(ExampleRun run, String named, String baseline) throws UsageException {
		if (named != null) {
			if (run.model.getScenarios().stream().noneMatch(s -> s.getName().equals(named))) {
				throw new UsageException("there is no scenario '" + named + "'");
			}
			return named;
		}
		List<Scenario> scenarios = run.model.getScenarios();
		return scenarios.stream().filter(s -> s.getHolder() == ScenarioHolder.MEDIATOR_PROPOSAL).map(Scenario::getName)
				.findFirst().orElse(scenarios.isEmpty() ? baseline : scenarios.get(scenarios.size() - 1).getName());
	}

	/** A unit's county name; a county and a unit without one stand for themselves. */
	static Map<String, String> countyNames(ExampleRun run) {
		Map<String, String> names = new java.util.HashMap<>();
		for (ReportingUnit unit : run.model.getUnits()) {
			ReportingUnit county = unit.getCounty() != null ? unit.getCounty() : unit;
			names.put(unit.getId(), county.getName());
		}
		return names;
	}
}
