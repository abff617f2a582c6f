package no.avtalebenk.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.simulation.pivot.Dimension;
import no.avtalebenk.simulation.pivot.Member;
import no.avtalebenk.simulation.pivot.Pivot;
import no.avtalebenk.simulation.pivot.PivotTable;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The pivot over payments: sums by unit, county, category and year, with totals, on a small result
 * whose every sum is worked out by hand in the comments.
 */
class PivotTest {

	/**
	 * Rogaland (11) pays videregående; Stavanger (1103) and Sandnes (1108) in Rogaland and Bergen (4601)
	 * in Vestland (46) pay grunnskole and administrasjon; two years.
	 */
	private static final List<Object[]> PAYMENTS = List.of(
			new Object[] { "11", "videregaende", 2026, "1000.10" },
			new Object[] { "11", "videregaende", 2027, "1100.20" },
			new Object[] { "1103", "grunnskole", 2026, "200.01" },
			new Object[] { "1103", "grunnskole", 2027, "210.02" },
			new Object[] { "1103", "administrasjon", 2026, "50.50" },
			new Object[] { "1103", "administrasjon", 2027, "50.50" },
			new Object[] { "1108", "grunnskole", 2026, "100.99" },
			new Object[] { "1108", "grunnskole", 2027, "101.00" },
			new Object[] { "4601", "grunnskole", 2026, "300.00" },
			new Object[] { "4601", "grunnskole", 2027, "333.33" },
			new Object[] { "4601", "administrasjon", 2026, "70.07" },
			new Object[] { "4601", "administrasjon", 2027, "0.00" });

	@Test
	void countiesByYearSumTheirOwnAndTheirMunicipalitiesPayments() {
		PivotTable table = Pivot.of(result(), model(), List.of(Dimension.COUNTY), Dimension.YEAR);
		assertEquals(List.of(new Member("2026", "2026"), new Member("2027", "2027")), table.columns());
		// the register's order: Rogaland before Vestland
		assertEquals(List.of("Rogaland", "Vestland"), table.rows().stream().map(r -> r.members().get(0).label()).toList());
		// Rogaland 2026: 1000.10 + 200.01 + 50.50 + 100.99 = 1351.60
		assertEquals(new BigDecimal("1351.60"), table.row("11").amounts().get(0));
		// Rogaland 2027: 1100.20 + 210.02 + 50.50 + 101.00 = 1461.72
		assertEquals(new BigDecimal("1461.72"), table.row("11").amounts().get(1));
		assertEquals(new BigDecimal("2813.32"), table.row("11").total());
		// Vestland: 300.00 + 70.07 = 370.07 and 333.33 + 0.00 = 333.33
		assertEquals(new BigDecimal("370.07"), table.row("46").amounts().get(0));
		assertEquals(new BigDecimal("333.33"), table.row("46").amounts().get(1));
		// the year totals: 1351.60 + 370.07 = 1721.67 and 1461.72 + 333.33 = 1795.05
		assertEquals(List.of(new BigDecimal("1721.67"), new BigDecimal("1795.05")), table.columnTotals());
		assertEquals(new BigDecimal("3516.72"), table.total());
		assertEquals(result().total(2026), table.columnTotals().get(0));
	}

	@Test
	void unitsWithinCountiesByCategoryLeaveCellsWithoutPaymentsEmpty() {
		PivotTable table = Pivot.of(result(), model(), List.of(Dimension.COUNTY, Dimension.UNIT), Dimension.CATEGORY);
		// the categories in the result's order, by their names in the agreement file
		assertEquals(List.of("Grunnskole", "Videregående skoler", "Administrative årsverk"),
				table.columns().stream().map(Member::label).toList());
		assertEquals(List.of("11/11", "11/1103", "11/1108", "46/4601"), table.rows().stream()
				.map(r -> r.members().get(0).key() + "/" + r.members().get(1).key()).toList());
		assertEquals("1103 Stavanger", table.row("11", "1103").members().get(1).label());
		// Stavanger's grunnskole over both years: 200.01 + 210.02 = 410.03; no videregående
		assertEquals(new BigDecimal("410.03"), table.row("11", "1103").amounts().get(0));
		assertNull(table.row("11", "1103").amounts().get(1));
		assertEquals(new BigDecimal("2100.30"), table.row("11", "11").amounts().get(1));
		// grunnskole: 410.03 + 201.99 + 633.33 = 1245.35; administrasjon: 101.00 + 70.07 = 171.07
		assertEquals(List.of(new BigDecimal("1245.35"), new BigDecimal("2100.30"), new BigDecimal("171.07")),
				table.columnTotals());
		assertEquals(new BigDecimal("3516.72"), table.total());
		assertNull(table.row("46", "1103"), "Stavanger is not in Vestland");
	}

	@Test
	void yearsAsRowsAndUnitsAsColumns() {
		PivotTable table = Pivot.of(result(), model(), List.of(Dimension.YEAR), Dimension.UNIT);
		assertEquals(List.of("11 Rogaland", "1103 Stavanger", "1108 Sandnes", "4601 Bergen"),
				table.columns().stream().map(Member::label).toList());
		// Bergen 2027: 333.33 + 0.00
		assertEquals(new BigDecimal("333.33"), table.row("2027").amounts().get(table.column("4601")));
		assertEquals(new BigDecimal("1795.05"), table.row("2027").total());
	}

	@Test
	void aDimensionTwiceOrTooManyRowsIsRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> Pivot.of(result(), model(), List.of(Dimension.YEAR), Dimension.YEAR));
		assertThrows(IllegalArgumentException.class, () -> Pivot.of(result(), model(),
				List.of(Dimension.UNIT, Dimension.COUNTY, Dimension.CATEGORY), Dimension.YEAR));
		assertThrows(IllegalArgumentException.class, () -> Pivot.of(result(), model(), List.of(), Dimension.YEAR));
	}

	private static PaymentResult result() {
		List<PaymentCell> cells = new ArrayList<>();
		for (Object[] p : PAYMENTS) {
			cells.add(new PaymentCell("grunnlag", (String) p[0], (String) p[1], (Integer) p[2], new BigDecimal((String) p[3]),
					"f", null, null, null));
		}
		return new PaymentResult("test", cells, List.of("grunnskole", "videregaende", "administrasjon"), List.of(2026, 2027));
	}

	private static AgreementModel model() {
		AgreementModel model = AvtaleFactory.eINSTANCE.createAgreementModel();
		ReportingUnit rogaland = unit(model, "11", "Rogaland", null);
		ReportingUnit vestland = unit(model, "46", "Vestland", null);
		unit(model, "1103", "Stavanger", rogaland);
		unit(model, "1108", "Sandnes", rogaland);
		unit(model, "4601", "Bergen", vestland);
		category(model, "grunnskole", "Grunnskole");
		category(model, "videregaende", "Videregående skoler");
		category(model, "administrasjon", "Administrative årsverk");
		return model;
	}

	private static ReportingUnit unit(AgreementModel model, String id, String name, ReportingUnit county) {
		ReportingUnit unit = AvtaleFactory.eINSTANCE.createReportingUnit();
		unit.setId(id);
		unit.setName(name);
		unit.setCounty(county);
		model.getUnits().add(unit);
		return unit;
	}

	private static void category(AgreementModel model, String id, String name) {
		CountCategory category = AvtaleFactory.eINSTANCE.createCountCategory();
		category.setId(id);
		category.setName(name);
		model.getCategories().add(category);
	}
}
