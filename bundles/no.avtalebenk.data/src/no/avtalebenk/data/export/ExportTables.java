package no.avtalebenk.data.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.Provenance;
import no.avtalebenk.simulation.pivot.Dimension;
import no.avtalebenk.simulation.pivot.Member;
import no.avtalebenk.simulation.pivot.PivotTable;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The tables Avtalebenk exports: payments with the count and provenance behind each, the counts of a
 * data set with their provenance, and a payments pivot. The first two carry the provenance so that a
 * spreadsheet reader can see which figures are estimates and how they were made.
 */
public final class ExportTables {

	/** Columns of {@link #payments}. */
	public static final List<String> PAYMENT_COLUMNS = List.of("scenario", "unit", "category", "year", "amount_nok", "formula",
			"rate_name", "rate_nok", "count", "count_source", "count_estimated", "count_method");
	/** Columns of {@link #counts}. */
	public static final List<String> COUNT_COLUMNS = List.of("unit", "unit_name", "category", "year", "value", "source",
			"table_or_field", "retrieved", "estimated", "method");

	/** The first cell of a pivot's totals row, and the header of its totals column. */
	public static final String PIVOT_TOTAL = "total";

	private ExportTables() {
	}

	/**
	 * The pivot as the workbench shows it, for a spreadsheet: one column per row dimension headed by
	 * the dimension's identifier ({@code unit}, {@code county}, {@code category}, {@code year}) and
	 * holding the members' labels, then one column per column member headed by its label, then
	 * {@value #PIVOT_TOTAL}; one line per row, then the {@value #PIVOT_TOTAL} line with the column
	 * totals and the grand total. A cell without payments is empty.
	 *
	 * @param pivot a pivot of payments
	 * @return the table, named "pivot"
	 */
	public static Table pivot(PivotTable pivot) {
		List<String> header = new ArrayList<>();
		pivot.rowDimensions().stream().map(Dimension::id).forEach(header::add);
		pivot.columns().stream().map(Member::label).forEach(header::add);
		header.add(PIVOT_TOTAL);
		List<List<Object>> rows = new ArrayList<>();
		for (PivotTable.Row row : pivot.rows()) {
			List<Object> cells = new ArrayList<>();
			row.members().stream().map(Member::label).forEach(cells::add);
			cells.addAll(row.amounts());
			cells.add(row.total());
			rows.add(cells);
		}
		List<Object> totals = new ArrayList<>();
		totals.add(PIVOT_TOTAL);
		for (int i = 1; i < pivot.rowDimensions().size(); i++) {
			totals.add(null);
		}
		totals.addAll(pivot.columnTotals());
		totals.add(pivot.total());
		rows.add(totals);
		return new Table("pivot", header, rows);
	}

	/**
	 * @param result a simulation result
	 * @return one row per payment, in the result's order
	 */
	public static Table payments(PaymentResult result) {
		List<List<Object>> rows = new ArrayList<>();
		for (PaymentCell cell : result.cells()) {
			no.avtalebenk.simulation.counts.Count count = cell.count();
			rows.add(Arrays.asList(cell.scenario(), cell.unit(), cell.category(), BigDecimal.valueOf(cell.year()), cell.amount(),
					cell.formula(), cell.rateName(), cell.rate(), count == null ? null : count.value(),
					count == null ? null : count.provenance().source(),
					count == null ? null : Boolean.toString(count.provenance().estimate()),
					count == null ? null : count.provenance().method()));
		}
		return new Table("payments", PAYMENT_COLUMNS, rows);
	}

	/**
	 * @param model a data set
	 * @return one row per count, in file order
	 */
	public static Table counts(AgreementModel model) {
		List<List<Object>> rows = new ArrayList<>();
		for (Count count : model.getCounts()) {
			Provenance p = count.getProvenance();
			rows.add(Arrays.asList(count.getUnit().getId(), count.getUnit().getName(), count.getCategory().getId(),
					BigDecimal.valueOf(count.getYear()), count.getValue(), p == null ? null : p.getSource(),
					p == null ? null : p.getTableOrField(), p == null ? null : p.getRetrieved(),
					p == null ? null : Boolean.toString(p.isEstimated()), p == null ? null : p.getMethod()));
		}
		return new Table("counts", COUNT_COLUMNS, rows);
	}
}
