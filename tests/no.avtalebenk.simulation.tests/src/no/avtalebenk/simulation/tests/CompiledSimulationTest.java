package no.avtalebenk.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import no.avtalebenk.formula.interpreter.EvaluationException;
import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.Provenance;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * {@link Simulator#simulate} (the compiled formulas) gives exactly the cells of
 * {@link Simulator#interpret} (the formula evaluator): amount with its scale, rate, count and formula,
 * for every unit, category and year, on a formula file that uses every construct of the language
 * ({@code every-construct.vederlag}) under many scenarios' overrides, and on the example; and fails
 * with the evaluator's message where the evaluator fails.
 */
class CompiledSimulationTest {

	private static final List<Integer> YEARS = List.of(2023, 2025, 2026, 2027);

	static Model everyConstruct() throws Exception {
		try (InputStream in = CompiledSimulationTest.class.getResourceAsStream("every-construct.vederlag")) {
			return new FormulaLoader().load(URI.createURI("every-construct.vederlag"), in);
		}
	}

	/** Five units with counts chosen to take every branch: small, large, zero, decimal counts. */
	static CountTable units(boolean withArsverk) throws Exception {
		Provenance test = new Provenance("test counts", false, "");
		List<Count> counts = new ArrayList<>();
		Map<String, String[]> byUnit = Map.of( //
				"A", new String[] { "412", "0", "300", "0", "0", "1", "1" }, //
				"B", new String[] { "50", "500", "40.5", "1", "1234.5", "1", "0" }, //
				"C", new String[] { "60000", "1500", "12000", "3", "98765.4", "0", "1" }, //
				"D", new String[] { "99", "50", "0.333", "2", "0", "1", "1" }, //
				"E", new String[] { "100", "1001", "7", "5", "12000000", "1", "0" });
		List<String> categories = List.of("elev", "plass", "arsverk", "skole", "areal", "felles", "avslag");
		for (var unit : byUnit.entrySet()) {
			for (int year : YEARS) {
				for (int c = 0; c < categories.size(); c++) {
					if (!withArsverk && c == 2 && unit.getKey().equals("D")) {
						continue;
					}
					// the counts move a little from year to year, as they do
					BigDecimal value = new BigDecimal(unit.getValue()[c]).add(BigDecimal.valueOf(year - 2023));
					counts.add(new Count(unit.getKey(), "Unit " + unit.getKey(), categories.get(c), year, value, test));
				}
			}
		}
		return CountTable.of("test", counts);
	}

	static List<Overrides> scenarios() {
		return List.of(Overrides.NONE, //
				Overrides.NONE.withRate("elevSats", "2023-01-01", new BigDecimal("230")),
				Overrides.NONE.withRate("arsverkSats", null, new BigDecimal("190.005")),
				Overrides.NONE.withParameter("andel", new BigDecimal("0.5")),
				Overrides.NONE.withParameter("rabatt", new BigDecimal("0.1")),
				Overrides.NONE.withParameter("minstebelop", new BigDecimal("7000")),
				Overrides.NONE.withRateFactor("prisjustering", new BigDecimal("0.97")),
				Overrides.NONE.withRateFactor("plassSats", new BigDecimal("1.1")),
				Overrides.NONE.withRateFactor("arealSats", new BigDecimal("1.25")),
				Overrides.NONE.withRate("prisjustering", "2026-01-01", new BigDecimal("1.05")),
				Overrides.NONE.withCategoryRatesFactor(new BigDecimal("1.05")),
				Overrides.NONE.withCategoryRatesFactor(new BigDecimal("0.912345")).roundingScaledRates(),
				Overrides.NONE.withRate("elevSats", "2026-01-01", new BigDecimal("250.5"))
						.withParameter("andel", new BigDecimal("0.25"))
						.withCategoryRatesFactor(new BigDecimal("1.131622680653")));
	}

	@Test
	void everyConstructGivesTheEvaluatorsPaymentsUnderEveryScenario() throws Exception {
		Model model = everyConstruct();
		CountTable counts = units(true);
		int cells = 0;
		for (Overrides overrides : scenarios()) {
			PaymentResult compiled = Simulator.simulate("s", "t", model, counts, YEARS, overrides);
			PaymentResult interpreted = Simulator.interpret("s", "t", model, counts, YEARS, overrides);
			cells += assertSameCells(interpreted, compiled, overrides.toString());
		}
		// 13 scenarios × 5 units × 4 years × 6 category formulas
		assertEquals(13 * 5 * 4 * 6, cells);
	}

	/** Hand-computed payments of the file, through the compiled path. */
	@Test
	void handComputedPaymentsOfEveryConstruct() throws Exception {
		PaymentResult result = Simulator.simulate("s", "t", everyConstruct(), units(true), YEARS, Overrides.NONE);
		// unit A 2023: 412 pupils × 222.78 = 91 785.36; 300 årsverk × 181.81 / 3 = 18 181.00
		assertEquals(new BigDecimal("91785.36"), amount(result, "A", "elev", 2023));
		assertEquals(new BigDecimal("18181.00"), amount(result, "A", "arsverk", 2023));
		// the discount: −round((91 785.36 + 18 181.00) × 0.025, 0) = −round(2 749.159, 0) = −2 749
		assertEquals(0, new BigDecimal("-2749").compareTo(amount(result, "A", "avslag", 2023)));
		// 2025: 222.78 × 1.0305 = 229.57479 → 229.57; × 1.039 = 238.52323 → 238.52; × 414 pupils = 98 747.28
		assertEquals(new BigDecimal("98747.28"), amount(result, "A", "elev", 2025));
		// unit B 2027: 54 pupils (< 100) in 2027 or later: the minimum of 5 000
		assertEquals(0, new BigDecimal("5000").compareTo(amount(result, "B", "elev", 2027)));
		// unit B 2023: 500 places, not above 1 000: 72.22 × 500 × 0.975 = 35 207.25, above the minimum
		assertEquals(new BigDecimal("35207.25"), amount(result, "B", "plass", 2023));
	}

	private static BigDecimal amount(PaymentResult result, String unit, String category, int year) {
		return result.cells().stream()
				.filter(c -> c.unit().equals(unit) && c.category().equals(category) && c.year() == year).findFirst()
				.orElseThrow().amount();
	}

	@Test
	void theExampleGivesTheEvaluatorsPayments() throws Exception {
		Fixture f = new Fixture();
		List<Overrides> all = new ArrayList<>(scenariosOfTheExample(f));
		int cells = 0;
		for (Overrides overrides : all) {
			cells += assertSameCells(Simulator.interpret("s", "t", f.formulas, f.baseline, Fixture.YEARS, overrides),
					Simulator.simulate("s", "t", f.formulas, f.baseline, Fixture.YEARS, overrides), overrides.toString());
		}
		// seven categories: the six of the appendix and KS' own administration (protocol point 6)
		assertEquals(all.size() * f.baseline.units().size() * Fixture.YEARS.size() * 7, cells);
	}

	private static List<Overrides> scenariosOfTheExample(Fixture f) {
		List<Overrides> all = new ArrayList<>();
		all.add(Overrides.NONE);
		for (var scenario : f.model.getScenarios()) {
			all.add(f.scenario(scenario.getName()).overrides());
		}
		all.add(Overrides.NONE.withCategoryRatesFactor(new BigDecimal("1.131622680653")).roundingScaledRates());
		return all;
	}

	/** A missing count fails the compiled path with the evaluator's message and place. */
	@Test
	void aMissingCountFailsAsTheEvaluatorFails() throws Exception {
		Model model = everyConstruct();
		CountTable counts = units(false);
		EvaluationException interpreted = assertThrows(EvaluationException.class,
				() -> Simulator.interpret("s", "t", model, counts, YEARS, Overrides.NONE));
		EvaluationException compiled = assertThrows(EvaluationException.class,
				() -> Simulator.simulate("s", "t", model, counts, YEARS, Overrides.NONE));
		assertEquals("No count for 'arsverk' in 2023.", interpreted.getMessage().replaceAll("^.*: ", ""));
		assertEquals(interpreted.getMessage(), compiled.getMessage());
	}

	/** A rate without a value in a year fails both paths alike. */
	@Test
	void aYearWithoutARateFailsAsTheEvaluatorFails() throws Exception {
		Model model = everyConstruct();
		CountTable counts = units(true);
		List<Integer> early = List.of(2022);
		EvaluationException interpreted = assertThrows(EvaluationException.class,
				() -> Simulator.interpret("s", "t", model, counts, early, Overrides.NONE));
		EvaluationException compiled = assertThrows(EvaluationException.class,
				() -> Simulator.simulate("s", "t", model, counts, early, Overrides.NONE));
		assertEquals(interpreted.getMessage(), compiled.getMessage());
	}

	static int assertSameCells(PaymentResult expected, PaymentResult actual, String where) {
		assertEquals(expected.categories(), actual.categories(), where);
		assertEquals(expected.years(), actual.years(), where);
		assertEquals(expected.cells().size(), actual.cells().size(), where);
		for (int i = 0; i < expected.cells().size(); i++) {
			PaymentCell e = expected.cells().get(i);
			// record equality: the amount's and the rate's scale must be the evaluator's too
			assertEquals(e, actual.cells().get(i), where + ": " + e.unit() + " " + e.category() + " " + e.year());
		}
		return expected.cells().size();
	}
}
