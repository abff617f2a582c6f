package no.avtalebenk.report.sections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

import no.avtalebenk.cases.OfferRounds;
import no.avtalebenk.charts.data.PaymentChartData;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.model.terms.AgreedAmounts;
import no.avtalebenk.report.Block;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.ReportSection;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The parties' positions and the mediator's proposal side by side, by year and category, and each
 * scenario's total against the amount the parties agreed for the year, where the model states one.
 */
public class PositionsSection implements ReportSection {

	@Override
	public List<Block> blocks(BriefingInput input) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, "Posisjonene side om side"));
		blocks.add(new Block.Paragraph("Samlet vederlag per år for hvert scenario: grunnlaget, partenes posisjoner og "
				+ "meklerens forslag der de finnes. Differansen er mot grunnlaget («" + input.baselineName() + "»)."));
		PaymentResult baseline = input.baseline();
		List<String> header = new ArrayList<>(List.of("Scenario", "Hvem"));
		List<Boolean> numeric = new ArrayList<>(List.of(false, false));
		for (int year : baseline.years()) {
			header.add("Vederlag " + year);
			header.add("Differanse " + year);
			numeric.add(true);
			numeric.add(true);
		}
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<String, PaymentResult> scenario : input.scenarios().entrySet()) {
			List<String> row = new ArrayList<>(List.of(scenario.getKey(), Texts.holder(input, scenario.getKey())));
			for (int year : baseline.years()) {
				BigDecimal total = scenario.getValue().total(year);
				row.add(Texts.nok(total));
				row.add(Texts.nok(total.subtract(baseline.total(year))));
			}
			rows.add(row);
		}
		blocks.add(new Block.Table(header, rows, numeric));
		blocks.addAll(againstAgreed(input));
		blocks.addAll(rounds(input));
		for (int year : baseline.years()) {
			blocks.add(new Block.Heading(2, "Per kategori " + year));
			List<String> categoryHeader = new ArrayList<>(List.of("Kategori"));
			categoryHeader.addAll(input.scenarios().keySet());
			List<Boolean> categoryNumeric = new ArrayList<>(List.of(false));
			input.scenarios().keySet().forEach(k -> categoryNumeric.add(true));
			List<List<String>> categoryRows = new ArrayList<>();
			for (String category : baseline.categories()) {
				List<String> row = new ArrayList<>(List.of(Texts.category(input, category)));
				input.scenarios().values().forEach(r -> row.add(Texts.nok(r.amount(category, year))));
				categoryRows.add(row);
			}
			blocks.add(new Block.Table(categoryHeader, categoryRows, categoryNumeric));
		}
		int first = baseline.years().get(0);
		UnaryOperator<String> label = Labels.categories(input.model());
		blocks.add(new Block.Chart(PaymentChartData.scenariosByCategory(input.scenarios(), first, label)));
		if (input.scenarios().size() > 1) {
			blocks.add(new Block.Chart(PaymentChartData.totalsOverYears(input.scenarios())));
			for (Map.Entry<String, PaymentResult> scenario : input.scenarios().entrySet()) {
				if (scenario.getValue() != baseline) {
					blocks.add(new Block.Chart(PaymentChartData.waterfall(input.baselineName(), baseline, scenario.getKey(),
							scenario.getValue(), first, label)));
				}
			}
		}
		return blocks;
	}

	/**
	 * Each party's offers by round: per party in round order, the total per year, the change from the
	 * party's previous round (the first round: from the baseline) and the gap to the agreed amount.
	 */
	private static List<Block> rounds(BriefingInput input) {
		List<OfferRounds.Offer> offers = OfferRounds.of(input.model(), input.scenarios(), input.baselineName());
		if (offers.isEmpty()) {
			return List.of();
		}
		List<List<String>> rows = new ArrayList<>();
		for (OfferRounds.Offer offer : offers) {
			for (Map.Entry<Integer, BigDecimal> total : offer.totals().entrySet()) {
				BigDecimal gap = offer.gap().get(total.getKey());
				rows.add(List.of(Texts.holder(input, offer.scenario()), offer.round() == 0 ? "–" : Integer.toString(offer.round()),
						offer.scenario(), Integer.toString(total.getKey()), Texts.nok(total.getValue()),
						Texts.nok(offer.change().get(total.getKey())), offer.previous(), gap == null ? "" : Texts.nok(gap)));
			}
		}
		return List.of(new Block.Heading(2, "Tilbud runde for runde"),
				new Block.Paragraph("Hver parts tilbud i rekkefølgen av rundene, med samlet vederlag per år. Endringen er "
						+ "mot partens forrige tilbud (første runde: mot grunnlaget); avviket er beregnet minus avtalt."),
				new Block.Table(List.of("Hvem", "Runde", "Scenario", "År", "Vederlag", "Endring", "Endring fra", "Beregnet - avtalt"),
						rows, List.of(false, false, false, false, true, true, false, true)));
	}

	/** Computed total, agreed amount and computed − agreed, per scenario and year; nothing without agreed amounts. */
	private static List<Block> againstAgreed(BriefingInput input) {
		SortedMap<Integer, BigDecimal> agreed = AgreedAmounts.byYear(input.model());
		List<Integer> years = input.baseline().years().stream().filter(agreed::containsKey).toList();
		if (years.isEmpty()) {
			return List.of();
		}
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<String, PaymentResult> scenario : input.scenarios().entrySet()) {
			for (int year : years) {
				BigDecimal total = scenario.getValue().total(year);
				rows.add(List.of(scenario.getKey(), Texts.holder(input, scenario.getKey()),
						Integer.toString(year), Texts.nok(total), Texts.nok(agreed.get(year)),
						Texts.nok(total.subtract(agreed.get(year)))));
			}
		}
		return List.of(new Block.Heading(2, "Mot avtalt vederlag"),
				new Block.Paragraph("Det avtalte årlige vederlaget (se avtalens vederlagspunkt for kilden) ved siden av "
						+ "hvert scenarios beregnede vederlag. Differansen er beregnet minus avtalt."),
				new Block.Table(List.of("Scenario", "Hvem", "År", "Beregnet", "Avtalt", "Beregnet - avtalt"), rows,
						List.of(false, false, false, true, true, true)));
	}
}
