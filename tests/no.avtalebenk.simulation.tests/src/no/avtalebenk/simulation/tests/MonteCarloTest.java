package no.avtalebenk.simulation.tests;

import static no.avtalebenk.simulation.tests.Fixture.nok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.montecarlo.GrowthDriver;
import no.avtalebenk.simulation.montecarlo.MonteCarlo;
import no.avtalebenk.simulation.montecarlo.MonteCarloResult;
import no.avtalebenk.simulation.montecarlo.MonteCarloSpec;
import no.avtalebenk.simulation.montecarlo.Summary;

/** Monte Carlo: reproducible by seed, exact where the growth is certain, cancellable. */
class MonteCarloTest {

	private static final List<String> PUPILS = List.of("grunnskole", "kulturskoleMusikk", "kulturskoleAndre",
			"videregaende", "fagskole");

	private static MonteCarloResult run(Fixture f, long seed, int draws, double mean, double sd) {
		return MonteCarlo.run(new MonteCarloSpec(seed, draws,
				List.of(new GrowthDriver("pupils", mean, sd, PUPILS),
						new GrowthDriver("årsverk", 0, sd, List.of("administrasjon")))),
				f.formulas, Overrides.NONE, f.baseline, Fixture.YEARS, null);
	}

	private static Summary summary(MonteCarloResult r, int year, String category) {
		return r.summaries().stream().filter(s -> s.year() == year && s.category().equals(category)).findFirst()
				.orElseThrow();
	}

	@Test
	void sameSeedSameResultOtherSeedOtherResult() throws Exception {
		Fixture f = new Fixture();
		MonteCarloResult a = run(f, 42, 5_500, -0.0138, 0.01);
		MonteCarloResult b = run(f, 42, 5_500, -0.0138, 0.01);
		assertEquals(a.summaries(), b.summaries());
		assertNotEquals(a.summaries(), run(f, 43, 5_500, -0.0138, 0.01).summaries());
		Summary total = summary(a, 2027, "total");
		assertTrue(total.p10().compareTo(total.p50()) < 0 && total.p50().compareTo(total.p90()) < 0);
	}

	@Test
	void certainGrowthGivesTheHandComputedPayments() throws Exception {
		Fixture f = new Fixture();
		MonteCarloResult r = run(f, 1, 2_000, -0.02, 0);
		// 2026: 589 453 × 0.98 = 577 663.94 → 577 664 pupils × 237.71 (222.78 with the published KPI steps)
		Summary g26 = summary(r, 2026, "grunnskole");
		assertEquals(nok("137316509.44"), g26.p10());
		assertEquals(nok("137316509.44"), g26.p90());
		assertEquals(nok("137316509.44"), g26.mean());
		// 2027: 589 453 × 0.98² = 566 110.66 → 566 111 pupils × 237.71
		assertEquals(nok("134570245.81"), summary(r, 2027, "grunnskole").p50());
		// årsverk unchanged: 302 775 × 194.00 / 3
		assertEquals(nok("19579450.00"), summary(r, 2027, "administrasjon").p50());
	}

	@Test
	void noGrowthGivesTheBaseline() throws Exception {
		Fixture f = new Fixture();
		assertEquals(nok("213099052.06"), summary(run(f, 9, 1_000, 0, 0), 2026, "total").p50());
	}

	@Test
	void cancelStopsTheRun() throws Exception {
		Fixture f = new Fixture();
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> MonteCarlo.run(
				new MonteCarloSpec(1, 200_000, List.of(new GrowthDriver("pupils", 0, 0.01, PUPILS))), f.formulas,
				Overrides.NONE, f.baseline, Fixture.YEARS, monitor));
	}
}
