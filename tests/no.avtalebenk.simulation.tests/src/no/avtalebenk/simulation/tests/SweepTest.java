package no.avtalebenk.simulation.tests;

import static no.avtalebenk.simulation.tests.Fixture.nok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.analysis.Sensitivity;
import no.avtalebenk.simulation.analysis.Sweep;
import no.avtalebenk.simulation.analysis.SweepParameter;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * The sweep's totals are the projection's totals at every point (value and scale), on the example and
 * on the file with every construct; hand-computed points hold; bad parameters are refused with a
 * message.
 */
class SweepTest {

	@Test
	void aRateSweepOfTheExampleGivesHandComputedTotals() throws Exception {
		Fixture f = new Fixture();
		Sweep.Result result = Sweep.run(f.formulas, Overrides.NONE, f.baseline, Fixture.YEARS,
				List.of(SweepParameter.parse("rate:grunnskoleSats=200..260:step=5")), null);
		assertEquals(13, result.points().size());
		assertEquals(0, result.projected());
		// The rate is indexed from 2023 by +4.0 % (2024) and +2.6 % (2025), rounded to øre at each step;
		// 2026 and 2027 add nothing: 222.78 → 231.69 → 237.71, and 220 → 228.80 → 234.75.
		// 220: (234.75 − 237.71) × 589 453 pupils = −1 744 780.88 from the baseline's 213 099 052.06
		Sweep.Point at220 = result.points().get(4);
		assertEquals(new BigDecimal("220"), at220.values().get(0));
		assertEquals(nok("211354271.18"), at220.totals().get(0));
		// every point: the baseline plus the indexed rate's change times the pupils, worked out here
		for (Sweep.Point point : result.points()) {
			BigDecimal change = indexedFrom2023(point.values().get(0)).subtract(new BigDecimal("237.71"))
					.multiply(new BigDecimal(589_453));
			assertEquals(nok("213099052.06").add(change).setScale(2), point.totals().get(1));
		}
		// the file's own rate is the baseline: simulate's total, value and scale
		Sweep.Result own = Sweep.run(f.formulas, Overrides.NONE, f.baseline, Fixture.YEARS,
				List.of(SweepParameter.parse("rate:grunnskoleSats=222.78")), null);
		assertEquals(nok("213099052.06"), own.points().get(0).totals().get(0));
		assertEquals(Simulator.simulate("b", "t", f.formulas, f.baseline, Fixture.YEARS).total(2027),
				own.points().get(0).totals().get(1));
	}

	@Test
	void everyPointOfTwoParametersEqualsTheProjection() throws Exception {
		Fixture f = new Fixture();
		Overrides scenario = f.scenario("meklers-forslag").overrides();
		CountTable counts = f.scenario("meklers-forslag").counts();
		for (List<String> pair : List.of(List.of("factor:*=0.9..1.1:step=0.05", "share:administrasjonAndel=0.25,0.5,1"),
				List.of("factor:prisjustering=0.97,1.03", "count:grunnskole=0.95..1.05:step=0.025"),
				List.of("rate:administrasjonSats=150..200:step=12.5", "factor:fagskoleSats=0.5,1.5"),
				// a share above 1: the projection fails there, so a valid range stays on the kernels
				List.of("share:administrasjonAndel=0,0.333,1", "count:administrasjon=0.9,1.1"))) {
			List<SweepParameter> parameters = pair.stream().map(SweepParameter::parse).toList();
			Sweep.Result result = Sweep.run(f.formulas, scenario, counts, Fixture.YEARS, parameters, null);
			assertEquals(parameters.get(0).values().size() * parameters.get(1).values().size(), result.points().size());
			assertEquals(0, result.projected(), pair.toString());
			for (Sweep.Point point : result.points()) {
				assertPoint(f.formulas, scenario, counts, Fixture.YEARS, parameters, point);
			}
		}
	}

	@Test
	void everyConstructFileGivesTheProjectionsTotals() throws Exception {
		Model model = CompiledSimulationTest.everyConstruct();
		CountTable counts = CompiledSimulationTest.units(true);
		List<Integer> years = List.of(2023, 2025, 2026, 2027);
		for (String text : List.of("rate:elevSats=200..240:step=20", "factor:*=0.95,1.05", "share:andel=0.2,0.5",
				"factor:prisjustering=0.9,1.1", "count:arsverk=0.5,1.5", "share:rabatt=0,0.1")) {
			List<SweepParameter> parameters = List.of(SweepParameter.parse(text));
			Sweep.Result result = Sweep.run(model, Overrides.NONE, counts, years, parameters, null);
			// the other forms (if, max, cap, sum over units) are computed by the projection
			assertTrue(result.projected() > 0, text);
			for (Sweep.Point point : result.points()) {
				assertPoint(model, Overrides.NONE, counts, years, parameters, point);
			}
		}
	}

	private static void assertPoint(Model formulas, Overrides base, CountTable counts, List<Integer> years,
			List<SweepParameter> parameters, Sweep.Point point) {
		Overrides overrides = base;
		CountTable table = counts;
		for (int p = 0; p < parameters.size(); p++) {
			SweepParameter parameter = parameters.get(p);
			overrides = parameter.apply(overrides, point.values().get(p));
			if (parameter.kind() == SweepParameter.Kind.COUNT) {
				table = Sensitivity.scale(table, parameter.name(), point.values().get(p));
			}
		}
		var projected = Simulator.interpret("p", "t", formulas, table, years, overrides);
		for (int y = 0; y < years.size(); y++) {
			// equals: the scale too
			assertEquals(projected.total(years.get(y)), point.totals().get(y), point.values() + " " + years.get(y));
		}
	}

	@Test
	void badParametersAreRefusedWithTheirText() {
		assertEquals("'rates' in 'rates:x=1' is not rate, factor, share or count",
				assertThrows(IllegalArgumentException.class, () -> SweepParameter.parse("rates:x=1")).getMessage());
		assertEquals("'200' is not KIND:NAME=FROM..TO:step=STEP (KIND is rate, factor, share or count), "
				+ "e.g. rate:grunnskoleSats=200..260:step=5",
				assertThrows(IllegalArgumentException.class, () -> SweepParameter.parse("200")).getMessage());
		assertEquals("a range needs its step, e.g. 200..260:step=5, in 'rate:a=1..2'",
				assertThrows(IllegalArgumentException.class, () -> SweepParameter.parse("rate:a=1..2")).getMessage());
		assertEquals("'1,5' in 'rate:a=1,5..2:step=1' is not a number (write decimals with a point, e.g. 0.95)",
				assertThrows(IllegalArgumentException.class, () -> SweepParameter.parse("rate:a=1,5..2:step=1"))
						.getMessage());
		assertEquals("a count factor cannot be negative, in 'count:grunnskole=-1,1'",
				assertThrows(IllegalArgumentException.class, () -> SweepParameter.parse("count:grunnskole=-1,1"))
						.getMessage());
		assertEquals("'rate:a=0..1000000:step=1' gives more than 100000 values",
				assertThrows(IllegalArgumentException.class, () -> SweepParameter.parse("rate:a=0..1000000:step=1"))
						.getMessage());
	}

	@Test
	void aShareOutsideZeroToOneFailsAsTheProjectionFails() throws Exception {
		Fixture f = new Fixture();
		var e = assertThrows(RuntimeException.class, () -> Sweep.run(f.formulas, Overrides.NONE, f.baseline,
				Fixture.YEARS, List.of(SweepParameter.parse("share:administrasjonAndel=0.5,1.5")), null));
		assertTrue(e.getMessage().contains("a billed share must lie between 0 and 1"), e.getMessage());
	}

	/** A 2023 rate indexed to 2025 as the template's formula does it: each step rounded half up to øre. */
	private static BigDecimal indexedFrom2023(BigDecimal rate) {
		BigDecimal y2024 = rate.multiply(new BigDecimal("1.04")).setScale(2, java.math.RoundingMode.HALF_UP);
		return y2024.multiply(new BigDecimal("1.026")).setScale(2, java.math.RoundingMode.HALF_UP);
	}
}
