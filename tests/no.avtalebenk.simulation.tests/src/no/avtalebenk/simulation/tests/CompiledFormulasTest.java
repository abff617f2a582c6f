package no.avtalebenk.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import no.avtalebenk.simulation.compiled.CompiledFormulas;
import no.avtalebenk.simulation.compiled.LinearRound;
import no.avtalebenk.simulation.evaluation.OverridingEvaluator;
import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * The compiled formulas and their long kernels give exactly what the formula language's evaluator
 * gives on the example (value and scale), for the example's counts, for many random counts, and
 * with a scenario's overrides.
 */
class CompiledFormulasTest {

	private static final List<Overrides> OVERRIDES = List.of(Overrides.NONE,
			Overrides.NONE.withParameter("administrasjonAndel", new BigDecimal("0.5")),
			Overrides.NONE.withRate("indeks", "2026-01-01", new BigDecimal("1.0457")).withCategoryRatesFactor(
					new BigDecimal("1.131620000001")));

	@Test
	void identicalToTheEvaluator() throws Exception {
		Fixture f = new Fixture();
		SplittableRandom random = new SplittableRandom(7);
		for (Overrides overrides : OVERRIDES) {
			for (int year : Fixture.YEARS) {
				CompiledFormulas compiled = CompiledFormulas.compile(f.formulas, year, overrides);
				List<String> categories = compiled.categories();
				assertEquals(6, categories.size());
				for (int trial = 0; trial < 2000; trial++) {
					BigDecimal[] counts = new BigDecimal[categories.size()];
					for (int c = 0; c < counts.length; c++) {
						counts[c] = trial == 0 ? f.baseline.get("NO", categories.get(c), year).orElseThrow().value()
								: BigDecimal.valueOf(random.nextLong(0, 2_000_000), trial % 3 == 0 ? 1 : 0);
					}
					OverridingEvaluator evaluator = new OverridingEvaluator(year,
							c -> Optional.ofNullable(counts[categories.indexOf(c)]), overrides);
					for (int i = 0; i < categories.size(); i++) {
						BigDecimal expected = evaluator.evaluate(compiled.formulas().get(i));
						BigDecimal actual = compiled.evaluate(i, counts);
						assertEquals(expected, actual, categories.get(i) + " " + year + " " + counts[i]);
						int scale = counts[i].scale();
						LinearRound kernel = compiled.kernel(i, scale).orElseThrow();
						long units = counts[kernel.category()].movePointRight(scale).longValueExact();
						assertEquals(expected, BigDecimal.valueOf(kernel.payment(units), kernel.scale()));
					}
				}
			}
		}
	}

	@Test
	void kernelRoundsHalfUpAtExactTies() throws Exception {
		Fixture f = new Fixture();
		// administrasjon: round(181.81 × n / 3, 2); with the third as 0.333…3 (34 digits) the exact
		// product lies just below every half, so it never rounds up a true tie; check every n below
		// 30 000 against the evaluator's BigDecimal.
		CompiledFormulas compiled = CompiledFormulas.compile(f.formulas, 2026, Overrides.NONE);
		int admin = compiled.categories().indexOf("administrasjon");
		LinearRound kernel = compiled.kernel(admin, 0).orElseThrow();
		BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128);
		for (long n = 0; n < 30_000; n++) {
			BigDecimal expected = new BigDecimal("181.81").multiply(BigDecimal.valueOf(n)).multiply(third).setScale(2,
					RoundingMode.HALF_UP);
			assertEquals(expected, BigDecimal.valueOf(kernel.payment(n), 2), "n = " + n);
		}
		assertTrue(compiled.kernel(compiled.categories().indexOf("grunnskole"), 0).isPresent());
	}
}
