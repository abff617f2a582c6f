package no.avtalebenk.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The example's payments, each checked against a hand computation with Kopinor's 2023 rates indexed by
 * the published KPI steps (+4.0 % from 2024, +2.6 % from 2025, each to whole øre; 2026 and 2027 at the
 * assumed factor 1.000) and the example's (estimated) national counts. Before the published steps were
 * entered every factor was 1.000 and the 2023 rates applied as they were (total 199 713 211.71).
 */
class ExampleSimulationTest {

	@Test
	void paymentsPerCategoryMatchHandComputation() throws Exception {
		PaymentResult result = Examples.simulate();
		// 222.78 × 1.040 = 231.6912 → 231.69; × 1.026 = 237.71394 → 237.71; × 589 453
		assertEquals(new BigDecimal("140118872.63"), result.amount("grunnskole", 2026));
		// 72.22 → 75.1088 → 75.11 → 77.06286 → 77.06; × 60 229
		assertEquals(new BigDecimal("4641246.74"), result.amount("kulturskoleMusikk", 2026));
		// 1.14 → 1.1856 → 1.19 → 1.22094 → 1.22; × 60 229
		assertEquals(new BigDecimal("73479.38"), result.amount("kulturskoleAndre", 2026));
		// 212.28 → 220.7712 → 220.77 → 226.51002 → 226.51; × 186 681
		assertEquals(new BigDecimal("42285113.31"), result.amount("videregaende", 2026));
		// 191.04 → 198.6816 → 198.68 → 203.84568 → 203.85; × 31 400
		assertEquals(new BigDecimal("6400890.00"), result.amount("fagskole", 2027));
		// 181.81 → 189.0824 → 189.08 → 193.99608 → 194.00; × 302 775 / 3 = 194.00 × 100 925 = 19 579 450.00
		assertEquals(new BigDecimal("19579450.00"), result.amount("administrasjon", 2027));
		// KS's own årsverk (protocol point 6): the example has no count of them, so 0
		assertEquals(new BigDecimal("0.00"), result.amount("paiKsAdministrasjon", 2026).setScale(2));
	}

	@Test
	void totalIsTheSumOfTheCategories() throws Exception {
		PaymentResult result = Examples.simulate();
		// 140 118 872.63 + 4 641 246.74 + 73 479.38 + 42 285 113.31 + 6 400 890.00 + 19 579 450.00 + 0
		assertEquals(new BigDecimal("213099052.06"), result.total(2026));
		// 2 years × 7 category lines (the appendix's six and KS's own årsverk, point 6)
		assertEquals(2 * 7, result.cells().size());
	}

	@Test
	void everyCellExplainsItsRateCountAndSource() throws Exception {
		PaymentResult result = Examples.simulate();
		PaymentCell cell = result.cells().stream()
				.filter(c -> c.category().equals("grunnskole") && c.year() == 2026).findFirst().orElseThrow();
		assertEquals("grunnskoleBelop", cell.formula());
		assertEquals("grunnskoleSats", cell.rateName());
		assertEquals(new BigDecimal("222.78"), cell.rate());
		assertEquals(new BigDecimal("589453"), cell.count().value());
		assertTrue(cell.count().provenance().estimate());
		assertTrue(cell.count().provenance().describe().startsWith("ESTIMATE: SSB, Elevar i grunnskolen"));
	}

	@Test
	void exampleCountsAreAllLabelledEstimates() throws Exception {
		CountTable counts = Examples.counts();
		// 6 categories × 2 years from the file, all estimates; and 0 for KS's own årsverk in both years,
		// which the national unit does not hold (filled in as a case does, saying why)
		assertEquals(14, counts.all().size());
		List<Count> own = counts.all().stream().filter(c -> !c.category().equals("paiKsAdministrasjon")).toList();
		assertEquals(12, own.size());
		assertTrue(own.stream().allMatch(c -> c.provenance().estimate() && !c.provenance().method().isEmpty()));
		assertTrue(counts.all().stream().filter(c -> c.category().equals("paiKsAdministrasjon"))
				.allMatch(c -> c.value().signum() == 0 && c.provenance().source().contains("billed for none")));
	}
}
