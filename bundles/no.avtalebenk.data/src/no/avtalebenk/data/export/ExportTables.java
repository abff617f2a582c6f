package no.avtalebenk.data.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.Provenance;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The tables Avtalebenk exports: payments with the count and provenance behind each, and the counts
 * of a data set with their provenance. Both carry the provenance so that a spreadsheet reader can see
 * which figures are estimates and how they were made.
 */
public final class ExportTables {

	/** Columns of {@link #payments}. */
	public static final List<String> PAYMENT_COLUMNS = List.of("scenario", "unit", "category", "year", "amount_nok", "formula",
			"rate_name", "rate_nok", "count", "count_source", "count_estimated", "count_method");
	/** Columns of {@link #counts}. */
	public static final List<String> COUNT_COLUMNS = List.of("unit", "unit_name", "category", "year", "value", "source",
			"table_or_field", "retrieved", "estimated", "method");

	private ExportTables() {
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
