package no.avtalebenk.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.formula.interpreter.Explanation;
import no.avtalebenk.simulation.Explanations;

/** The tree behind the example's 2026 invoice names each rate, count, source and clause. */
class ExplanationsTest {

	private static List<Explanation> all(Explanation root) {
		List<Explanation> nodes = new ArrayList<>();
		nodes.add(root);
		for (Explanation child : root.children()) {
			nodes.addAll(all(child));
		}
		return nodes;
	}

	private static Explanation find(Explanation root, Explanation.Kind kind, String name) {
		return all(root).stream().filter(n -> n.kind() == kind && n.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void totalAndItsLeaves() throws Exception {
		Explanation root = Explanations.explain(Examples.formulas(), Examples.counts(), "NO", 2026, null);
		assertEquals("vederlag", root.name());
		// 140 118 872.63 + 4 641 246.74 + 73 479.38 + 42 285 113.31 + 6 400 890.00 + 19 579 450.00 (2023 rates
		// with the published KPI steps for 2024 and 2025; see ExampleSimulationTest)
		assertEquals(new BigDecimal("213099052.06"), root.value());
		assertEquals("NOK", root.unit());

		Explanation rate = find(root, Explanation.Kind.RATE, "grunnskoleSats");
		// Kopinor, priser 2023: NOK 222.78 per pupil
		assertEquals(new BigDecimal("222.78"), rate.value());
		assertEquals("Kopinor, priser 2023", rate.source());
		assertEquals("Protokollvedlegg: grunnskole", rate.clause());
		assertTrue(rate.detail().startsWith("value from 2023-01-01"), rate.detail());

		Explanation count = find(root, Explanation.Kind.COUNT, "grunnskole");
		// tall.csv: 589 453 pupils, an estimate carried forward from SSB 2025
		assertEquals(new BigDecimal("589453"), count.value());
		assertTrue(count.source().startsWith("ESTIMATE: SSB, Elevar i grunnskolen"), count.source());

		Explanation step = find(root, Explanation.Kind.INDEX_STEP, "2026");
		// the KPI change October 2024–October 2025 is not in the sources: an assumption, and said to be one
		assertEquals("ASSUMPTION: KPI October 2024–October 2025 not entered (SSB table 03013): no indexation assumed "
				+ "for 2026", step.source());
		assertEquals(0, BigDecimal.ONE.compareTo(step.value()));

		Explanation share = find(root, Explanation.Kind.PARAMETER, "administrasjonAndel");
		// 1 / 3 is kept as an exact fraction
		assertEquals("1/3", share.exact().toString());
		assertTrue(share.source().startsWith("Billed share of administrative årsverk"), share.source());
	}

	@Test
	void oneCategoryFormula() throws Exception {
		Explanation root = Explanations.explain(Examples.formulas(), Examples.counts(), "NO", 2027,
				"administrasjonBelop");
		// 302 775 × 194.00 (181.81 × 1.040 → 189.08 × 1.026 → 194.00, the published KPI steps) / 3
		// = 19 579 450.00
		assertEquals(new BigDecimal("19579450.00"), root.value());
	}

	@Test
	void unknownUnitIsNamed() throws Exception {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Explanations.explain(Examples.formulas(), Examples.counts(), "0301", 2026, null));
		assertEquals("unknown unit '0301'; the counts have NO", e.getMessage());
	}
}
