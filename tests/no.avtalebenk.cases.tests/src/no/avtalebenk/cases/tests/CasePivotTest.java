package no.avtalebenk.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.simulation.analysis.Comparison;
import no.avtalebenk.simulation.pivot.Dimension;
import no.avtalebenk.simulation.pivot.Pivot;
import no.avtalebenk.simulation.pivot.PivotTable;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The payments pivot of a case agrees with what the command line prints: a county's sum with
 * {@code compare --by county}, the grand total of a year with {@code simulate}'s total.
 */
class CasePivotTest {

	/**
	 * The template's yearly total: its category lines on its national counts at the 2023 rates indexed by
	 * the published KPI steps for 2024 (+4.0 %) and 2025 (+2.6 %), with the 2026 factor 1.000 (an
	 * assumption); 199 713 211,71 before the published steps were entered, when every factor was 1.000.
	 */
	private static final BigDecimal TEMPLATE_TOTAL = new BigDecimal("213099052.06");

	@TempDir
	Path temp;

	@Test
	void theTemplatesNationalCountsGiveOneGroupAndTheYearTotals() throws Exception {
		Cases.create(temp.resolve("c"));
		Case own = Cases.open(temp.resolve("c"));
		PaymentResult baseline = own.project(own.projection(null), own.scenario(null));
		PivotTable table = Pivot.of(baseline, own.model(), List.of(Dimension.COUNTY), Dimension.YEAR);
		assertEquals(1, table.rows().size(), "the template counts the municipal sector as one unit, NO");
		assertEquals("Kommunesektoren samlet (nasjonale tall)", table.rows().get(0).members().get(0).label());
		assertEquals(List.of(TEMPLATE_TOTAL, TEMPLATE_TOTAL), table.columnTotals());
		// 2 × 213 099 052,06
		assertEquals(new BigDecimal("426198104.12"), table.total());
		PivotTable byCategory = Pivot.of(baseline, own.model(), List.of(Dimension.CATEGORY), Dimension.YEAR);
		// 589 453 pupils × NOK 237,71 (222,78 × 1,040 → 231,69 × 1,026 → 237,71) = 140 118 872,63
		assertEquals(new BigDecimal("140118872.63"), byCategory.row("grunnskole").amounts().get(0));
		assertEquals("Grunnskole, unntatt musikk- og kulturskoler", byCategory.row("grunnskole").members().get(0).label());
	}

	@Test
	void eachCountyOnTheReferenceDataSetIsTheSumCompareByCountyPrints() throws Exception {
		Cases.create(temp.resolve("c"));
		Case onReference = Cases.open(temp.resolve("c")).withData(Case.REFERENCE);
		PaymentResult baseline = onReference.project(onReference.projection(null), onReference.scenario(null));
		PivotTable table = Pivot.of(baseline, onReference.model(), List.of(Dimension.COUNTY), Dimension.YEAR);
		List<Comparison.Row> compared = Comparison.compare(
				List.of(new Comparison.Variant("grunnlag", "baseline", baseline)), Comparison.Grouping.COUNTY,
				onReference.county());
		int counties = 0;
		for (Comparison.Row row : compared) {
			if (row.group().equals("total")) {
				assertEquals(row.amounts().get(0), table.columnTotals().get(table.column(Integer.toString(row.year()))));
				continue;
			}
			// compare names a county "03 Oslo", the pivot by its id and its name
			String id = row.group().substring(0, row.group().indexOf(' '));
			PivotTable.Row county = table.row(id);
			assertNotNull(county, row.group());
			assertEquals(row.group(), id + " " + county.members().get(0).label());
			assertEquals(row.amounts().get(0), county.amounts().get(table.column(Integer.toString(row.year()))),
					row.group() + " " + row.year());
			counties++;
		}
		// 15 counties, Longyearbyen and KS, in two years
		assertEquals(17 * 2, counties);
		assertEquals(17, table.rows().size());
		// calibrated to the published national counts, so the total is the template's
		assertEquals(baseline.total(2026), table.columnTotals().get(0));
		// The county of Oslo and the municipality of Oslo: grunnskole is 237.71 (222.78 with the published KPI
		// steps for 2024 and 2025) per pupil of 0301, rounded to the øre; the pivot's grunnskole cell of Oslo
		// is exactly that.
		BigDecimal pupils = onReference.model().getCounts().stream()
				.filter(c -> c.getUnit().getId().equals("0301") && c.getCategory().getId().equals("grunnskole")
						&& c.getYear() == 2026)
				.map(Count::getValue).findFirst().orElseThrow();
		PivotTable osloByCategory = Pivot.of(baseline, onReference.model(), List.of(Dimension.COUNTY, Dimension.YEAR),
				Dimension.CATEGORY);
		assertEquals(new BigDecimal("237.71").multiply(pupils).setScale(2, RoundingMode.HALF_UP),
				osloByCategory.row("03", "2026").amounts().get(osloByCategory.column("grunnskole")));
	}
}
