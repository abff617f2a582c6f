package no.avtalebenk.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.model.terms.AgreedAmounts;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report --out FILE.html|FILE.pdf}: the mediation briefing. */
@Command(name = "report", description = "The mediation briefing: positions side by side, totals and differences, charts, "
		+ "the agreement clause by clause, assumptions and data sources, and the explanation of one unit's payments.")
final class ReportCommand extends Subcommand {

	@Option(names = "--out", paramLabel = "FILE.html|FILE.pdf", description = "The briefing to write (required).")
	private String target;

	@Option(names = "--unit", paramLabel = "UNIT", description = "The unit whose payments are explained (default: Oslo 0301 "
			+ "when it has payments, else the first unit).")
	private String unitOption;

	@Option(names = "--target", paramLabel = "NOK", description = "The goal seek's target for the first year (default: the "
			+ "agreed amount the agreement states for that year; without one the goal seek is left out).")
	private String goalOption;

	@Option(names = "--seed", paramLabel = "N", description = "Seed of the Monte Carlo draws (default: 1).")
	private String seedOption;

	@Option(names = "--draws", paramLabel = "N", description = "Monte Carlo draws (default: 2000).")
	private String drawsOption;

	@Mixin
	private CaseOptions.ModelFile caseOptions;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		if (target == null) {
			throw new UsageException("--out FILE.html or --out FILE.pdf is required");
		}
		String lower = target.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".html") && !lower.endsWith(".pdf")) {
			throw new UsageException("write the briefing to a .html or .pdf file");
		}
		long seed = Values.whole("--seed", seedOption, 1);
		int draws = Values.integer("--draws", drawsOption, 2_000);
		Case run = caseOptions.open();
		// The goal seek aims at the agreed amount of the first year, unless told otherwise.
		BigDecimal agreed = AgreedAmounts.byYear(run.model()).get(run.years().get(0));
		BigDecimal goal = goalOption != null ? Values.decimal("--target", goalOption, null) : agreed;
		Map<String, PaymentResult> scenarios = Analyses.scenarios(run);
		PaymentResult baseline = scenarios.values().iterator().next();
		String unit = unitOption != null ? unitOption : defaultUnit(baseline);
		int year = run.years().get(0);
		List<Block> extra = new ArrayList<>();
		extra.add(new Block.Heading(1, "Målsøk, følsomhet og usikkerhet"));
		if (goal != null) {
			extra.addAll(goalSeek(run, year, goal));
		} else {
			extra.add(new Block.Paragraph("Målsøk er utelatt: avtalen oppgir ikke noe avtalt vederlag for " + year
					+ ", og --target er ikke gitt."));
		}
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
		BriefingInput input = new BriefingInput(run.model(), run.name(), run.formulas(), scenarios, Analyses.holders(run),
				extra, unit);
		Briefing briefing = Briefings.build(input, Briefings.allSections());
		OutputFiles.write(Path.of(target), stream -> {
			if (lower.endsWith(".html")) {
				stream.write(HtmlWriter.write(briefing, NumberStyle.NORWEGIAN).getBytes(StandardCharsets.UTF_8));
			} else {
				PdfWriter.write(briefing, NumberStyle.NORWEGIAN, stream);
			}
		});
		out.println("wrote " + target + " (" + briefing.sections().size() + " sections: "
				+ String.join("; ", briefing.sections()) + ")");
		return Commands.OK;
	}

	private static List<Block> goalSeek(Case run, int year, BigDecimal goal) throws UsageException, CaseException {
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
		for (Element element : run.formulas().getElements()) {
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

	/** Oslo when the payments have it, else the first unit with payments. */
	private static String defaultUnit(PaymentResult baseline) {
		return baseline.cells().stream().map(PaymentCell::unit).filter("0301"::equals).findFirst()
				.orElse(baseline.cells().isEmpty() ? "0301" : baseline.cells().get(0).unit());
	}
}
