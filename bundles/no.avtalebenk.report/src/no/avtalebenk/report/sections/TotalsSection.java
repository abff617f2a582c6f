package no.avtalebenk.report.sections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.avtalebenk.charts.data.PaymentChartData;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.ScenarioHolder;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.report.Block;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.ReportSection;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/** Totals by year and category, and by county, with the differences of each alternative. */
public class TotalsSection implements ReportSection {

	@Override
	public List<Block> blocks(BriefingInput input) {
		List<Block> blocks = new ArrayList<>();
		PaymentResult baseline = input.baseline();
		blocks.add(new Block.Heading(1, "Summer og differanser"));
		blocks.add(new Block.Heading(2, "Grunnlaget per kategori og år"));
		List<String> header = new ArrayList<>(List.of("Kategori"));
		List<Boolean> numeric = new ArrayList<>(List.of(false));
		baseline.years().forEach(y -> {
			header.add(String.valueOf(y));
			numeric.add(true);
		});
		List<List<String>> rows = new ArrayList<>();
		for (String category : baseline.categories()) {
			List<String> row = new ArrayList<>(List.of(Texts.category(input, category)));
			baseline.years().forEach(y -> row.add(Texts.nok(baseline.amount(category, y))));
			rows.add(row);
		}
		List<String> total = new ArrayList<>(List.of("Sum"));
		baseline.years().forEach(y -> total.add(Texts.nok(baseline.total(y))));
		rows.add(total);
		blocks.add(new Block.Table(header, rows, numeric));
		blocks.add(new Block.Chart(PaymentChartData.byCategoryAndYear(baseline, Labels.categories(input.model()))));

		Map<String, String> countyOf = countyNames(input);
		blocks.add(new Block.Heading(2, "Per fylke"));
		blocks.add(new Block.Paragraph("Kommuner summeres i sitt fylke; fylkeskommunen står under sitt eget navn. "
				+ "Enheter uten fylke (landstall, Longyearbyen, KS) står for seg."));
		int year = baseline.years().get(0);
		List<String> countyHeader = new ArrayList<>(List.of("Fylke", input.baselineName() + " " + year));
		List<Boolean> countyNumeric = new ArrayList<>(List.of(false, true));
		List<PaymentResult> alternatives = new ArrayList<>();
		for (Map.Entry<String, PaymentResult> scenario : input.scenarios().entrySet()) {
			if (scenario.getValue() != baseline) {
				countyHeader.add("Differanse " + scenario.getKey());
				countyNumeric.add(true);
				alternatives.add(scenario.getValue());
			}
		}
		Map<String, BigDecimal> base = byCounty(baseline, year, countyOf);
		List<Map<String, BigDecimal>> alternativeSums = alternatives.stream().map(a -> byCounty(a, year, countyOf)).toList();
		List<List<String>> countyRows = new ArrayList<>();
		for (Map.Entry<String, BigDecimal> county : base.entrySet()) {
			List<String> row = new ArrayList<>(List.of(county.getKey(), Texts.nok(county.getValue())));
			for (Map<String, BigDecimal> sums : alternativeSums) {
				row.add(Texts.nok(sums.getOrDefault(county.getKey(), BigDecimal.ZERO).subtract(county.getValue())));
			}
			countyRows.add(row);
		}
		blocks.add(new Block.Table(countyHeader, countyRows, countyNumeric));
		if (!alternatives.isEmpty()) {
			// The mediator's proposal is what a mediator compares against; else the last alternative.
			String chosen = input.scenarios().keySet().stream()
					.filter(name -> ScenarioHolder.MEDIATOR_PROPOSAL.getLiteral().equals(input.holders().get(name))).findFirst()
					.orElse(List.copyOf(input.scenarios().keySet()).get(input.scenarios().size() - 1));
			blocks.add(new Block.Paragraph("Endring per fylke: «" + chosen + "» mot grunnlaget."));
			blocks.add(new Block.Chart(PaymentChartData.differencesByCounty(baseline, input.scenarios().get(chosen), year,
					countyOf)));
		}
		return blocks;
	}

	private static Map<String, String> countyNames(BriefingInput input) {
		Map<String, String> countyOf = new HashMap<>();
		for (ReportingUnit unit : input.model().getUnits()) {
			ReportingUnit county = unit.getCounty() != null ? unit.getCounty() : unit;
			countyOf.put(unit.getId(), county.getName());
		}
		return countyOf;
	}

	private static Map<String, BigDecimal> byCounty(PaymentResult result, int year, Map<String, String> countyOf) {
		Map<String, BigDecimal> sums = new TreeMap<>();
		for (PaymentCell cell : result.cells()) {
			if (cell.year() == year) {
				sums.merge(countyOf.getOrDefault(cell.unit(), cell.unit()), cell.amount(), BigDecimal::add);
			}
		}
		return sums;
	}
}
