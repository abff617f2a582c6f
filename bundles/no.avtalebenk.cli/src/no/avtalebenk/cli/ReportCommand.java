package no.avtalebenk.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.AnalysisChartData;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.report.Block;
import no.avtalebenk.report.Briefing;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.Briefings;
import no.avtalebenk.report.HtmlWriter;
import no.avtalebenk.report.PdfWriter;
import no.avtalebenk.simulation.analysis.GoalSeek;
import no.avtalebenk.simulation.montecarlo.MonteCarloResult;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/** {@code report --out FILE.html|FILE.pdf}: the mediation briefing. */
final class ReportCommand {

	static final String USAGE = "Usage: ./avtalebenk report --out FILE.html|FILE.pdf [--model FILE.avtale] [--unit UNIT]"
			+ " [--data reference|FILE.avtale] [--target NOK] [--seed N] [--draws N]";

	/** The yearly total reached after mediation in January 2026 (DOMAIN: 226 MNOK for 2026 and 2027). */
	static final String AGREED_TOTAL = "226000000";

	private ReportCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
		CliOptions options = CliOptions.parse(args, List.of("--data", "--out", "--model", "--unit", "--target", "--seed", "--draws"),
				List.of("--help"));
		if (options.has("--help")) {
			out.println(USAGE);
			return Commands.OK;
		}
		String target = options.get("--out", null);
		if (target == null) {
			throw new UsageException("--out FILE.html or --out FILE.pdf is required");
		}
		String lower = target.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".html") && !lower.endsWith(".pdf")) {
			throw new UsageException("write the briefing to a .html or .pdf file");
		}
		BigDecimal goal = options.decimal("--target", AGREED_TOTAL);
		long seed = options.whole("--seed", 1);
		int draws = options.integer("--draws", 2_000);
		ExampleRun run = ExampleRun.load(options.get("--model", null)).withData(options.get("--data", null));
		Map<String, PaymentResult> scenarios = Analyses.scenarios(run);
		PaymentResult baseline = scenarios.values().iterator().next();
		String unit = options.get("--unit", defaultUnit(baseline));
		int year = run.years.get(0);
		List<Block> extra = new ArrayList<>();
		extra.add(new Block.Heading(1, "Målsøk, følsomhet og usikkerhet"));
		extra.addAll(goalSeek(run, year, goal));
		extra.add(new Block.Heading(2, "Følsomhet " + year));
		extra.add(new Block.Paragraph("Én faktor om gangen: satser ±" + percent(SensitivityCommand.RATES) + ", tall ±"
				+ percent(SensitivityCommand.COUNTS) + ", indekssteg ±" + percent(SensitivityCommand.INDEX)
				+ " (./avtalebenk sensitivity)."));
		extra.add(new Block.Chart(AnalysisChartData.tornado(Analyses.sensitivity(run, year))));
		MonteCarloResult monteCarlo = Analyses.monteCarlo(run, seed, draws);
		extra.add(new Block.Heading(2, "Usikkerhet (Monte Carlo)"));
		extra.add(new Block.Paragraph(draws + " trekk med frø " + seed + "; vekst i elevtall og årsverk trukket fra "
				+ "normalfordelinger (./avtalebenk montecarlo --seed " + seed + " --draws " + draws + ")."));
		extra.add(new Block.Chart(AnalysisChartData.fan(monteCarlo)));
		extra.add(new Block.Chart(AnalysisChartData.histogram(monteCarlo, year)));
		BriefingInput input = new BriefingInput(run.model, run.name, run.formulas, scenarios, Analyses.holders(run),
				extra, unit);
		Briefing briefing = Briefings.build(input, Briefings.allSections());
		write(briefing, Path.of(target).toAbsolutePath(), lower.endsWith(".html"));
		out.println("wrote " + target + " (" + briefing.sections().size() + " sections: "
				+ String.join("; ", briefing.sections()) + ")");
		return Commands.OK;
	}

	private static List<Block> goalSeek(ExampleRun run, int year, BigDecimal goal) throws UsageException {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(2, "Målsøk: samlet vederlag " + year + " = " + Amounts.norwegian(goal) + " kr"));
		List<List<String>> rows = new ArrayList<>();
		try {
			GoalSeek.Result factor = Analyses.ratesFactorFor(run, year, goal);
			BigDecimal rounded = Analyses.roundedRatesTotal(run, year, factor.value());
			rows.add(List.of("faktor på alle kategorisatser", shown(factor.value()),
					Amounts.norwegian(factor.total()), Amounts.norwegian(factor.difference()),
					String.valueOf(factor.iterations().size()),
					(factor.reached() ? "nådd" : factor.note()) + "; med satsene avrundet til hele øre: "
							+ Amounts.norwegian(rounded) + " kr (avvik " + Amounts.norwegian(rounded.subtract(goal)) + ")"));
		} catch (IllegalArgumentException e) {
			rows.add(List.of("faktor på alle kategorisatser", "", "", "", "", e.getMessage()));
		}
		for (Element element : run.formulas.getElements()) {
			if (element instanceof Parameter parameter) {
				try {
					GoalSeek.Result result = Analyses.billedShareFor(run, year, goal, parameter.getName());
					rows.add(List.of(result.variable(), shown(result.value()), Amounts.norwegian(result.total()),
							Amounts.norwegian(result.difference()), String.valueOf(result.iterations().size()),
							result.reached() ? "nådd" : result.note()));
				} catch (IllegalArgumentException e) {
					rows.add(List.of(parameter.getName(), "", "", "", "", e.getMessage()));
				}
			}
		}
		blocks.add(new Block.Paragraph("Hvilken felles faktor på satsene (etter indeksering og øreavrunding; "
				+ "./avtalebenk goal-seek), og hvilken verdi av hver parameter (mellom 0 og 1; ./avtalebenk goal-seek "
				+ "--solve param:NAVN) gir målet, alt annet likt. Totalen er regnet på nytt med svaret."));
		blocks.add(new Block.Table(List.of("Ukjent", "Svar", "Samlet vederlag", "Avvik", "Iterasjoner", "Merknad"), rows,
				List.of(false, true, true, true, true, false)));
		return blocks;
	}

	/** Eight decimals are enough to read; the total beside it is recomputed from all twelve. */
	private static String shown(BigDecimal value) {
		return value.setScale(8, RoundingMode.HALF_UP).toPlainString();
	}

	private static String percent(BigDecimal fraction) {
		return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
	}

	private static void write(Briefing briefing, Path file, boolean html) throws Exception {
		Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
		try {
			if (html) {
				Files.writeString(temp, HtmlWriter.write(briefing, NumberStyle.NORWEGIAN), StandardCharsets.UTF_8);
			} else {
				try (OutputStream stream = Files.newOutputStream(temp)) {
					PdfWriter.write(briefing, NumberStyle.NORWEGIAN, stream);
				}
			}
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Oslo when the payments have it, else the first unit with payments. */
	private static String defaultUnit(PaymentResult baseline) {
		return baseline.cells().stream().map(PaymentCell::unit).filter("0301"::equals).findFirst()
				.orElse(baseline.cells().isEmpty() ? "0301" : baseline.cells().get(0).unit());
	}
}
