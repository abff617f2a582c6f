package no.avtalebenk.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.whatif.WhatIf;
import no.avtalebenk.cases.whatif.WhatIfResult;
import no.avtalebenk.cases.whatif.WhatIfYear;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.CountChange;
import no.avtalebenk.model.avtale.RateChange;
import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.ScenarioChange;
import no.avtalebenk.simulation.result.PaymentResult;
import no.avtalebenk.simulation.scenario.Scenarios;

/**
 * The live what-if on the compiled formulas gives exactly what the case's projection (the
 * interpreter) gives, for every scenario and year of the template, on its national counts and on
 * the reference data set's 374 units; an edit of the model changes the figures by what a hand
 * computation says, also when the earlier figures were kept for reuse.
 */
class WhatIfTest {

	/**
	 * The template's yearly total: its category lines on its national counts at the 2023 rates indexed by
	 * the published KPI steps for 2024 (+4.0 %) and 2025 (+2.6 %), with the 2026 factor 1.000 (an
	 * assumption); 199 713 211,71 before the published steps were entered, when every factor was 1.000.
	 */
	private static final BigDecimal TEMPLATE_TOTAL = new BigDecimal("213099052.06");
	/** The amount the template's agreement states for 2026 and for 2027. */
	private static final BigDecimal AGREED = new BigDecimal("226000000");

	@Test
	void everyScenarioAndYearEqualsTheCasesProjection() throws Exception {
		Case example = Cases.openExample();
		assertSameAsProjection(example);
	}

	@Test
	void everyScenarioAndYearEqualsTheCasesProjectionOnTheReferenceDataSet() throws Exception {
		Case reference = Cases.openExample().withData(Case.REFERENCE);
		assertEquals(374, reference.baseline().units().size());
		assertSameAsProjection(reference);
	}

	private static void assertSameAsProjection(Case aCase) throws CaseException {
		WhatIf whatIf = new WhatIf(aCase);
		assertEquals(4, aCase.model().getScenarios().size());
		for (Scenario scenario : aCase.model().getScenarios()) {
			WhatIfResult result = whatIf.compute(aCase.model(), scenario.getName());
			String baseName = scenario.getBasedOn() == null ? scenario.getName() : scenario.getBasedOn().getName();
			assertEquals(baseName, result.base());
			PaymentResult projected = aCase.project(aCase.projection(null), aCase.scenario(scenario.getName()));
			PaymentResult base = aCase.project(aCase.projection(null), aCase.scenario(baseName));
			assertEquals(aCase.years(), result.years().stream().map(WhatIfYear::year).toList());
			for (int year : aCase.years()) {
				WhatIfYear totals = result.year(year);
				String where = scenario.getName() + " " + year;
				// equals, not compareTo: the scale must be the interpreter's too
				assertEquals(projected.total(year), totals.scenario(), where);
				assertEquals(base.total(year), totals.base(), where);
				assertEquals(projected.total(year).subtract(base.total(year)), totals.difference(), where);
				assertEquals(AGREED, totals.agreed(), where);
				assertEquals(projected.total(year).subtract(AGREED), totals.gap(), where);
				for (String category : projected.categories()) {
					assertEquals(projected.amount(category, year), totals.scenarioByCategory().get(category),
							where + " " + category);
					assertEquals(base.amount(category, year), totals.baseByCategory().get(category), where + " " + category);
				}
			}
		}
	}

	@Test
	void aRateChangedInTheEditedModelMovesTheTotalByTheHandComputedAmount() throws Exception {
		Case example = Cases.openExample();
		WhatIf whatIf = new WhatIf(example);
		AgreementModel edited = EcoreUtil.copy(example.model());
		RateChange rate = AvtaleFactory.eINSTANCE.createRateChange();
		rate.setRate("grunnskoleSats");
		// the formula indexes the rate valid in 2023 ("indexed(grunnskoleSats by prisjustering since 2023)"),
		// so the new rate is dated where the price list's 222,78 is
		rate.setValidFrom("2023-01-01");
		rate.setValue(new BigDecimal("230.00"));
		Scenario offer = scenario(edited, "grunnskole-230", rate);

		WhatIfResult result = whatIf.compute(edited, offer.getName());
		// 230,00 × 1,040 → 239,20 × 1,026 → 245,42 against 237,71 from 222,78 (published KPI steps; 2026
		// factor 1,000): 589 453 pupils × (245,42 − 237,71) = 589 453 × 7,71 = 4 544 682,63 more in each year
		BigDecimal delta = new BigDecimal("4544682.63");
		for (int year : example.years()) {
			WhatIfYear totals = result.year(year);
			assertEquals("grunnlag", result.base());
			assertEquals(TEMPLATE_TOTAL, totals.base());
			assertEquals(delta, totals.difference());
			assertEquals(TEMPLATE_TOTAL.add(delta), totals.scenario());
			// 217 643 734,69 − 226 000 000 = −8 356 265,31
			assertEquals(new BigDecimal("-8356265.31"), totals.gap());
			assertEquals(new BigDecimal("144663555.26"), totals.scenarioByCategory().get("grunnskole"));
		}

		// The same scenario edited again: the kept figures of the first value must not be shown.
		rate.setValue(new BigDecimal("222.78"));
		assertEquals(BigDecimal.ZERO.setScale(2), whatIf.compute(edited, offer.getName()).year(2026).difference());
		rate.setValue(new BigDecimal("230.00"));
		assertEquals(delta, whatIf.compute(edited, offer.getName()).year(2027).difference());
	}

	@Test
	void aCountChangedInTheEditedModelMovesTheTotalByTheHandComputedAmount() throws Exception {
		Case example = Cases.openExample();
		WhatIf whatIf = new WhatIf(example);
		AgreementModel edited = EcoreUtil.copy(example.model());
		CountChange count = AvtaleFactory.eINSTANCE.createCountChange();
		count.setCategory(category(edited, "grunnskole"));
		count.setYear(2027);
		count.setValue(new BigDecimal("600000"));
		Scenario offer = scenario(edited, "flere-elever-2027", count);

		WhatIfResult result = whatIf.compute(edited, offer.getName());
		assertEquals(BigDecimal.ZERO.setScale(2), result.year(2026).difference());
		// (600 000 − 589 453) pupils × 237,71 (the 2027 rate) = 10 547 × 237,71 = 2 507 127,37 more in 2027
		assertEquals(new BigDecimal("2507127.37"), result.year(2027).difference());

		// A rate change added on top compiles anew but reads the kept counts: both changes count.
		RateChange rate = AvtaleFactory.eINSTANCE.createRateChange();
		rate.setRate("grunnskoleSats");
		rate.setValidFrom("2023-01-01");
		rate.setValue(new BigDecimal("230.00"));
		offer.getChanges().add(rate);
		// 2027: 600 000 × 245,42 − 589 453 × 237,71 = 147 252 000,00 − 140 118 872,63 = 7 133 127,37
		WhatIfResult both = whatIf.compute(edited, offer.getName());
		assertEquals(new BigDecimal("7133127.37"), both.year(2027).difference());
		assertEquals(new BigDecimal("4544682.63"), both.year(2026).difference());
	}

	@Test
	void theBaselineIsItsOwnBaseAndAnUnknownRateOrScenarioIsRefusedWithItsName() throws Exception {
		Case example = Cases.openExample();
		WhatIf whatIf = new WhatIf(example);
		WhatIfResult baseline = whatIf.compute(example.model(), null);
		assertEquals("grunnlag", baseline.scenario());
		assertEquals("grunnlag", baseline.base());
		assertEquals(TEMPLATE_TOTAL, baseline.year(2026).scenario());
		assertEquals(BigDecimal.ZERO.setScale(2), baseline.year(2026).difference());

		AgreementModel edited = EcoreUtil.copy(example.model());
		RateChange misspelt = AvtaleFactory.eINSTANCE.createRateChange();
		misspelt.setRate("grunskoleSats");
		misspelt.setValue(new BigDecimal("230.00"));
		scenario(edited, "skrivefeil", misspelt);
		CaseException refused = assertThrows(CaseException.class, () -> whatIf.compute(edited, "skrivefeil"));
		assertEquals(CaseException.Kind.REQUEST, refused.kind());
		assertTrue(refused.getMessage().contains("'grunskoleSats'"), refused.getMessage());

		CaseException unknown = assertThrows(CaseException.class, () -> whatIf.compute(edited, "finnes-ikke"));
		assertTrue(unknown.getMessage().contains("no scenario 'finnes-ikke'"), unknown.getMessage());
	}

	@Test
	void aSnapshotComputesAsTheModelAndStaysAsItWasWhenTheModelIsEditedFurther() throws Exception {
		Case example = Cases.openExample();
		AgreementModel edited = EcoreUtil.copy(example.model());
		AgreementModel snapshot = WhatIf.snapshot(edited);
		WhatIf whatIf = new WhatIf(example);
		WhatIfResult proposal = whatIf.compute(edited, "meklers-forslag");
		assertEquals(proposal, whatIf.compute(snapshot, "meklers-forslag"));

		RateChange factor = (RateChange) Scenarios.find(edited, "meklers-forslag").getChanges().get(0);
		factor.setValue(new BigDecimal("1.20"));
		assertEquals(proposal, new WhatIf(example).compute(snapshot, "meklers-forslag"));
		assertEquals(new BigDecimal("1.06"),
				((RateChange) Scenarios.find(snapshot, "meklers-forslag").getChanges().get(0)).getValue());
		assertTrue(whatIf.compute(edited, "meklers-forslag").year(2026).scenario().compareTo(proposal.year(2026).scenario()) > 0);
	}

	@Test
	void withoutAnAgreedAmountTheGapIsLeftOpen() throws Exception {
		Case example = Cases.openExample();
		AgreementModel edited = EcoreUtil.copy(example.model());
		for (Clause clause : edited.getAgreements().get(0).getClauses()) {
			if (clause instanceof RemunerationClause remuneration) {
				remuneration.getAgreedAmounts().removeIf(a -> a.getYear() == 2027);
			}
		}
		WhatIfResult result = new WhatIf(example).compute(edited, null);
		assertEquals(AGREED, result.year(2026).agreed());
		assertNull(result.year(2027).agreed());
		assertNull(result.year(2027).gap());
	}

	private static Scenario scenario(AgreementModel model, String name, ScenarioChange change) {
		Scenario scenario = AvtaleFactory.eINSTANCE.createScenario();
		scenario.setName(name);
		scenario.setBasedOn(Scenarios.find(model, "grunnlag"));
		scenario.getChanges().add(change);
		model.getScenarios().add(scenario);
		return scenario;
	}

	private static CountCategory category(AgreementModel model, String id) {
		return model.getCategories().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
	}
}
