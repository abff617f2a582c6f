package no.avtalebenk.formula.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import no.avtalebenk.formula.interpreter.EvaluationException;
import no.avtalebenk.formula.interpreter.FormulaEvaluator;
import no.avtalebenk.formula.vederlag.Model;

/** Evaluation over exact decimals, checked against hand computations. */
class EvaluationTest {

	private static final String RATES = """
			category grunnskole unit "elev"
			rate sats per grunnskole unit "NOK/elev" {
				from 2018-01-01 = 192.47
				from 2023-01-01 = 222.78
			}
			formula belop for grunnskole unit "NOK" = round(sats * count(grunnskole), 2)
			""";

	private static BigDecimal evaluate(Model model, String formula, int year, Map<String, BigDecimal> counts) {
		return new FormulaEvaluator(year, c -> Optional.ofNullable(counts.get(c)))
				.evaluate(Formulas.formula(model, formula));
	}

	@Test
	void nationalPupilCountTimes2023Rate() throws Exception {
		// 606 065 × 222.78 = 135 019 160.70 (by hand)
		Model model = Formulas.parse("a.vederlag", RATES);
		assertEquals(new BigDecimal("135019160.70"),
				evaluate(model, "belop", 2023, Map.of("grunnskole", new BigDecimal("606065"))));
	}

	@Test
	void rateValidFromItsDateUntilTheNext() throws Exception {
		Model model = Formulas.parse("a.vederlag", RATES);
		Map<String, BigDecimal> one = Map.of("grunnskole", BigDecimal.ONE);
		assertEquals(new BigDecimal("192.47"), evaluate(model, "belop", 2022, one));
		assertEquals(new BigDecimal("222.78"), evaluate(model, "belop", 2023, one));
		assertEquals(new BigDecimal("222.78"), evaluate(model, "belop", 2027, one));
	}

	@Test
	void noRateBeforeTheFirstDateIsAnErrorNotZero() throws Exception {
		Model model = Formulas.parse("a.vederlag", RATES);
		EvaluationException e = assertThrows(EvaluationException.class,
				() -> evaluate(model, "belop", 2017, Map.of("grunnskole", BigDecimal.ONE)));
		assertTrue(e.getMessage().contains("has no value valid on 2017-01-01"), e.getMessage());
	}

	@Test
	void missingCountIsAnErrorWithItsPlace() throws Exception {
		Model model = Formulas.parse("a.vederlag", RATES);
		EvaluationException e = assertThrows(EvaluationException.class, () -> evaluate(model, "belop", 2023, Map.of()));
		assertEquals("a.vederlag:6:56: No count for 'grunnskole' in 2023.", e.getMessage());
	}

	@Test
	void divisionByZeroIsAnError() throws Exception {
		Model model = Formulas.parse("b.vederlag", """
				category c unit "x"
				formula f unit "1/x" = 10 / (count(c) - 4)
				""");
		EvaluationException e = assertThrows(EvaluationException.class,
				() -> evaluate(model, "f", 2026, Map.of("c", new BigDecimal("4"))));
		assertEquals("b.vederlag:2:24: Division by zero: '(count(c) - 4)' is 0 in 2026.", e.getMessage());
	}

	@Test
	void oneThirdOfArsverkIsBilledExactlyToTheOre() throws Exception {
		// 1 000 årsverk × 181.81 / 3 = 60 603.333… → 60 603.33
		Model model = Formulas.parse("c.vederlag", """
				category administrasjon unit "årsverk"
				rate sats per administrasjon unit "NOK/årsverk" { from 2023-01-01 = 181.81 }
				param andel = 1 / 3
				formula belop for administrasjon unit "NOK" = round(sats * count(administrasjon) * andel, 2)
				""");
		assertEquals(new BigDecimal("60603.33"),
				evaluate(model, "belop", 2023, Map.of("administrasjon", new BigDecimal("1000"))));
	}

	@Test
	void oneThirdIsExactSoHalfOreRoundsUp() throws Exception {
		// 40.5 årsverk / 3 = 13.5 exactly; 13.5 × 181.81 = 2 454.435 → half up 2 454.44
		// (a 34-digit 1/3 would give 2 454.4349… → 2 454.43)
		Model model = Formulas.parse("e.vederlag", """
				category administrasjon unit "årsverk"
				rate sats per administrasjon unit "NOK/årsverk" { from 2023-01-01 = 181.81 }
				param andel = 1 / 3
				formula belop for administrasjon unit "NOK" = round(sats * count(administrasjon) * andel, 2)
				""");
		assertEquals(new BigDecimal("2454.44"),
				evaluate(model, "belop", 2023, Map.of("administrasjon", new BigDecimal("40.5"))));
	}

	@Test
	void roundingEveryYearDiffersFromRoundingOnceAtTheEnd() throws Exception {
		// By hand, KPI factor 1.0305 two years running:
		// rounded every year: 222.78 × 1.0305 = 229.57479 → 229.57; 229.57 × 1.0305 = 236.571885 → 236.57
		// rounded once:       222.78 × 1.0305 × 1.0305 = 236.576821095 → 236.58
		Model model = Formulas.parse("d.vederlag", """
				rate sats unit "NOK/elev" { from 2023-01-01 = 222.78 }
				param kpi = 1.0305
				formula arlig unit "NOK/elev" = round(round(sats * kpi, 2) * kpi, 2)
				formula samlet unit "NOK/elev" = round(sats * kpi * kpi, 2)
				""");
		assertEquals(new BigDecimal("236.57"), evaluate(model, "arlig", 2025, Map.of()));
		assertEquals(new BigDecimal("236.58"), evaluate(model, "samlet", 2025, Map.of()));
	}
}
