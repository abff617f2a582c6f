package no.avtalebenk.simulation.tests;

import static no.avtalebenk.simulation.tests.Fixture.nok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.result.PaymentResult;
import no.avtalebenk.simulation.scenario.ScenarioInputs;

/** Scenarios of the example: each kind of change, stacking on the baseline, baseline untouched. */
class ScenarioTest {

	private static PaymentResult run(Fixture f, ScenarioInputs s) {
		return Simulator.simulate(s.name(), "test", f.formulas, s.counts(), Fixture.YEARS, s.overrides());
	}

	@Test
	void shareChangeBillsHalfTheAdministrativeArsverk() throws Exception {
		Fixture f = new Fixture();
		ScenarioInputs s = f.scenario("halv-administrasjonsandel");
		assertEquals("kopinorPosition", s.holder());
		assertEquals(List.of("grunnlag", "halv-administrasjonsandel"), s.stack());
		// 302 775 × 194.00 (181.81 with the published KPI steps) × 0.5 = 29 369 175.00
		assertEquals(nok("29369175.00"), run(f, s).amount("administrasjon", 2026));
		// The baseline's formula model is not changed: one third again, 302 775 × 194.00 / 3
		assertEquals(nok("19579450.00"),
				Simulator.simulate("b", "t", f.formulas, f.baseline, Fixture.YEARS).amount("administrasjon", 2026));
	}

	@Test
	void growthChangeCompoundsFromItsYearAndKeepsWholePupils() throws Exception {
		Fixture f = new Fixture();
		PaymentResult result = run(f, f.scenario("elevtall-faller-2-prosent"));
		// 2026 before the change: 589 453 × 237.71 (222.78 with the published KPI steps for 2024 and 2025)
		assertEquals(nok("140118872.63"), result.amount("grunnskole", 2026));
		// 2027: 589 453 × 0.98 = 577 663.94 → 577 664 pupils × 237.71 = 137 316 509.44
		assertEquals(nok("137316509.44"), result.amount("grunnskole", 2027));
		assertEquals(new BigDecimal("589453"), f.baseline.get("NO", "grunnskole", 2027).orElseThrow().value());
	}

	@Test
	void rateChangeFromADateIndexesTheMediatorsProposal() throws Exception {
		Fixture f = new Fixture();
		ScenarioInputs s = f.scenario("meklers-forslag");
		assertEquals("mediatorProposal", s.holder());
		PaymentResult result = run(f, s);
		// the 2025 rate 237.71 (222.78 × 1.040 × 1.026, each to øre) × 1.06 = 251.9726 → 251.97; × 589 453
		assertEquals(nok("148524472.41"), result.amount("grunnskole", 2026));
		// every 2025 rate × 1.06 and rounded to øre (251.97, 81.68, 1.29, 240.10, 216.08, 205.64), times the
		// counts, summed by hand
		assertEquals(nok("225882909.64"), result.total(2026));
		// the index factor of 2026 is carried into 2027, whose own factor in the file is 1.000:
		// 251.97 × 1.000 = 251.97, the same payment
		assertEquals(nok("148524472.41"), result.amount("grunnskole", 2027));
	}

	@Test
	void indexFactorsAreCheckedAndApplyFromTheirYear() throws Exception {
		Fixture f = new Fixture();
		Overrides o = Overrides.NONE.withRate("prisjustering", "2027-01-01", new BigDecimal("1.05"));
		o.check(f.formulas, "scenario 'x'");
		PaymentResult result = Simulator.simulate("x", "t", f.formulas, f.baseline, Fixture.YEARS, o);
		// 2026 as the baseline: 589 453 × 237.71
		assertEquals(nok("140118872.63"), result.amount("grunnskole", 2026));
		// 2027: 237.71 × 1.05 = 249.5955 → 249.60; × 589 453 = 147 127 468.80
		assertEquals(nok("147127468.80"), result.amount("grunnskole", 2027));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Overrides.NONE
				.withRate("prisjustering", "2027-07-01", BigDecimal.ONE).check(f.formulas, "scenario 'x'"));
		assertTrue(e.getMessage().contains("1 January"), e.getMessage());
	}

	@Test
	void aRateIsIndexedFromItsValueInTheBaseYear() throws Exception {
		Fixture f = new Fixture();
		// indexed(grunnskoleSats by prisjustering since 2023, …) reads the rate on 1.1.2023, as the
		// language says: a value from 2026 does not change it, a value from 2023 does
		Overrides late = Overrides.NONE.withRate("grunnskoleSats", "2026-01-01", new BigDecimal("300"));
		assertEquals(nok("140118872.63"), Simulator.simulate("x", "t", f.formulas, f.baseline, Fixture.YEARS, late)
				.amount("grunnskole", 2026));
		Overrides base = Overrides.NONE.withRate("grunnskoleSats", "2023-01-01", new BigDecimal("300"));
		// 300 × 1.040 = 312.00; × 1.026 = 320.112 → 320.11; × 589 453 = 188 689 799.83
		assertEquals(nok("188689799.83"), Simulator.simulate("x", "t", f.formulas, f.baseline, Fixture.YEARS, base)
				.amount("grunnskole", 2026));
	}

	@Test
	void undatedRateOverrideAppliesInEveryYearAndWinsOverDatedOnes() throws Exception {
		Fixture f = new Fixture();
		Overrides o = Overrides.NONE.withRate("grunnskoleSats", "2026-01-01", new BigDecimal("300"))
				.withRate("grunnskoleSats", null, new BigDecimal("100"));
		PaymentResult result = Simulator.simulate("x", "t", f.formulas, f.baseline, Fixture.YEARS, o);
		// 100 in the base year 2023, with the published KPI steps: × 1.040 = 104.00, × 1.026 = 106.704 → 106.70;
		// × 589 453 = 62 894 635.10
		assertEquals(nok("62894635.10"), result.amount("grunnskole", 2027));
	}

	@Test
	void unknownScenarioAndUnknownRateAreNamed() throws Exception {
		Fixture f = new Fixture();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.scenario("tilbud-9"));
		assertTrue(e.getMessage().contains("no scenario 'tilbud-9'"), e.getMessage());
		IllegalArgumentException r = assertThrows(IllegalArgumentException.class,
				() -> Overrides.NONE.withRate("grunnskolesats", null, BigDecimal.ONE).check(f.formulas, "scenario 'x'"));
		assertTrue(r.getMessage().contains("no such rate"), r.getMessage());
	}
}
