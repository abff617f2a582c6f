package no.avtalebenk.charts.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Chart data from simulation results. Every value is a sum of the results' exact cells; nothing is
 * recomputed here. Categories are shown by the label a function gives their ids (e.g. the names of
 * the agreement file, {@code no.avtalebenk.model.labels.Labels#categories}); the overloads without one
 * show the ids.
 */
public final class PaymentChartData {

	private PaymentChartData() {
	}

	/**
	 * @param result payments of one scenario
	 * @return grouped bars: one group per category id, one bar per year
	 */
	public static CategoryBars byCategoryAndYear(PaymentResult result) {
		return byCategoryAndYear(result, UnaryOperator.identity());
	}

	/**
	 * @param result   payments of one scenario
	 * @param category the label of a category id
	 * @return grouped bars: one group per category, by its label, one bar per year
	 */
	public static CategoryBars byCategoryAndYear(PaymentResult result, UnaryOperator<String> category) {
		List<String> series = result.years().stream().map(String::valueOf).toList();
		List<List<BigDecimal>> values = new ArrayList<>();
		for (int year : result.years()) {
			values.add(result.categories().stream().map(c -> result.amount(c, year)).toList());
		}
		return new CategoryBars(result.title(), "NOK", series, labels(result.categories(), category), values);
	}

	/**
	 * @param scenarios payments by scenario name, in the order to show them
	 * @param year      the year compared
	 * @return grouped bars: one group per category id, one bar per scenario
	 */
	public static CategoryBars scenariosByCategory(Map<String, PaymentResult> scenarios, int year) {
		return scenariosByCategory(scenarios, year, UnaryOperator.identity());
	}

	/**
	 * @param scenarios payments by scenario name, in the order to show them
	 * @param year      the year compared
	 * @param category  the label of a category id
	 * @return grouped bars: one group per category, by its label, one bar per scenario
	 */
	public static CategoryBars scenariosByCategory(Map<String, PaymentResult> scenarios, int year,
			UnaryOperator<String> category) {
		List<String> categories = categories(scenarios.values());
		List<List<BigDecimal>> values = new ArrayList<>();
		for (PaymentResult result : scenarios.values()) {
			values.add(categories.stream().map(c -> result.amount(c, year)).toList());
		}
		return new CategoryBars("Vederlag per kategori " + year, "NOK", List.copyOf(scenarios.keySet()),
				labels(categories, category), values);
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
	 * @return a waterfall from the baseline's total to the alternative's, one step per category id
	 */
	public static Waterfall waterfall(String baseName, PaymentResult baseline, String altName,
			PaymentResult alternative, int year) {
		return waterfall(baseName, baseline, altName, alternative, year, UnaryOperator.identity());
	}

	/**
	 * @param baseName    the baseline's name
	 * @param baseline    its payments
	 * @param altName     the alternative's name
	 * @param alternative its payments
	 * @param year        the year compared
	 * @param category    the label of a category id
	 * @return a waterfall from the baseline's total to the alternative's, one step per category, by its label
	 */
	public static Waterfall waterfall(String baseName, PaymentResult baseline, String altName,
			PaymentResult alternative, int year, UnaryOperator<String> category) {
		List<String> ids = categories(List.of(baseline, alternative));
		List<String> labels = labels(ids, category);
		List<Waterfall.Step> steps = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			steps.add(new Waterfall.Step(labels.get(i),
					alternative.amount(id, year).subtract(baseline.amount(id, year))));
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

	/**
	 * The labels of the ids, in order. A chart keys its bars by label, so two ids that share a label
	 * are told apart by their ids: "Name (id)".
	 */
	private static List<String> labels(List<String> ids, UnaryOperator<String> category) {
		List<String> labels = ids.stream().map(id -> {
			String label = category.apply(id);
			return label == null || label.isBlank() ? id : label;
		}).toList();
		Map<String, Integer> uses = new HashMap<>();
		labels.forEach(l -> uses.merge(l, 1, Integer::sum));
		List<String> distinct = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			String label = labels.get(i);
			distinct.add(uses.get(label) > 1 && !label.equals(ids.get(i)) ? label + " (" + ids.get(i) + ")" : label);
		}
		return distinct;
	}

	private static List<String> categories(Iterable<PaymentResult> results) {
		Set<String> categories = new LinkedHashSet<>();
		results.forEach(r -> categories.addAll(r.categories()));
		return List.copyOf(categories);
	}
}
