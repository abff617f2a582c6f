package no.avtalebenk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.AnalysisChartData;
import no.avtalebenk.charts.data.ChartData;
import no.avtalebenk.charts.kinds.ChartInput;
import no.avtalebenk.charts.kinds.ChartKindDescriptor;
import no.avtalebenk.charts.kinds.ChartKindRegistry;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.model.terms.AgreedAmounts;
import no.avtalebenk.report.assumptions.Assumptions;
import no.avtalebenk.simulation.analysis.GoalSeek;
import no.avtalebenk.simulation.montecarlo.MonteCarloResult;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * What the mediation briefing of a case is made from: every scenario's payments, whose position each
 * is, and the goal seek, sensitivity and Monte Carlo blocks of the first year. The command line's
 * {@code report} and the workbench's briefing view both take their input from here, so that the two
 * briefings of a case agree.
 */
public final class BriefingInputs {

	/** The seed of the Monte Carlo draws unless told otherwise. */
	public static final long DEFAULT_SEED = 1;
	/** The number of Monte Carlo draws unless told otherwise. */
	public static final int DEFAULT_DRAWS = 2_000;

	private BriefingInputs() {
	}

	/**
	 * @param run    the case
	 * @param target the goal seek's target total for the first year, or null for the agreed amount the
	 *               agreement states for that year (without one the goal seek is left out)
	 * @param unit   the unit whose payments are explained, or null for {@link #defaultUnit(PaymentResult)}
	 * @param seed   the seed of the Monte Carlo draws
	 * @param draws  the number of Monte Carlo draws
	 * @return the briefing's input
	 * @throws CaseException when the case cannot be projected
	 */
	public static BriefingInput of(Case run, BigDecimal target, String unit, long seed, int draws)
			throws CaseException {
		int year = run.years().get(0);
		BigDecimal goal = target != null ? target : AgreedAmounts.byYear(run.model()).get(year);
		Map<String, PaymentResult> scenarios = CaseAnalyses.scenarios(run);
		PaymentResult baseline = scenarios.values().iterator().next();
		List<Block> extra = new ArrayList<>(HistoryBlocks.of(run));
		extra.add(new Block.Heading(1, "Målsøk, følsomhet og usikkerhet"));
		if (goal != null) {
			extra.addAll(goalSeek(run, year, goal));
		} else {
			extra.add(new Block.Paragraph("Målsøk er utelatt: avtalen oppgir ikke noe avtalt vederlag for " + year
					+ ", og --target er ikke gitt."));
		}
		extra.add(new Block.Heading(2, "Følsomhet " + year));
		extra.add(new Block.Paragraph("Én faktor om gangen: satser og parametre (som fakturert andel) ±"
				+ percent(CaseAnalyses.SENSITIVITY_RATES)
				+ ", tall ±" + percent(CaseAnalyses.SENSITIVITY_COUNTS) + ", indekssteg ±"
				+ percent(CaseAnalyses.SENSITIVITY_INDEX) + " (./avtalebenk sensitivity)."));
		extra.add(new Block.Chart(AnalysisChartData.tornado(CaseAnalyses.sensitivity(run, year))));
		MonteCarloResult monteCarlo = CaseAnalyses.monteCarlo(run, seed, draws);
		extra.add(new Block.Heading(2, "Usikkerhet (Monte Carlo)"));
		extra.add(new Block.Paragraph(draws + " trekk med frø " + seed + "; vekst i elevtall og årsverk trukket fra "
				+ "normalfordelinger (./avtalebenk montecarlo --seed " + seed + " --draws " + draws + ")."));
		extra.add(new Block.Chart(AnalysisChartData.fan(monteCarlo)));
		extra.add(new Block.Chart(AnalysisChartData.histogram(monteCarlo, year)));
		extra.addAll(contributedCharts(run, year));
		return new BriefingInput(run.model(), run.name(), run.formulas(), scenarios, CaseAnalyses.holders(run), extra,
				unit != null ? unit : defaultUnit(baseline), Assumptions.of(run, Labels.BOKMAL));
	}

	/**
	 * The chart kinds plugins contribute with {@code briefing="true"}, each drawn for the first year; one
	 * that fails says why in the briefing instead of stopping it.
	 *
	 * @param run  the case
	 * @param year the year drawn
	 * @return a section of the charts, or nothing when no plugin contributes one to the briefing
	 * @throws CaseException when the case cannot be projected
	 */
	static List<Block> contributedCharts(Case run, int year) throws CaseException {
		List<ChartKindDescriptor> kinds = ChartKindRegistry.load().kinds().stream().filter(ChartKindDescriptor::briefing)
				.toList();
		if (kinds.isEmpty()) {
			return List.of();
		}
		ChartInput input = CaseAnalyses.chartInput(run, year, NumberStyle.NORWEGIAN);
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, "Diagrammer fra tillegg"));
		for (ChartKindDescriptor kind : kinds) {
			blocks.add(new Block.Heading(2, kind.label()));
			String about = (kind.description().isBlank() ? "" : kind.description() + " ") + "(./avtalebenk chart --kind "
					+ kind.name() + "; tillegget " + kind.contributor() + ".)";
			try {
				ChartData data = kind.kind().data(input);
				blocks.add(new Block.Paragraph(about));
				blocks.add(new Block.Chart(data));
			} catch (RuntimeException e) {
				blocks.add(new Block.Paragraph(about + " Diagrammet kunne ikke tegnes: " + e.getMessage()));
			}
		}
		return blocks;
	}

	/**
	 * @param baseline the baseline's payments
	 * @return Oslo (0301) when the payments have it, else the first unit with payments
	 */
	public static String defaultUnit(PaymentResult baseline) {
		return baseline.cells().stream().map(PaymentCell::unit).filter("0301"::equals).findFirst()
				.orElse(baseline.cells().isEmpty() ? "0301" : baseline.cells().get(0).unit());
	}

	private static List<Block> goalSeek(Case run, int year, BigDecimal goal) throws CaseException {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(2, "Målsøk: samlet vederlag " + year + " = " + kroner(goal) + " kr"));
		List<List<String>> rows = new ArrayList<>();
		try {
			GoalSeek.Result factor = CaseAnalyses.ratesFactorFor(run, year, goal);
			BigDecimal rounded = CaseAnalyses.roundedRatesTotal(run, year, factor.value());
			rows.add(List.of("faktor på alle kategorisatser", shown(factor.value()), kroner(factor.total()),
					kroner(factor.difference()), String.valueOf(factor.iterations().size()),
					(factor.reached() ? "nådd" : factor.note()) + "; med satsene avrundet til hele øre: "
							+ kroner(rounded) + " kr (avvik " + kroner(rounded.subtract(goal)) + ")"));
		} catch (IllegalArgumentException e) {
			rows.add(List.of("faktor på alle kategorisatser", "", "", "", "", e.getMessage()));
		}
		for (Element element : run.formulas().getElements()) {
			if (element instanceof Parameter parameter) {
				try {
					GoalSeek.Result result = CaseAnalyses.billedShareFor(run, year, goal, parameter.getName());
					rows.add(List.of(result.variable(), shown(result.value()), kroner(result.total()),
							kroner(result.difference()), String.valueOf(result.iterations().size()),
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

	/** An amount in NOK to the øre, Norwegian style: "135 019 160,70". */
	private static String kroner(BigDecimal amount) {
		return NumberStyle.NORWEGIAN.number(amount.setScale(2, RoundingMode.HALF_UP));
	}

	/** Eight decimals are enough to read; the total beside it is recomputed from all twelve. */
	private static String shown(BigDecimal value) {
		return value.setScale(8, RoundingMode.HALF_UP).toPlainString();
	}

	private static String percent(BigDecimal fraction) {
		return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
	}
}
