package no.avtalebenk.formula.interpreter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.avtalebenk.formula.vederlag.CountValue;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Expectation;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.TestCase;

/**
 * Runs the {@code test} blocks of a formula file: each block's counts in, each expectation
 * compared exactly with the computed value.
 */
public final class TestRunner {

	private TestRunner() {
	}

	/**
	 * @param model a loaded formula file
	 * @return one result per expectation, in file order
	 */
	public static List<TestResult> run(Model model) {
		List<TestResult> results = new ArrayList<>();
		for (Element element : model.getElements()) {
			if (element instanceof TestCase test) {
				results.addAll(run(test));
			}
		}
		return results;
	}

	/**
	 * @param test one test block
	 * @return one result per expectation
	 */
	public static List<TestResult> run(TestCase test) {
		Map<String, Map<String, BigDecimal>> byUnit = new LinkedHashMap<>();
		for (CountValue count : test.getCounts()) {
			String unit = count.getUnit() == null ? "" : count.getUnit();
			byUnit.computeIfAbsent(unit, u -> new HashMap<>()).put(count.getCategory().getName(), count.getValue());
		}
		FormulaEvaluator evaluator = new FormulaEvaluator(test.getYear(), new TestCounts(test.getName(), "", byUnit));
		List<TestResult> results = new ArrayList<>();
		for (Expectation expectation : test.getExpectations()) {
			String location = EvaluationException.locate(expectation);
			String name = expectation.getFormula().getName();
			try {
				BigDecimal actual = evaluator.evaluate(expectation.getFormula());
				results.add(new TestResult(test.getName(), name, expectation.getValue(), actual, null, location));
			} catch (EvaluationException e) {
				results.add(new TestResult(test.getName(), name, expectation.getValue(), null, e.getMessage(), location));
			}
		}
		return results;
	}

	/**
	 * The counts written in a test block: those without {@code in "unit"} are the counts of the
	 * unit under test, the others belong to the named units of a {@code sum(units: …)}.
	 */
	private record TestCounts(String test, String unit, Map<String, Map<String, BigDecimal>> byUnit)
			implements Counts {

		@Override
		public Optional<BigDecimal> get(String category) {
			return Optional.ofNullable(byUnit.getOrDefault(unit, Map.of()).get(category));
		}

		@Override
		public Optional<String> provenance(String category) {
			return Optional.of("given in the test '" + test + "'");
		}

		@Override
		public List<String> units() {
			return byUnit.keySet().stream().filter(u -> !u.isEmpty()).toList();
		}

		@Override
		public Counts forUnit(String other) {
			return new TestCounts(test, other, byUnit);
		}
	}
}
