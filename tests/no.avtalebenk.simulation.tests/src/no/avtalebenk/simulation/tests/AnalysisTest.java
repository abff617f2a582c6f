package no.avtalebenk.simulation.tests;

import static no.avtalebenk.simulation.tests.Fixture.nok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.analysis.Comparison;
import no.avtalebenk.simulation.analysis.GoalSeek;
import no.avtalebenk.simulation.analysis.Lever;
import no.avtalebenk.simulation.analysis.Sensitivity;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.result.PaymentResult;
import no.avtalebenk.simulation.scenario.ScenarioInputs;

/** Goal seek, sensitivity and comparison on the example, against hand computations. */
class AnalysisTest {

	private static final BigDecimal TARGET = new BigDecimal("226000000");

	@Test
	void goalSeekOnTheBilledShareHitsTheAgreedTotalWithinOneKrone() throws Exception {
		Fixture f = new Fixture();
		Lever lever = Lever.parameter("administrasjonAndel");
		GoalSeek.Result result = GoalSeek.solve(lever.describe(), 2026, TARGET, BigDecimal.ZERO, BigDecimal.ONE,
				BigDecimal.ONE, x -> Simulator.simulate("g", "t", f.formulas, f.baseline, Fixture.YEARS,
						lever.apply(Overrides.NONE, x)));
		assertTrue(result.reached(), result.note());
		// (226 000 000 − 181 364 037.46 for the other categories) / (181.81 × 302 775) = 0.81086233
		assertEquals(0, result.value().setScale(8, java.math.RoundingMode.HALF_UP).compareTo(new BigDecimal("0.81086233")));
		// recomputed independently through the normal path
		BigDecimal recomputed = Simulator.simulate("g", "t", f.formulas, f.baseline, Fixture.YEARS,
				Overrides.NONE.withParameter("administrasjonAndel", result.value())).total(2026);
		assertEquals(recomputed, result.total());
		assertTrue(recomputed.subtract(TARGET).abs().compareTo(BigDecimal.ONE) <= 0, recomputed.toPlainString());
		assertTrue(result.iterations().size() > 2);
	}

	@Test
	void goalSeekOnAllRatesNamesTheNeighbouringStepsWhenRoundingForbidsAnExactHit() throws Exception {
		Fixture f = new Fixture();
		Lever lever = Lever.categoryRates();
		GoalSeek.Result result = GoalSeek.solve(lever.describe(), 2026, TARGET, new BigDecimal("0.5"), new BigDecimal("2"),
				BigDecimal.ONE, x -> Simulator.simulate("g", "t", f.formulas, f.baseline, Fixture.YEARS,
						lever.apply(Overrides.NONE, x)));
		// Rates are rounded to whole øre, so the total moves in steps of at least 0.01 × 31 400 fagskole
		// students = NOK 314: the neighbours bracket the target and are one step apart.
		assertTrue(result.below().total().compareTo(TARGET) <= 0);
		assertTrue(result.above().total().compareTo(TARGET) >= 0);
		assertTrue(result.above().value().subtract(result.below().value()).compareTo(new BigDecimal("1E-11")) <= 0);
		BigDecimal gap = result.above().total().subtract(result.below().total());
		assertTrue(gap.compareTo(new BigDecimal("314")) >= 0 && gap.compareTo(new BigDecimal("10000")) < 0, gap.toPlainString());
		if (!result.reached()) {
			assertTrue(result.note().contains("steps"));
		}
		// 199 713 211.71 × 1.1316 ≈ 226 MNOK: the factor is near 226 / 199.713
		assertEquals(new BigDecimal("1.132"), result.value().setScale(3, java.math.RoundingMode.HALF_UP));
		assertEquals(Simulator.simulate("g", "t", f.formulas, f.baseline, Fixture.YEARS,
				Overrides.NONE.withCategoryRatesFactor(result.value())).total(2026), result.total());
	}

	@Test
	void sensitivityGivesTornadoBarsLargestFirst() throws Exception {
		Fixture f = new Fixture();
		Sensitivity.Result result = Sensitivity.run(2026,
				Sensitivity.defaultInputs(f.formulas, new BigDecimal("0.10"), new BigDecimal("0.05"), new BigDecimal("0.03")),
				Overrides.NONE, f.baseline,
				(o, c) -> Simulator.simulate("s", "t", f.formulas, c, Fixture.YEARS, o));
		assertEquals(nok("199713211.71"), result.baseTotal());
		// 6 category rates, 6 categories' counts, 1 index
		assertEquals(13, result.bars().size());
		Sensitivity.Bar rate = result.bars().stream().filter(b -> b.input().name().equals("grunnskoleSats")).findFirst()
				.orElseThrow();
		// 222.78 × 0.9 = 200.50 (øre-rounded): 199 713 211.71 − 131 318 339.34 + 200.50 × 589 453
		assertEquals(nok("186580198.87"), rate.lowTotal());
		// 222.78 × 1.1 = 245.06 (øre-rounded)
		assertEquals(nok("212846224.55"), rate.highTotal());
		for (int i = 1; i < result.bars().size(); i++) {
			assertTrue(result.bars().get(i - 1).swing().compareTo(result.bars().get(i).swing()) >= 0);
		}
		// ±10 % on the largest rate swings more than ±5 % on any count or ±3 % on the index
		assertEquals("grunnskoleSats", result.bars().get(0).input().name());
	}

	@Test
	void comparisonShowsEachPositionAgainstTheBaseline() throws Exception {
		Fixture f = new Fixture();
		List<Comparison.Variant> variants = new java.util.ArrayList<>();
		for (String name : List.of("grunnlag", "elevtall-faller-2-prosent", "halv-administrasjonsandel", "meklers-forslag")) {
			ScenarioInputs s = f.scenario(name);
			PaymentResult r = Simulator.simulate(name, "t", f.formulas, s.counts(), Fixture.YEARS, s.overrides());
			variants.add(new Comparison.Variant(name, s.holder(), r));
		}
		List<Comparison.Row> rows = Comparison.compare(variants, Comparison.Grouping.CATEGORY, u -> u);
		// 6 categories + total, for 2 years
		assertEquals(14, rows.size());
		Comparison.Row admin = rows.stream().filter(r -> r.group().equals("administrasjon") && r.year() == 2026)
				.findFirst().orElseThrow();
		// Kopinor's position: 27 523 761.38 − 18 349 174.25
		assertEquals(nok("9174587.13"), admin.differences().get(2));
		Comparison.Row total = rows.get(rows.size() - 1);
		assertEquals("total", total.group());
		assertEquals(2027, total.year());
		// KS's position in 2027: 128 691 985.92 − 131 318 339.34
		assertEquals(nok("-2626353.42"), total.differences().get(1));
		assertFalse(Comparison.compare(variants, Comparison.Grouping.YEAR, u -> u).isEmpty());
	}
}
