package no.avtalebenk.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.analysis.GoalSeek;
import no.avtalebenk.simulation.analysis.Lever;
import no.avtalebenk.simulation.analysis.Sensitivity;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Goal seek and sensitivity with a progress monitor, as the workbench runs them in a job: the monitor
 * changes nothing in the answer, and a cancelled monitor stops the work before the next projection.
 */
class AnalysisCancellationTest {

	private static final BigDecimal TARGET = new BigDecimal("226000000");
	private static final Lever RATES = Lever.categoryRates();

	@Test
	void goalSeekWithAMonitorGivesTheSameAnswer() throws Exception {
		Fixture f = new Fixture();
		Function<BigDecimal, PaymentResult> project = x -> Simulator.simulate("g", "t", f.formulas, f.baseline,
				Fixture.YEARS, RATES.apply(Overrides.NONE, x));
		GoalSeek.Result plain = solve(project, null);
		GoalSeek.Result monitored = solve(project, new NullProgressMonitor());
		// 226 000 000 / 213 099 052.06 = 1.06053968…
		assertEquals(new BigDecimal("1.0605397"), monitored.value().setScale(7, java.math.RoundingMode.HALF_UP));
		assertEquals(plain.value(), monitored.value());
		assertEquals(plain.total(), monitored.total());
		assertEquals(plain.iterations(), monitored.iterations());
	}

	@Test
	void aCancelledGoalSeekStopsBeforeTheNextTrial() throws Exception {
		Fixture f = new Fixture();
		AtomicInteger projections = new AtomicInteger();
		NullProgressMonitor monitor = new NullProgressMonitor();
		Function<BigDecimal, PaymentResult> project = x -> {
			if (projections.incrementAndGet() == 3) {
				monitor.setCanceled(true);
			}
			return Simulator.simulate("g", "t", f.formulas, f.baseline, Fixture.YEARS, RATES.apply(Overrides.NONE, x));
		};
		assertThrows(OperationCanceledException.class, () -> solve(project, monitor));
		assertEquals(3, projections.get(), "no trial after the cancel");
	}

	@Test
	void sensitivityWithAMonitorGivesTheSameBarsAndStopsWhenCancelled() throws Exception {
		Fixture f = new Fixture();
		List<Sensitivity.Input> inputs = Sensitivity.defaultInputs(f.formulas, new BigDecimal("0.10"),
				new BigDecimal("0.05"), new BigDecimal("0.03"));
		Sensitivity.Result plain = Sensitivity.run(2026, inputs, Overrides.NONE, f.baseline, (o, c) -> project(f, o, c));
		Sensitivity.Result monitored = Sensitivity.run(2026, inputs, Overrides.NONE, f.baseline, (o, c) -> project(f, o, c),
				new NullProgressMonitor());
		assertEquals(plain, monitored);
		// 222.78 × 0.9 = 200.502 → 208.52 (2024) → 213.94 (2025): 213 099 052.06 − 140 118 872.63 + 213.94 × 589 453
		assertEquals(new BigDecimal("199087754.25"), monitored.bars().get(0).lowTotal());

		AtomicInteger projections = new AtomicInteger();
		NullProgressMonitor monitor = new NullProgressMonitor();
		assertThrows(OperationCanceledException.class,
				() -> Sensitivity.run(2026, inputs, Overrides.NONE, f.baseline, (o, c) -> {
					if (projections.incrementAndGet() == 5) {
						monitor.setCanceled(true);
					}
					return project(f, o, c);
				}, monitor));
		assertEquals(5, projections.get(), "no projection after the cancel");
	}

	private static PaymentResult project(Fixture f, Overrides overrides, CountTable counts) {
		return Simulator.simulate("s", "t", f.formulas, counts, Fixture.YEARS, overrides);
	}

	private static GoalSeek.Result solve(Function<BigDecimal, PaymentResult> project,
			org.eclipse.core.runtime.IProgressMonitor monitor) {
		return GoalSeek.solve(RATES.describe(), 2026, TARGET, new BigDecimal("0.5"), new BigDecimal("2"), BigDecimal.ONE,
				project, monitor);
	}
}
