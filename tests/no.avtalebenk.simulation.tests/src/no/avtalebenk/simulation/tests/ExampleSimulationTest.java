package no.avtalebenk.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The example's payments, each checked against a hand computation with Kopinor's 2023 rates and
 * the example's (estimated) national counts.
 */
class ExampleSimulationTest {

	@Test
	void paymentsPerCategoryMatchHandComputation() throws Exception {
		PaymentResult result = Examples.simulate();
		// 589 453 × 222.78
		assertEquals(new BigDecimal("131318339.34"), result.amount("grunnskole", 2026));
		// 60 229 × 72.22
		assertEquals(new BigDecimal("4349738.38"), result.amount("kulturskoleMusikk", 2026));
		// 60 229 × 1.14
		assertEquals(new BigDecimal("68661.06"), result.amount("kulturskoleAndre", 2026));
		// 186 681 × 212.28
		assertEquals(new BigDecimal("39628642.68"), result.amount("videregaende", 2026));
		// 31 400 × 191.04
		assertEquals(new BigDecimal("5998656.00"), result.amount("fagskole", 2027));
		// 302 775 × 181.81 / 3 = 18 349 174.25
		assertEquals(new BigDecimal("18349174.25"), result.amount("administrasjon", 2027));
	}

	@Test
	void totalIsTheSumOfTheCategories() throws Exception {
		PaymentResult result = Examples.simulate();
		// 131 318 339.34 + 4 349 738.38 + 68 661.06 + 39 628 642.68 + 5 998 656.00 + 18 349 174.25
		assertEquals(new BigDecimal("199713211.71"), result.total(2026));
		assertEquals(2 * 6, result.cells().size());
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
		assertEquals(12, counts.all().size());
		assertTrue(counts.all().stream().allMatch(c -> c.provenance().estimate() && !c.provenance().method().isEmpty()));
	}
}
