package no.avtalebenk.cases.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.diff.Difference;
import no.avtalebenk.model.diff.ModelDiff;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Two offers compared clause by clause and by what they pay: two agreements (each the agreement file
 * of a case, with the formula file it names), or two scenarios of one case. The differences come from
 * {@link ModelDiff} and {@link FormulaDiff}; the payment effect is the second's payments minus the
 * first's per category and year, each projected through the case as every other command does.
 * Headless: the {@code diff} command and the workbench's comparison use it alike.
 *
 * @param before      what the first is, for headings ({@code a/avtale.avtale, scenario grunnlag})
 * @param after       what the second is
 * @param differences the clauses, terms, parameters and scenarios that differ, with their places
 * @param payments    per category and year, in the formula file's category order then year
 * @param totals      per year, the sum over the categories
 */
public record CaseDiff(String before, String after, List<Difference> differences, List<PaymentEffect> payments,
		List<PaymentEffect> totals) {

	/**
	 * @param first          the first case
	 * @param firstScenario  the scenario projected in it, or null for its baseline
	 * @param second         the second case
	 * @param secondScenario the scenario projected in it, or null for its baseline
	 * @return the differences of the two agreement files and formula files, and the payment effect
	 * @throws CaseException when a scenario is unknown or a file cannot be read again
	 */
	public static CaseDiff agreements(Case first, String firstScenario, Case second, String secondScenario)
			throws CaseException {
		List<Difference> differences = new ArrayList<>(ModelDiff.compare(raw(first), raw(second)));
		differences.addAll(FormulaDiff.compare(first.formulas(), fileName(first), second.formulas(), fileName(second)));
		return withPayments(first, firstScenario, second, secondScenario, differences);
	}

	/**
	 * @param scope  the case
	 * @param first  a scenario of it
	 * @param second another scenario of it
	 * @return the differences of the two scenarios (their own values and their changes) and the payment
	 *         effect of going from the first to the second
	 * @throws CaseException when a scenario is unknown
	 */
	public static CaseDiff scenarios(Case scope, String first, String second) throws CaseException {
		Scenario a = find(scope, first);
		Scenario b = find(scope, second);
		return withPayments(scope, a.getName(), scope, b.getName(), ModelDiff.compare(a, b));
	}

	private static CaseDiff withPayments(Case first, String firstScenario, Case second, String secondScenario,
			List<Difference> differences) throws CaseException {
		ProjectionDescriptor firstModel = first.projection(null);
		ProjectionDescriptor secondModel = second.projection(null);
		PaymentResult a = first.project(firstModel, first.scenario(firstScenario));
		PaymentResult b = second.project(secondModel, second.scenario(secondScenario));
		Set<String> categories = new LinkedHashSet<>(b.categories());
		categories.addAll(a.categories());
		Set<Integer> years = new TreeSet<>(a.years());
		years.addAll(b.years());
		List<PaymentEffect> payments = new ArrayList<>();
		for (String category : categories) {
			for (int year : years) {
				payments.add(new PaymentEffect(category, year, a.amount(category, year), b.amount(category, year)));
			}
		}
		List<PaymentEffect> totals = new ArrayList<>();
		for (int year : years) {
			totals.add(new PaymentEffect("total", year, a.total(year), b.total(year)));
		}
		return new CaseDiff(describe(first, firstScenario), describe(second, secondScenario), differences, payments,
				totals);
	}

	private static String describe(Case scope, String scenario) {
		return scope.name() + ", scenario " + (scenario == null ? scope.baselineName() : scenario);
	}

	private static Scenario find(Case scope, String name) throws CaseException {
		for (Scenario scenario : scope.model().getScenarios()) {
			if (scenario.getName().equals(name)) {
				return scenario;
			}
		}
		List<String> names = scope.model().getScenarios().stream().map(Scenario::getName).toList();
		throw new CaseException(CaseException.Kind.REQUEST, "unknown scenario '" + name + "'; the agreement has "
				+ String.join(", ", names));
	}

	/** The agreement file as written, without the case's own units or a data set's counts. */
	private static AgreementModel raw(Case scope) throws CaseException {
		try {
			return AgreementFiles.load(scope.agreementFile());
		} catch (AgreementFileException e) {
			throw new CaseException(CaseException.Kind.INPUT, e.getMessage());
		}
	}

	private static String fileName(Case scope) {
		Path formula = scope.formulaFile();
		Path relative = scope.folder().relativize(formula);
		return relative.toString();
	}
}
