package no.avtalebenk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.history.AgreementHistory;
import no.avtalebenk.charts.ChartExport;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.AnalysisChartData;
import no.avtalebenk.charts.kinds.ChartKindDescriptor;
import no.avtalebenk.charts.kinds.ChartKindRegistry;
import no.avtalebenk.charts.data.ChartData;
import no.avtalebenk.charts.data.PaymentChartData;
import no.avtalebenk.charts.data.RegisterChartData;
import no.avtalebenk.charts.data.Timeline;
import no.avtalebenk.charts.data.Waterfall;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.ScenarioHolder;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.report.CaseAnalyses;
import no.avtalebenk.report.HistoryBlocks;
import no.avtalebenk.simulation.result.PaymentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chart --kind KIND --out FILE.png|FILE.svg}: one chart of the case
 * as an image, without a display. Besides the built-in kinds, the kinds plugins contribute to the
 * extension point {@value ChartKindRegistry#EXTENSION_POINT}; the registry is read only for those and
 * for the usage, so that the built-in charts do not load the plugins.
 */
@Command(name = "chart", description = "One chart of the case's scenarios and analyses, without a display.")
final class ChartCommand extends Subcommand {

	@Option(names = "--kind", paramLabel = "bars|series|waterfall|tornado|fan|histogram|counties|register|gap|KIND",
			description = "The chart (required); KIND: a chart kind a plugin contributes (listed below).")
	private String kind;

	@Option(names = "--out", paramLabel = "FILE.png|FILE.svg", description = "The image to write (required).")
	private String target;

	@Option(names = "--year", paramLabel = "YEAR", description = "The year of bars, waterfall, counties, tornado and histogram "
			+ "(default: the first year).")
	private String yearOption;

	@Option(names = "--scenario", paramLabel = "NAME",
			description = "The alternative of waterfall and counties (default: the mediator's proposal, else the last scenario).")
	private String scenario;

	@Option(names = "--lang", paramLabel = "nb|en", description = "Number style of the labels, and the words of the register timeline (default: nb).")
	private String lang = "nb";

	@Option(names = "--width", paramLabel = "PIXELS", description = "Between 100 and 10000 (default: 1000).")
	private String widthOption;

	@Option(names = "--height", paramLabel = "PIXELS", description = "Between 100 and 10000 (default: 600).")
	private String heightOption;

	@Option(names = "--seed", paramLabel = "N", description = "Seed of the Monte Carlo draws of fan and histogram (default: 1).")
	private String seedOption;

	@Option(names = "--draws", paramLabel = "N", description = "Monte Carlo draws of fan and histogram (default: 10000).")
	private String drawsOption;

	@Mixin
	private CaseOptions.ModelFile caseOptions;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		if (kind == null || target == null) {
			throw new UsageException("--kind and --out are required");
		}
		String lower = target.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".png") && !lower.endsWith(".svg")) {
			throw new UsageException("write charts to a .png or .svg file");
		}
		NumberStyle style = switch (lang) {
		case "nb" -> NumberStyle.NORWEGIAN;
		case "en" -> NumberStyle.ENGLISH;
		default -> throw new UsageException("--lang is nb or en");
		};
		int width = Values.integer("--width", widthOption, 1000);
		int height = Values.integer("--height", heightOption, 600);
		if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
			throw new UsageException("--width and --height are between 100 and 10000 pixels");
		}
		Case run = caseOptions.open();
		int year = Values.integer("--year", yearOption, run.years().get(0));
		if (!run.years().contains(year)) {
			throw new UsageException("--year must be one of " + run.years() + ", not " + year);
		}
		// Categories by their names in the agreement file, as the briefing and the workbench show them.
		UnaryOperator<String> category = Labels.categories(run.model());
		if (!ChartKindRegistry.BUILT_IN.contains(kind)) {
			return contributed(run, year, style, width, height, lower, out, err);
		}
		ChartData data = switch (kind) {
		case "bars" -> PaymentChartData.scenariosByCategory(CaseAnalyses.scenarios(run), year, category);
		case "series" -> PaymentChartData.totalsOverYears(CaseAnalyses.scenarios(run));
		case "waterfall" -> {
			Map<String, PaymentResult> scenarios = CaseAnalyses.scenarios(run);
			String baseline = scenarios.keySet().iterator().next();
			String alternative = alternative(run, scenario, baseline);
			yield PaymentChartData.waterfall(baseline, scenarios.get(baseline), alternative, scenarios.get(alternative), year,
					category);
		}
		case "counties" -> {
			Map<String, PaymentResult> scenarios = CaseAnalyses.scenarios(run);
			String baseline = scenarios.keySet().iterator().next();
			String alternative = alternative(run, scenario, baseline);
			yield PaymentChartData.differencesByCounty(scenarios.get(baseline), scenarios.get(alternative), year,
					countyNames(run));
		}
		case "tornado" -> AnalysisChartData.tornado(CaseAnalyses.sensitivity(run, year));
		case "fan" -> AnalysisChartData.fan(CaseAnalyses.monteCarlo(run, Values.whole("--seed", seedOption, 1), draws()));
		case "histogram" -> AnalysisChartData.histogram(
				CaseAnalyses.monteCarlo(run, Values.whole("--seed", seedOption, 1), draws()), year);
		// The agreement file's register against today and the case's period end, in --lang's words.
		case "register" -> RegisterChartData.timeline(run.model(), LocalDate.now(),
				style == NumberStyle.ENGLISH ? Timeline.Texts.ENGLISH : Timeline.Texts.NORWEGIAN);
		// The step from the last published total to the first agreed amount, as the history command splits it.
		case "gap" -> gap(run, style == NumberStyle.ENGLISH);
		default -> throw new IllegalStateException("a built-in kind without a chart: " + kind);
		};
		write(ChartRenderer.render(data, style), width, height, lower);
		out.println("wrote " + target + " (" + kind + ", " + width + "×" + height + "): " + data.title());
		return Commands.OK;
	}

	/** A chart kind a plugin contributes; the contributions that were skipped are said on stderr. */
	private int contributed(Case run, int year, NumberStyle style, int width, int height, String lower, PrintStream out,
			PrintStream err) throws Exception {
		ChartKindRegistry registry = ChartKindRegistry.load();
		registry.problems().forEach(p -> err.println("avtalebenk chart: " + p));
		ChartKindDescriptor contributed = registry.find(kind).orElseThrow(() -> new UsageException("unknown kind '" + kind
				+ "'; use " + String.join(", ", allKinds(registry))));
		ChartData data;
		JFreeChart chart;
		try {
			data = contributed.kind().data(CaseAnalyses.chartInput(run, year, style));
			chart = contributed.kind().render(data, style);
		} catch (IllegalArgumentException e) {
			throw new UsageException("the chart '" + kind + "' (" + contributed.contributor() + "): " + e.getMessage());
		}
		write(chart, width, height, lower);
		out.println("wrote " + target + " (" + kind + ", " + width + "×" + height + "): " + data.title());
		return Commands.OK;
	}

	/** @return the built-in kinds and then the contributed ones */
	private static List<String> allKinds(ChartKindRegistry registry) {
		List<String> kinds = new java.util.ArrayList<>(ChartKindRegistry.BUILT_IN);
		registry.kinds().forEach(k -> kinds.add(k.name()));
		return kinds;
	}

	/**
	 * Lists the installed chart kinds in the usage, read only when the usage is asked for so that other
	 * commands do not load the plugins; the contributions that were skipped are said on stderr.
	 *
	 * @param spec the command's spec
	 * @param err  standard error
	 */
	static void describeKinds(picocli.CommandLine.Model.CommandSpec spec, PrintStream err) {
		ChartKindRegistry registry = ChartKindRegistry.load();
		registry.problems().forEach(p -> err.println("avtalebenk chart: " + p));
		List<String> lines = new java.util.ArrayList<>(List.of("", "Kinds contributed by plugins (" + registry.kinds().size()
				+ "):"));
		for (ChartKindDescriptor contributed : registry.kinds()) {
			lines.add(String.format("  %-12s %s (%s)", contributed.name(), contributed.label(), contributed.contributor()));
		}
		// picocli formats the footer: a % in a label must stay a %.
		spec.usageMessage().footer(lines.stream().map(line -> line.replace("%", "%%")).toArray(String[]::new));
	}

	private void write(JFreeChart chart, int width, int height, String lower) throws IOException {
		OutputFiles.write(Path.of(target), stream -> {
			if (lower.endsWith(".png")) {
				if (!ImageIO.write(ChartExport.image(chart, width, height), "png", stream)) {
					throw new IOException("no PNG writer is available");
				}
			} else {
				stream.write(ChartExport.svg(chart, width, height).getBytes(StandardCharsets.UTF_8));
			}
		});
	}

	private Waterfall gap(Case run, boolean english) throws UsageException, CaseException {
		AgreementHistory.Gap gap = AgreementHistory.of(run, scenario, null).gap().orElseThrow(() -> new UsageException(
				"the agreement has no published total before its period and no agreed amount, so there is no gap to draw"));
		return HistoryBlocks.waterfall(gap, english);
	}

	private int draws() throws UsageException {
		return Values.draws("--draws", drawsOption, 10_000);
	}

	/** The named scenario, else the mediator's proposal, else the last scenario. */
	private static String alternative(Case run, String named, String baseline) throws UsageException, CaseException {
		if (named != null) {
			if (run.model().getScenarios().stream().noneMatch(s -> s.getName().equals(named))) {
				throw new UsageException("there is no scenario '" + named + "'");
			}
			return named;
		}
		List<Scenario> scenarios = run.model().getScenarios();
		return scenarios.stream().filter(s -> s.getHolder() == ScenarioHolder.MEDIATOR_PROPOSAL).map(Scenario::getName)
				.findFirst().orElse(scenarios.isEmpty() ? baseline : scenarios.get(scenarios.size() - 1).getName());
	}

	/** A unit's county name; a county and a unit without one stand for themselves. */
	static Map<String, String> countyNames(Case run) {
		Map<String, String> names = new java.util.HashMap<>();
		for (ReportingUnit unit : run.model().getUnits()) {
			ReportingUnit county = unit.getCounty() != null ? unit.getCounty() : unit;
			names.put(unit.getId(), county.getName());
		}
		return names;
	}
}
