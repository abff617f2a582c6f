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

	/** The template's yearly total: the six category lines of kopinor.vederlag on its national counts. */
	private static final BigDecimal TEMPLATE_TOTAL = new BigDecimal("199713211.71");

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
		// 2 × 199 713 211,71
		assertEquals(new BigDecimal("399426423.42"), table.total());
		PivotTable byCategory = Pivot.of(baseline, own.model(), List.of(Dimension.CATEGORY), Dimension.YEAR);
		// 589 453 pupils × NOK 222,78 = 131 318 339,34
		assertEquals(new BigDecimal("131318339.34"), byCategory.row("grunnskole").amounts().get(0));
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
		// The county of Oslo and the municipality of Oslo: grunnskole is 222.78 per pupil of 0301, rounded
		// to the øre; the pivot's grunnskole cell of Oslo is exactly that.
		BigDecimal pupils = onReference.model().getCounts().stream()
				.filter(c -> c.getUnit().getId().equals("0301") && c.getCategory().getId().equals("grunnskole")
						&& c.getYear() == 2026)
				.map(Count::getValue).findFirst().orElseThrow();
		PivotTable osloByCategory = Pivot.of(baseline, onReference.model(), List.of(Dimension.COUNTY, Dimension.YEAR),
				Dimension.CATEGORY);
		assertEquals(new BigDecimal("222.78").multiply(pupils).setScale(2, RoundingMode.HALF_UP),
				osloByCategory.row("03", "2026").amounts().get(osloByCategory.column("grunnskole")));
	}
}
