package no.avtalebenk.charts.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Chart data from simulation results. Every value is a sum of the results' exact cells; nothing is
 * recomputed here.
 */
public final class PaymentChartData {

	private PaymentChartData() {
	}

	/**
	 * @param result payments of one scenario
	 * @return grouped bars: one group per category, one bar per year
	 */
	public static CategoryBars byCategoryAndYear(PaymentResult result) {
		List<String> series = result.years().stream().map(String::valueOf).toList();
		List<List<BigDecimal>> values = new ArrayList<>();
		for (int year : result.years()) {
			values.add(result.categories().stream().map(c -> result.amount(c, year)).toList());
		}
		return new CategoryBars(result.title(), "NOK", series, result.categories(), values);
	}

	/**
	 * @param scenarios payments by scenario name, in the order to show them
	 * @param year      the year compared
	 * @return grouped bars: one group per category, one bar per scenario
	 */
	public static CategoryBars scenariosByCategory(Map<String, PaymentResult> scenarios, int year) {
		List<String> categories = categories(scenarios.values());
		List<List<BigDecimal>> values = new ArrayList<>();
		for (PaymentResult result : scenarios.values()) {
			values.add(categories.stream().map(c -> result.amount(c, year)).toList());
		}
		return new CategoryBars("Vederlag per kategori " + year, "NOK", List.copyOf(scenarios.keySet()), categories,
				values);
	}

	/**
	 * @param scenarios payments by scenario name
	 * @return one line per scenario: its total per year
	 */
	public static TimeSeries totalsOverYears(Map<String, PaymentResult> scenarios) {
		List<TimeSeries.Line> lines = new ArrayList<>();
		for (Map.Entry<String, PaymentResult> entry : scenarios.entrySet()) {
			TreeMap<Integer, BigDecimal> values = new TreeMap<>();
			for (int year : entry.getValue().years()) {
				values.put(year, entry.getValue().total(year));
			}
			lines.add(new TimeSeries.Line(entry.getKey(), values));
		}
		return new TimeSeries("Samlet vederlag per år", "NOK", lines);
	}

	/**
	 * @param baseName    the baseline's name
	 * @param baseline    its payments
	 * @param altName     the alternative's name
	 * @param alternative its payments
	 * @param year        the year compared
	 * @return a waterfall from the baseline's total to the alternative's, one step per category
	 */
	public static Waterfall waterfall(String baseName, PaymentResult baseline, String altName,
			PaymentResult alternative, int year) {
		List<Waterfall.Step> steps = new ArrayList<>();
		for (String category : categories(List.of(baseline, alternative))) {
			steps.add(new Waterfall.Step(category,
					alternative.amount(category, year).subtract(baseline.amount(category, year))));
		}
		return new Waterfall("Fra " + baseName + " til " + altName + " (" + year + ")", baseName, baseline.total(year),
				steps, altName);
	}

	/**
	 * @param baseline    the baseline's payments
	 * @param alternative the alternative's payments
	 * @param year        the year compared
	 * @param countyOf    the county of each reporting unit (a county's own units map to itself);
	 *                    units without a county are shown under their own id
	 * @return one bar per county: the alternative minus the baseline
	 */
	public static CategoryBars differencesByCounty(PaymentResult baseline, PaymentResult alternative, int year,
			Map<String, String> countyOf) {
		Map<String, BigDecimal> byCounty = new LinkedHashMap<>();
		add(byCounty, alternative, year, countyOf, BigDecimal.ONE);
		add(byCounty, baseline, year, countyOf, BigDecimal.ONE.negate());
		List<String> counties = new ArrayList<>(new TreeMap<>(byCounty).keySet());
		return new CategoryBars("Endring per fylke " + year, "NOK", List.of("endring"), counties,
				List.of(counties.stream().map(byCounty::get).toList()));
	}

	private static void add(Map<String, BigDecimal> byCounty, PaymentResult result, int year,
			Map<String, String> countyOf, BigDecimal sign) {
		for (PaymentCell cell : result.cells()) {
			if (cell.year() == year) {
				byCounty.merge(countyOf.getOrDefault(cell.unit(), cell.unit()), cell.amount().multiply(sign),
						BigDecimal::add);
			}
		}
	}

	private static List<String> categories(Iterable<PaymentResult> results) {
		Set<String> categories = new LinkedHashSet<>();
		results.forEach(r -> categories.addAll(r.categories()));
		return List.copyOf(categories);
	}
}
