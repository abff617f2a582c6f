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
		// (226 000 000 − 193 519 602.06 for the other categories) / (194.00 × 302 775) = 0.55296749 (194.00: the
		// 2023 rate 181.81 with the published KPI steps for 2024 and 2025)
		assertEquals(0, result.value().setScale(8, java.math.RoundingMode.HALF_UP).compareTo(new BigDecimal("0.55296749")));
		// recomputed independently through the normal path
		BigDecimal recomputed = Simulator.simulate("g", "t", f.formulas, f.baseline, Fixture.YEARS,
				Overrides.NONE.withParameter("administrasjonAndel", result.value())).total(2026);
		assertEquals(recomputed, result.total());
		assertTrue(recomputed.subtract(TARGET).abs().compareTo(BigDecimal.ONE) <= 0, recomputed.toPlainString());
		assertTrue(result.iterations().size() > 2);
	}

	@Test
	void goalSeekOnAllRatesHitsTheTargetWithinOneKroneAndShowsTheRoundedRates() throws Exception {
		Fixture f = new Fixture();
		Lever lever = Lever.categoryRates();
		GoalSeek.Result result = GoalSeek.solve(lever.describe(), 2026, TARGET, new BigDecimal("0.5"), new BigDecimal("2"),
				BigDecimal.ONE, x -> Simulator.simulate("g", "t", f.formulas, f.baseline, Fixture.YEARS,
						lever.apply(Overrides.NONE, x)));
		// The factor scales the rates after their øre rounding, so the total is nearly linear in it:
		// 226 000 000 / 213 099 052.06 = 1.06053968…
		assertTrue(result.reached(), result.note());
		assertEquals(new BigDecimal("1.0605397"), result.value().setScale(7, java.math.RoundingMode.HALF_UP));
		BigDecimal recomputed = Simulator.simulate("g", "t", f.formulas, f.baseline, Fixture.YEARS,
				Overrides.NONE.withCategoryRatesFactor(result.value())).total(2026);
		assertEquals(recomputed, result.total());
		assertTrue(recomputed.subtract(TARGET).abs().compareTo(BigDecimal.ONE) <= 0, recomputed.toPlainString());
		// Rounded to whole øre, as an agreement would state them, the rates become 252.10, 81.73, 1.29,
		// 240.22, 216.19 and 205.74: 252.10 × 589 453 + 81.73 × 60 229 + 1.29 × 60 229 + 240.22 × 186 681
		// + 216.19 × 31 400 + 205.74 × 302 775 / 3 (= 20 764 305.50) = 225 998 498.20
		assertEquals(nok("225998498.20"), Simulator.simulate("g", "t", f.formulas, f.baseline, Fixture.YEARS,
				Overrides.NONE.withCategoryRatesFactor(result.value()).roundingScaledRates()).total(2026));
	}

	@Test
	void goalSeekOnOneRateNamesTheNeighbouringStepsWhenRoundingForbidsAnExactHit() throws Exception {
		Fixture f = new Fixture();
		Lever lever = Lever.rate("grunnskoleSats");
		GoalSeek.Result result = GoalSeek.solve(lever.describe(), 2026, TARGET, new BigDecimal("100"),
				new BigDecimal("400"), BigDecimal.ONE, x -> Simulator.simulate("g", "t", f.formulas, f.baseline,
						Fixture.YEARS, lever.apply(Overrides.NONE, x)));
		// The rate is indexed and rounded to whole øre each year, so the total moves in steps of 0.01 × 589 453
		// pupils = NOK 5 894.53; (226 000 000 − 72 980 179.43 for the other categories) / 589 453
		// = 259.5963… lies between the 2026 rates 259.59 and 259.60 (from 253.01 and 253.02 in 2024).
		assertFalse(result.reached());
		assertTrue(result.note().contains("steps"), result.note());
		assertEquals(nok("225996283.70"), result.below().total());
		assertEquals(nok("226002178.23"), result.above().total());
	}

	@Test
	void sensitivityGivesTornadoBarsLargestFirst() throws Exception {
		Fixture f = new Fixture();
		Sensitivity.Result result = Sensitivity.run(2026,
				Sensitivity.defaultInputs(f.formulas, new BigDecimal("0.10"), new BigDecimal("0.05"), new BigDecimal("0.03")),
				Overrides.NONE, f.baseline,
				(o, c) -> Simulator.simulate("s", "t", f.formulas, c, Fixture.YEARS, o));
		assertEquals(nok("213099052.06"), result.baseTotal());
		// 6 category rates, 7 categories' counts (the appendix's six and KS's own årsverk), 1 index, 1 parameter
		assertEquals(15, result.bars().size());
		// the billed share 1/3 ± 10 %: 0.3 and 0.3666… of 302 775 årsverk at 194.00 give 17 621 505.00 and
		// 21 537 395.00 instead of 19 579 450.00 (the KS line has no årsverk)
		Sensitivity.Bar share = result.bars().stream().filter(b -> b.input().name().equals("administrasjonAndel"))
				.findFirst().orElseThrow();
		assertEquals(Sensitivity.Kind.PARAMETER, share.input().kind());
		assertEquals(nok("211141107.06"), share.lowTotal());
		assertEquals(nok("215056997.06"), share.highTotal());
		Sensitivity.Bar rate = result.bars().stream().filter(b -> b.input().name().equals("grunnskoleSats")).findFirst()
				.orElseThrow();
		// 222.78 × 0.9 = 200.502, × 1.040 → 208.52, × 1.026 → 213.94: 213 099 052.06 − 140 118 872.63
		// + 213.94 × 589 453
		assertEquals(nok("199087754.25"), rate.lowTotal());
		// 222.78 × 1.1 = 245.058, × 1.040 → 254.86, × 1.026 → 261.49
		assertEquals(nok("227116244.40"), rate.highTotal());
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
		// 7 categories + total, for 2 years
		assertEquals(16, rows.size());
		Comparison.Row admin = rows.stream().filter(r -> r.group().equals("administrasjon") && r.year() == 2026)
				.findFirst().orElseThrow();
		// Kopinor's position: 29 369 175.00 − 19 579 450.00
		assertEquals(nok("9789725.00"), admin.differences().get(2));
		Comparison.Row total = rows.get(rows.size() - 1);
		assertEquals("total", total.group());
		assertEquals(2027, total.year());
		// KS's position in 2027: 137 316 509.44 − 140 118 872.63
		assertEquals(nok("-2802363.19"), total.differences().get(1));
		assertFalse(Comparison.compare(variants, Comparison.Grouping.YEAR, u -> u).isEmpty());
	}
}
