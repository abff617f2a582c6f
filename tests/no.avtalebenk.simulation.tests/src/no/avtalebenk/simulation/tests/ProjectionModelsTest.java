package no.avtalebenk.simulation.tests;

import static no.avtalebenk.simulation.tests.Fixture.nok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.projection.ProjectionInput;
import no.avtalebenk.simulation.projection.ProjectionRegistry;
import no.avtalebenk.simulation.result.PaymentResult;

/** The extension point's registry and the three projection plugins. */
class ProjectionModelsTest {

	@Test
	void registryFindsThePluginsAndATestContributionAndSkipsBrokenOnes() {
		ProjectionRegistry registry = ProjectionRegistry.load();
		List<String> names = registry.models().stream().map(ProjectionDescriptor::name).toList();
		assertEquals(List.of("ai", "kopinor", "test-flat", "usage", "usage-annual"), names);
		assertEquals("no.avtalebenk.simulation.tests", registry.get("test-flat").contributor());
		assertEquals(3, registry.problems().size(), registry.problems().toString());
		assertTrue(registry.problems().stream().anyMatch(p -> p.contains("test-missing-class")));
		assertTrue(registry.problems().stream().anyMatch(p -> p.contains("test-wrong-type") && p.contains("is not a")));
		assertTrue(registry.problems().stream().anyMatch(p -> p.contains("'kopinor'") && p.contains("already taken")));
	}

	@Test
	void kopinorModelEvaluatesTheAgreementsFormulas() throws Exception {
		PaymentResult result = ProjectionRegistry.load().get("kopinor").model().project(new Fixture().input("grunnlag"));
		// the example's baseline, summed by hand in ExampleSimulationTest
		assertEquals(nok("213099052.06"), result.total(2026));
	}

	@Test
	void usageModelChargesOpeningsUpToTheCap() throws Exception {
		Fixture f = new Fixture();
		PaymentResult result = ProjectionRegistry.load().get("usage").model().project(f.input("grunnlag"));
		// NOK 5.00 per opening × 108 openings = NOK 540 per pupil, below 4 titles × NOK 300 maximum annual
		// price per title (avt.vederlag): 589 453 × 540 and 186 681 × 540
		assertEquals(nok("318304620.00"), result.amount("grunnskole", 2026));
		assertEquals(nok("100807740.00"), result.amount("videregaende", 2027));
		assertEquals(List.of("grunnskole", "videregaende"), result.categories());
		ProjectionInput capped = new ProjectionInput("cap", "t", f.formulas, f.baseline, Fixture.YEARS,
				Overrides.NONE.withParameter("maksArspris", new BigDecimal("100")));
		// the maximum is per title and user: 4 titles × NOK 100 = NOK 400 < NOK 540 binds; 589 453 × 400
		assertEquals(nok("235781200.00"),
				ProjectionRegistry.load().get("usage").model().project(capped).amount("grunnskole", 2026));
		// a maximum of NOK 500 per title does not bind (4 × 500 = 2 000 > 540), though it would per user
		ProjectionInput perTitle = new ProjectionInput("cap", "t", f.formulas, f.baseline, Fixture.YEARS,
				Overrides.NONE.withParameter("maksArspris", new BigDecimal("500")));
		assertEquals(nok("318304620.00"),
				ProjectionRegistry.load().get("usage").model().project(perTitle).amount("grunnskole", 2026));
	}

	@Test
	void maximumAnnualPriceWithLimitsPaysTheAssignedTitlesWhateverTheUse() throws Exception {
		Fixture f = new Fixture();
		PaymentResult result = ProjectionRegistry.load().get("usage-annual").model().project(f.input("grunnlag"));
		// 4 titles × NOK 300 per title = NOK 1 200 per pupil: 589 453 × 1 200 and 186 681 × 1 200
		assertEquals(nok("707343600.00"), result.amount("grunnskole", 2026));
		assertEquals(nok("224017200.00"), result.amount("videregaende", 2027));
		ProjectionInput oneTitle = new ProjectionInput("one", "t", f.formulas, f.baseline, Fixture.YEARS,
				Overrides.NONE.withParameter("titlerPerBruker", BigDecimal.ONE));
		// one assigned title: 589 453 × 300
		assertEquals(nok("176835900.00"),
				ProjectionRegistry.load().get("usage-annual").model().project(oneTitle).amount("grunnskole", 2026));
	}

	@Test
	void aiDriverReducesTheBilledArsverk() throws Exception {
		Fixture f = new Fixture();
		PaymentResult result = ProjectionRegistry.load().get("ai").model().project(f.input("grunnlag"));
		// 2026: 302 775 − 302 775 × 0.7 × 0.1 × 0.5 × 0.25 × 0.5 = 301 450.36 årsverk; × 194.00 (181.81 with
		// the published KPI steps for 2024 and 2025) / 3 = 19 493 789.95
		assertEquals(nok("19493789.95"), result.amount("administrasjon", 2026));
		// 2027, phase-in 0.5: 300 125.72 årsverk × 194.00 / 3 = 19 408 129.89
		assertEquals(nok("19408129.89"), result.amount("administrasjon", 2027));
		// the other categories are the agreement's own: 589 453 × 237.71
		assertEquals(nok("140118872.63"), result.amount("grunnskole", 2026));
		// everything reinvested: no reduction at all
		ProjectionInput reinvest = new ProjectionInput("r", "t", f.formulas, f.baseline, Fixture.YEARS,
				Overrides.NONE.withParameter("reduserAndel", BigDecimal.ZERO));
		assertEquals(nok("19579450.00"),
				ProjectionRegistry.load().get("ai").model().project(reinvest).amount("administrasjon", 2027));
		// the input's counts are not changed
		assertEquals(new BigDecimal("302775"), f.baseline.get("NO", "administrasjon", 2026).orElseThrow().value());
	}
}
