package no.avtalebenk.simulation.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Scenarios (or projection models) side by side: the first variant is the reference (the baseline),
 * every other is shown with its difference from it, grouped by category, unit, county or year. Only
 * reads {@link PaymentResult}s.
 */
public final class Comparison {

	/**
	 * One column: a scenario under a model, or a model under a scenario.
	 *
	 * @param name   scenario or model name
	 * @param holder whose position it is (baseline, ksPosition, kopinorPosition, mediatorProposal), or
	 *               the model's label
	 * @param result its payments
	 */
	public record Variant(String name, String holder, PaymentResult result) {
	}

	/** How rows are grouped. */
	public enum Grouping {
		/** one row per category and year */
		CATEGORY,
		/** one row per reporting unit and year */
		UNIT,
		/** one row per county and year (a municipality counts under its county) */
		COUNTY,
		/** one row per year */
		YEAR
	}

	/**
	 * One row.
	 *
	 * @param group       the category, unit or county, or "total"
	 * @param year        the year
	 * @param amounts     one amount per variant, in variant order
	 * @param differences amount minus the first variant's, per variant (the first is zero)
	 */
	public record Row(String group, int year, List<BigDecimal> amounts, List<BigDecimal> differences) {

		/** Copies the lists so that a row never changes. */
		public Row {
			amounts = List.copyOf(amounts);
			differences = List.copyOf(differences);
		}
	}

	private Comparison() {
	}

	/**
	 * @param variants the columns, the reference first
	 * @param grouping how to group rows
	 * @param county   the county of a unit (for {@link Grouping#COUNTY}); a unit without one is its
	 *                 own group
	 * @return per year: the group rows (in the order of the first variant's cells), then a "total"
	 *         row
	 */
	public static List<Row> compare(List<Variant> variants, Grouping grouping, Function<String, String> county) {
		if (variants.isEmpty()) {
			throw new IllegalArgumentException("Nothing to compare: no scenarios.");
		}
		Function<PaymentCell, String> key = switch (grouping) {
		case CATEGORY -> PaymentCell::category;
		case UNIT -> PaymentCell::unit;
		case COUNTY -> c -> county.apply(c.unit());
		case YEAR -> c -> "total";
		};
		Set<Integer> years = new LinkedHashSet<>();
		Set<String> groups = new LinkedHashSet<>();
		if (grouping == Grouping.CATEGORY) {
			variants.forEach(v -> groups.addAll(v.result().categories()));
		}
		for (Variant v : variants) {
			years.addAll(v.result().years());
			v.result().cells().forEach(c -> groups.add(key.apply(c)));
		}
		List<Integer> sortedYears = years.stream().sorted().toList();
		List<Map<String, BigDecimal>> sums = new ArrayList<>();
		for (Variant v : variants) {
			Map<String, BigDecimal> sum = new LinkedHashMap<>();
			for (PaymentCell c : v.result().cells()) {
				if (c.amount() != null) {
					sum.merge(key.apply(c) + '\u0000' + c.year(), c.amount(), BigDecimal::add);
				}
			}
			sums.add(sum);
		}
		List<Row> rows = new ArrayList<>();
		for (int year : sortedYears) {
			if (grouping != Grouping.YEAR) {
				for (String group : groups) {
					rows.add(row(group, year, variants, v -> sums.get(v).getOrDefault(group + '\u0000' + year, BigDecimal.ZERO)));
				}
			}
			rows.add(row("total", year, variants, v -> variants.get(v).result().total(year)));
		}
		return rows;
	}

	private static Row row(String group, int year, List<Variant> variants, Function<Integer, BigDecimal> amount) {
		List<BigDecimal> amounts = new ArrayList<>();
		List<BigDecimal> differences = new ArrayList<>();
		for (int v = 0; v < variants.size(); v++) {
			amounts.add(amount.apply(v));
		}
		for (BigDecimal a : amounts) {
			differences.add(a.subtract(amounts.get(0)));
		}
		return new Row(group, year, amounts, differences);
	}
}
