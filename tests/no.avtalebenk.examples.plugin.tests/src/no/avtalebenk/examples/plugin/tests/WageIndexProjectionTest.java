package no.avtalebenk.examples.plugin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.TimeSeries;
import no.avtalebenk.charts.kinds.ChartInput;
import no.avtalebenk.charts.kinds.ChartKindRegistry;
import no.avtalebenk.examples.plugin.WageIndex;
import no.avtalebenk.examples.plugin.WageIndexProjection;
import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.Provenance;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.index.IndexSeriesRegistry;
import no.avtalebenk.simulation.projection.ProjectionInput;
import no.avtalebenk.simulation.projection.ProjectionRegistry;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The wage index as an index source: the example's model and chart index the agreement's rates by the
 * contributed series instead of the file's factors. Figures computed by hand from the 2023 grunnskole
 * rate (NOK 222.78, Kopinor priser 2023) and the series' steps of exactly 1.04.
 */
class WageIndexProjectionTest {

	/** The grunnskole rate of 2023 indexed from 2024, by factors of 1.000 in the file. */
	private static final String FORMULAS = """
			category grunnskole unit "elev" source "GSI"
			rate grunnskoleSats per grunnskole unit "NOK/elev" {
				from 2023-01-01 = 222.78 source "Kopinor, priser 2023"
			}
			index prisjustering {
				from 2024-01-01 factor 1.000 assumption "none entered"
				from 2025-01-01 factor 1.000 assumption "none entered"
				from 2026-01-01 factor 1.000 assumption "none entered"
				from 2027-01-01 factor 1.000 assumption "none entered"
			}
			formula grunnskoleBelop for grunnskole unit "NOK" =
				round(indexed(grunnskoleSats by prisjustering since 2023, round each year to 2) * count(grunnskole), 2)
			""";

	private static final List<Integer> YEARS = List.of(2026, 2027);

	private static Model formulas() throws Exception {
		return new FormulaLoader().load(URI.createURI("test:/lonnsindeks.vederlag"),
				new ByteArrayInputStream(FORMULAS.getBytes(StandardCharsets.UTF_8)));
	}

	/** 100 pupils in Oslo in each year. */
	private static CountTable counts() throws Exception {
		Provenance test = new Provenance("test", false, "");
		return CountTable.of("test", List.of(new Count("0301", "Oslo", "grunnskole", 2026, new BigDecimal("100"), test),
				new Count("0301", "Oslo", "grunnskole", 2027, new BigDecimal("100"), test)));
	}

	@Test
	void theSeriesStepsAreTheYearBeforeOverTheYearBeforeThat() {
		WageIndex series = new WageIndex();
		// 104 / 100, and 116.985856 / 112.4864: the step from 1 January 2024 and 2027
		assertEquals(0, new BigDecimal("1.04").compareTo(series.step(2024).orElseThrow()));
		assertEquals(0, new BigDecimal("1.04").compareTo(series.step(2027).orElseThrow()));
		assertTrue(series.step(2023).isEmpty(), "no value for 2021");
		assertTrue(series.points().values().stream().allMatch(p -> p.isAssumption()), "every value is labelled an assumption");
		assertEquals("lonnsindeks", IndexSeriesRegistry.load().get("lonnsindeks").name());
	}

	@Test
	void modelIndexesTheRateByTheWageIndex() throws Exception {
		ProjectionInput input = new ProjectionInput("grunnlag", "test", formulas(), counts(), YEARS, Overrides.NONE);
		PaymentResult wage = ProjectionRegistry.load().get("lonnsindeks").model().project(input);
		// 222.78 × 1.04 = 231.6912 → 231.69; × 1.04 = 240.9576 → 240.96; × 1.04 = 250.5984 → 250.60 (2026);
		// × 1.04 = 260.624 → 260.62 (2027); times 100 pupils
		assertEquals(new BigDecimal("25060.00"), wage.total(2026));
		assertEquals(new BigDecimal("26062.00"), wage.total(2027));
		// The file's own factors of 1.000 leave the 2023 rate: 100 × 222.78
		PaymentResult own = Simulator.simulate("grunnlag", "test", formulas(), counts(), YEARS);
		assertEquals(new BigDecimal("22278.00"), own.total(2026));
	}

	@Test
	void chartDrawsBothIndexationsOverTheYears() throws Exception {
		Model formulas = formulas();
		CountTable counts = counts();
		PaymentResult baseline = new WageIndexProjection().project(
				new ProjectionInput("grunnlag", "test", formulas, counts, YEARS, Overrides.NONE));
		ChartInput input = new ChartInput(null, formulas, counts, java.util.Map.of("grunnlag", baseline), YEARS, 2026,
				NumberStyle.NORWEGIAN, java.time.LocalDate.of(2026, 1, 1));
		TimeSeries chart = (TimeSeries) ChartKindRegistry.load().find("lonnsindeks").orElseThrow().kind().data(input);
		assertEquals(List.of("Avtalens indeks", "Lønnsindeks (antatt)"), chart.series().stream().map(l -> l.name()).toList());
		assertEquals(new BigDecimal("22278.00"), chart.series().get(0).values().get(2026));
		assertEquals(new BigDecimal("25060.00"), chart.series().get(1).values().get(2026));
		assertEquals(new BigDecimal("26062.00"), chart.series().get(1).values().get(2027));
	}
}
