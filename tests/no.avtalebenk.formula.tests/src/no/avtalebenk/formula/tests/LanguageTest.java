package no.avtalebenk.formula.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import no.avtalebenk.formula.interpreter.EvaluationException;
import no.avtalebenk.formula.interpreter.FormulaEvaluator;
import no.avtalebenk.formula.interpreter.TestResult;
import no.avtalebenk.formula.interpreter.TestRunner;
import no.avtalebenk.formula.vederlag.Model;

/** The language's constructs, each evaluated and compared with a hand computation. */
class LanguageTest {

	private static BigDecimal evaluate(Model model, String formula, int year, Map<String, BigDecimal> counts) {
		return new FormulaEvaluator(year, c -> Optional.ofNullable(counts.get(c)))
				.evaluate(Formulas.formula(model, formula));
	}

	private static final String SMALL = """
			category grunnskole unit "elev"
			rate sats per grunnskole unit "NOK/elev" { from 2023-01-01 = 222.78 source "Kopinor, priser 2023" }
			param minstebelop unit "NOK" = 5000
			param tak unit "NOK" = 100000
			formula linje for grunnskole unit "NOK" = round(sats * count(grunnskole), 2)
			formula minst unit "NOK" = max(linje, minstebelop)
			formula hoyst unit "NOK" = cap(linje, tak)
			formula lavest unit "NOK" = min(linje, tak, 200000)
			formula trinn unit "NOK" = if count(grunnskole) < 100 and year >= 2023 then minstebelop else linje
			""";

	@Test
	void maxGivesTheMinimumInvoice() throws Exception {
		Model model = Formulas.parse("min.vederlag", SMALL);
		// 10 × 222.78 = 2 227.80, below the minimum of 5 000
		assertEquals(0, new BigDecimal("5000").compareTo(evaluate(model, "minst", 2026, Map.of("grunnskole", BigDecimal.TEN))));
		// 100 × 222.78 = 22 278.00, above it
		assertEquals(new BigDecimal("22278.00"), evaluate(model, "minst", 2026, Map.of("grunnskole", new BigDecimal("100"))));
	}

	@Test
	void capLimitsTheInvoice() throws Exception {
		Model model = Formulas.parse("cap.vederlag", SMALL);
		// 1 000 × 222.78 = 222 780.00, capped at 100 000
		assertEquals(0, new BigDecimal("100000").compareTo(evaluate(model, "hoyst", 2026, Map.of("grunnskole", new BigDecimal("1000")))));
		assertEquals(0, new BigDecimal("100000").compareTo(evaluate(model, "lavest", 2026, Map.of("grunnskole", new BigDecimal("1000")))));
		// 400 × 222.78 = 89 112.00, under the cap
		assertEquals(new BigDecimal("89112.00"), evaluate(model, "hoyst", 2026, Map.of("grunnskole", new BigDecimal("400"))));
	}

	@Test
	void conditionalChoosesByCountAndYear() throws Exception {
		Model model = Formulas.parse("if.vederlag", SMALL);
		// 99 pupils < 100 and 2026 >= 2023: the minimum 5 000
		assertEquals(0, new BigDecimal("5000").compareTo(evaluate(model, "trinn", 2026, Map.of("grunnskole", new BigDecimal("99")))));
		// 100 pupils: 100 × 222.78 = 22 278.00
		assertEquals(new BigDecimal("22278.00"), evaluate(model, "trinn", 2026, Map.of("grunnskole", new BigDecimal("100"))));
	}

	@Test
	void oneOffPercentageFromFirstJanuary2022() throws Exception {
		// 192.47 × 1.039 = 199.97633 → 199.98
		Model model = Formulas.parse("pst.vederlag", """
				rate sats unit "NOK/elev" { from 2018-01-01 = 192.47 }
				index engang { from 2022-01-01 change +3.9 % source "rates rose 3.9 % from 1.1.2022" }
				formula s unit "NOK/elev" = indexed(sats by engang since 2021, round each year to 2)
				""");
		assertEquals(new BigDecimal("199.98"), evaluate(model, "s", 2022, Map.of()));
		// Before and in the base year the rate is not indexed: 192.47
		assertEquals(new BigDecimal("192.47"), evaluate(model, "s", 2021, Map.of()));
	}

	@Test
	void kpiOctoberToOctoberChainsFromTheBaseYear() throws Exception {
		// 2024: KPI 130.0 → 135.2, factor 1.04; 222.78 × 1.04 = 231.6912 → 231.69
		// 2025: KPI 135.2 → 139.256, factor 1.03; 231.69 × 1.03 = 238.6407 → 238.64
		Model model = Formulas.parse("kpi.vederlag", """
				rate sats unit "NOK/elev" { from 2023-01-01 = 222.78 }
				index kpi {
					from 2024-01-01 kpi 130.0 to 135.2 source "illustrative index values"
					from 2025-01-01 kpi 135.2 to 139.256 source "illustrative index values"
				}
				formula s unit "NOK/elev" = indexed(sats by kpi since 2023, round each year to 2 half_up)
				""");
		assertEquals(new BigDecimal("231.69"), evaluate(model, "s", 2024, Map.of()));
		assertEquals(new BigDecimal("238.64"), evaluate(model, "s", 2025, Map.of()));
	}

	@Test
	void kpiSeriesOfOctobersGivesTheYearlyFactors() throws Exception {
		// 2024: October 2023 / October 2022 = 130.0 / 125.0 = 1.04; 222.78 × 1.04 = 231.6912 → 231.69
		// 2025: October 2024 / October 2023 = 132.6 / 130.0 = 1.02; 231.69 × 1.02 = 236.3238 → 236.32
		Model model = Formulas.parse("serie.vederlag", """
				rate sats unit "NOK/elev" { from 2023-01-01 = 222.78 }
				index kpi {
					kpi october 2022 = 125.0 assumption "illustrative index values"
					kpi october 2023 = 130.0 assumption "illustrative index values"
					kpi october 2024 = 132.6 assumption "illustrative index values"
				}
				formula s unit "NOK/elev" = indexed(sats by kpi since 2023, round each year to 2)
				""");
		assertEquals(new BigDecimal("231.69"), evaluate(model, "s", 2024, Map.of()));
		assertEquals(new BigDecimal("236.32"), evaluate(model, "s", 2025, Map.of()));
		EvaluationException e = assertThrows(EvaluationException.class, () -> evaluate(model, "s", 2026, Map.of()));
		assertTrue(e.getMessage().endsWith("or the KPI of October 2024 and October 2025."), e.getMessage());
	}

	@Test
	void missingIndexStepIsAnErrorWithItsPlace() throws Exception {
		Model model = Formulas.parse("hull.vederlag", """
				rate sats unit "NOK/elev" { from 2023-01-01 = 222.78 }
				index prisjustering { from 2024-01-01 factor 1.02 }
				formula s unit "NOK/elev" = indexed(sats by prisjustering since 2023, round each year to 2)
				""");
		EvaluationException e = assertThrows(EvaluationException.class, () -> evaluate(model, "s", 2025, Map.of()));
		assertEquals("hull.vederlag:3:29: The index 'prisjustering' has no step for 2025; add 'from 2025-01-01 "
				+ "factor 1.000' if prices stand still that year, or the KPI of October 2023 and October 2024.",
				e.getMessage());
	}

	@Test
	void percentLiteralAndShare() throws Exception {
		// 300 årsverk, a third billed: 300 × 1/3 = 100 × 181.81 = 18 181.00; plus 2.5 %: × 1.025 = 18 635.525 → 18 635.53
		Model model = Formulas.parse("andel.vederlag", """
				category administrasjon unit "årsverk"
				rate sats per administrasjon unit "NOK/årsverk" { from 2023-01-01 = 181.81 }
				param andel unit "andel" = 1 / 3
				formula b for administrasjon unit "NOK" = round(sats * share(andel of count(administrasjon)) * (1 + 2.5 %), 2)
				param feil = 4 / 3
				formula f unit "årsverk" = share(feil of count(administrasjon))
				""");
		assertEquals(new BigDecimal("18635.53"), evaluate(model, "b", 2023, Map.of("administrasjon", new BigDecimal("300"))));
		EvaluationException e = assertThrows(EvaluationException.class,
				() -> evaluate(model, "f", 2023, Map.of("administrasjon", BigDecimal.ONE)));
		assertTrue(e.getMessage().startsWith("andel.vederlag:6:28: The share 'feil' is 1.333"), e.getMessage());
		assertTrue(e.getMessage().endsWith("a billed share must lie between 0 and 1 (for example 1/3)."), e.getMessage());
	}

	@Test
	void sumOverListedCategories() throws Exception {
		// 10 × 222.78 = 2 227.80; 4 × 72.22 = 288.88; sum 2 516.68
		Model model = Formulas.parse("sum.vederlag", """
				category a unit "elev"
				category b unit "plass"
				rate ra per a unit "NOK/elev" { from 2023-01-01 = 222.78 }
				rate rb per b unit "NOK/plass" { from 2023-01-01 = 72.22 }
				formula fa for a unit "NOK" = round(ra * count(a), 2)
				formula fb for b unit "NOK" = round(rb * count(b), 2)
				formula begge unit "NOK" = sum(categories: a, b)
				formula alle unit "NOK" = sum(categories)
				""");
		Map<String, BigDecimal> counts = Map.of("a", BigDecimal.TEN, "b", new BigDecimal("4"));
		assertEquals(new BigDecimal("2516.68"), evaluate(model, "begge", 2023, counts));
		assertEquals(new BigDecimal("2516.68"), evaluate(model, "alle", 2023, counts));
	}

	@Test
	void sumOverUnitsInATestBlock() throws Exception {
		// unit 1111: 10 × 222.78 = 2 227.80; unit 2222: 3 × 222.78 = 668.34; together 2 896.14
		List<TestResult> results = TestRunner.run(Formulas.parse("enheter.vederlag", """
				category grunnskole unit "elev"
				rate sats per grunnskole unit "NOK/elev" { from 2023-01-01 = 222.78 }
				formula linje for grunnskole unit "NOK" = round(sats * count(grunnskole), 2)
				formula fylke unit "NOK" = sum(units: linje)
				test "two municipalities" year 2023 {
					count grunnskole in "1111" = 10
					count grunnskole in "2222" = 3
					expect fylke = 2896.14
				}
				"""));
		assertEquals(1, results.size());
		assertTrue(results.get(0).passed(), results.get(0).actual() + " " + results.get(0).error());
	}

	@Test
	void sumOverUnitsWithoutUnitsIsAnError() throws Exception {
		Model model = Formulas.parse("enheter.vederlag", """
				category grunnskole unit "elev"
				formula fylke unit "elev" = sum(units: count(grunnskole))
				""");
		EvaluationException e = assertThrows(EvaluationException.class,
				() -> evaluate(model, "fylke", 2023, Map.of("grunnskole", BigDecimal.ONE)));
		assertTrue(e.getMessage().startsWith("enheter.vederlag:2:29: sum(units: …) needs the counts of several"),
				e.getMessage());
	}
}
