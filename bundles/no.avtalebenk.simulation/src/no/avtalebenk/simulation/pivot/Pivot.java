package no.avtalebenk.simulation.pivot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Sums a {@link PaymentResult} into a {@link PivotTable}: rows by one or two {@link Dimension}s,
 * columns by another, totals per row, per column and in all. Only reads and adds the result's exact
 * amounts; nothing is recomputed or rounded. The agreement model gives the people's names (units,
 * counties, categories) and the order: units and counties as the model lists its units (the
 * register's order: counties, then municipalities by number), categories in the result's order, years
 * ascending. A county groups its own payments with those of its municipalities, as the command line's
 * {@code compare --by county} does.
 */
public final class Pivot {

	/** Below every unit the model knows, ordered by id. */
	private static final int UNKNOWN = Integer.MAX_VALUE;

	private final Map<String, ReportingUnit> units = new HashMap<>();
	private final Map<String, Integer> unitOrder = new HashMap<>();
	private final Map<String, Integer> categoryOrder = new HashMap<>();
	private final UnaryOperator<String> categoryName;

	private Pivot(PaymentResult result, AgreementModel model) {
		List<ReportingUnit> listed = model == null ? List.of() : model.getUnits();
		for (int i = 0; i < listed.size(); i++) {
			ReportingUnit unit = listed.get(i);
			if (unit.getId() != null && !units.containsKey(unit.getId())) {
				units.put(unit.getId(), unit);
				unitOrder.put(unit.getId(), i);
			}
		}
		for (int i = 0; i < result.categories().size(); i++) {
			categoryOrder.putIfAbsent(result.categories().get(i), i);
		}
		categoryName = Labels.categories(model);
	}

	/**
	 * @param result  the payments of one scenario
	 * @param model   the agreement model the payments were projected on (units with their counties,
	 *                categories with their names); null shows ids and puts every unit in its own county
	 * @param rows    one or two dimensions, outermost first
	 * @param columns the column dimension, not one of the rows
	 * @return the pivot table
	 * @throws IllegalArgumentException when rows are not one or two dimensions, or a dimension is used
	 *                                  twice
	 */
	public static PivotTable of(PaymentResult result, AgreementModel model, List<Dimension> rows, Dimension columns) {
		if (rows.isEmpty() || rows.size() > 2) {
			throw new IllegalArgumentException("A pivot has one or two row dimensions, not " + rows.size() + ".");
		}
		EnumSet<Dimension> used = EnumSet.of(columns);
		for (Dimension row : rows) {
			if (!used.add(row)) {
				throw new IllegalArgumentException("The dimension " + row.id() + " is used twice in the pivot.");
			}
		}
		return new Pivot(result, model).sum(result, rows, columns);
	}

	private PivotTable sum(PaymentResult result, List<Dimension> rowDimensions, Dimension columnDimension) {
		Map<String, Member> columnMembers = new HashMap<>();
		Map<List<String>, List<Member>> rowMembers = new HashMap<>();
		// row keys → column key → sum
		Map<List<String>, Map<String, BigDecimal>> sums = new LinkedHashMap<>();
		for (PaymentCell cell : result.cells()) {
			if (cell.amount() == null) {
				continue;
			}
			List<Member> members = rowDimensions.stream().map(d -> member(d, cell)).toList();
			List<String> rowKey = members.stream().map(Member::key).toList();
			Member column = member(columnDimension, cell);
			rowMembers.putIfAbsent(rowKey, members);
			columnMembers.putIfAbsent(column.key(), column);
			sums.computeIfAbsent(rowKey, k -> new HashMap<>()).merge(column.key(), cell.amount(), BigDecimal::add);
		}
		// Every category and year of the result gets its column, also one without payments.
		if (columnDimension == Dimension.CATEGORY) {
			result.categories().forEach(c -> columnMembers.putIfAbsent(c, new Member(c, categoryName.apply(c))));
		} else if (columnDimension == Dimension.YEAR) {
			result.years().forEach(y -> columnMembers.putIfAbsent(y.toString(), new Member(y.toString(), y.toString())));
		}
		List<Member> columns = new ArrayList<>(columnMembers.values());
		columns.sort(order(columnDimension));
		List<List<Member>> rowList = new ArrayList<>(rowMembers.values());
		Comparator<List<Member>> rowOrder = Comparator.comparing(m -> m.get(0), order(rowDimensions.get(0)));
		if (rowDimensions.size() > 1) {
			rowOrder = rowOrder.thenComparing(m -> m.get(1), order(rowDimensions.get(1)));
		}
		rowList.sort(rowOrder);

		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		List<BigDecimal> columnTotals = new ArrayList<>(columns.stream().map(c -> zero).toList());
		BigDecimal total = zero;
		List<PivotTable.Row> rows = new ArrayList<>();
		for (List<Member> members : rowList) {
			Map<String, BigDecimal> rowSums = sums.get(members.stream().map(Member::key).toList());
			List<BigDecimal> amounts = new ArrayList<>();
			BigDecimal rowTotal = zero;
			for (int i = 0; i < columns.size(); i++) {
				BigDecimal amount = rowSums.get(columns.get(i).key());
				amounts.add(amount);
				if (amount != null) {
					rowTotal = rowTotal.add(amount);
					columnTotals.set(i, columnTotals.get(i).add(amount));
				}
			}
			total = total.add(rowTotal);
			rows.add(new PivotTable.Row(members, amounts, rowTotal));
		}
		return new PivotTable(result.title(), rowDimensions, columnDimension, columns, rows, columnTotals, total);
	}

	private Member member(Dimension dimension, PaymentCell cell) {
		return switch (dimension) {
		case UNIT -> new Member(cell.unit(), unitLabel(cell.unit()));
		case COUNTY -> {
			ReportingUnit unit = units.get(cell.unit());
			if (unit == null) {
				yield new Member(cell.unit(), cell.unit());
			}
			ReportingUnit county = unit.getCounty() != null ? unit.getCounty() : unit;
			yield new Member(county.getId(), county.getName() != null ? county.getName() : county.getId());
		}
		case CATEGORY -> new Member(cell.category(), categoryName.apply(cell.category()));
		case YEAR -> new Member(Integer.toString(cell.year()), Integer.toString(cell.year()));
		};
	}

	/** "0301 Oslo": the number tells the municipality Oslo from the county Oslo ("03 Oslo"). */
	private String unitLabel(String id) {
		ReportingUnit unit = units.get(id);
		return unit == null || unit.getName() == null ? id : id + " " + unit.getName();
	}

	private Comparator<Member> order(Dimension dimension) {
		return switch (dimension) {
		case UNIT, COUNTY -> Comparator.<Member>comparingInt(m -> unitOrder.getOrDefault(m.key(), UNKNOWN))
				.thenComparing(Member::key);
		case CATEGORY -> Comparator.<Member>comparingInt(m -> categoryOrder.getOrDefault(m.key(), UNKNOWN))
				.thenComparing(Member::key);
		case YEAR -> Comparator.comparingInt(m -> Integer.parseInt(m.key()));
		};
	}
}
