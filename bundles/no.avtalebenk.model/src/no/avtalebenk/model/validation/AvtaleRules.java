package no.avtalebenk.model.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;

import no.avtalebenk.model.avtale.AgreedAmount;
import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.OpenQuestion;
import no.avtalebenk.model.avtale.CountYearChange;
import no.avtalebenk.model.avtale.CountYearRule;
import no.avtalebenk.model.avtale.RegisteredAgreement;
import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.model.avtale.RenegotiationClause;
import no.avtalebenk.model.avtale.ReportingDuty;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.ScenarioHolder;
import no.avtalebenk.model.avtale.ShareChange;
import no.avtalebenk.model.avtale.YearRuleKind;
import no.avtalebenk.model.terms.Deadlines;

/**
 * The agreement model's rules beyond its structure, as an EMF {@link org.eclipse.emf.ecore.EValidator}:
 * periods end after they start, a remuneration clause names an existing formula, every category has a
 * source, no unit is counted twice in a year, shares lie between 0 and 1, an agreed amount is a positive
 * sum in whole øre for a year of the period and at most one per year, a scenario rests on a baseline
 * and scenarios do not stack in a cycle, a reporting duty's due date is a month and day, a renegotiation
 * lead time is a period, a registered agreement does not expire before it starts, an open question has a
 * text, a count year rule of the kind fixedYear names its data year. The codes are public so that tests
 * and quick fixes can refer to them.
 */
public class AvtaleRules extends EObjectValidator {

	/** Diagnostic source of these rules. */
	public static final String SOURCE = "no.avtalebenk.model";
	/** Context key for a {@link FormulaNames}; without it, formula names are not checked. */
	public static final String FORMULA_NAMES = "no.avtalebenk.model.formulaNames";

	/** A date that is not yyyy-mm-dd. */
	public static final int INVALID_DATE = 1;
	/** A period that does not end after it starts. */
	public static final int PERIOD_ORDER = 2;
	/** A remuneration clause whose formula does not exist. */
	public static final int UNKNOWN_FORMULA = 3;
	/** A category without a source. */
	public static final int CATEGORY_WITHOUT_SOURCE = 4;
	/** The same unit, category and year counted twice. */
	public static final int COUNTED_TWICE = 5;
	/** A share outside 0 to 1. */
	public static final int SHARE_RANGE = 6;
	/** A scenario that does not rest on a baseline. */
	public static final int NO_BASELINE = 7;
	/** Scenarios stacked in a cycle. */
	public static final int SCENARIO_CYCLE = 8;
	/** A negative count. */
	public static final int NEGATIVE_COUNT = 9;
	/** A count in a year the unit did not exist. */
	public static final int OUTSIDE_VALIDITY = 10;
	/** An agreed amount that is not more than 0 or has more than two decimals. */
	public static final int AGREED_AMOUNT = 11;
	/** An agreed amount for a year outside the agreement's period. */
	public static final int AGREED_YEAR_OUTSIDE_PERIOD = 12;
	/** Two agreed amounts for the same year. */
	public static final int AGREED_TWICE = 13;
	/** A reporting duty's due date that is not a month and day MM-DD. */
	public static final int INVALID_MONTH_DAY = 14;
	/** A renegotiation lead time that is not an ISO 8601 period of more than zero. */
	public static final int INVALID_LEAD_TIME = 15;
	/** A registered agreement that expires before it starts, or is its own successor. */
	public static final int REGISTER_ORDER = 16;
	/** An open question without text. */
	public static final int OPEN_QUESTION_WITHOUT_TEXT = 17;
	/** A count year rule of the kind fixedYear without its data year, or a data year another kind ignores. */
	public static final int YEAR_RULE = 18;

	@Override
	public boolean validate(EClass eClass, EObject value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = validate_EveryDefaultConstraint(value, diagnostics, context);
		if (!ok && diagnostics == null) {
			return false;
		}
		if (value instanceof Agreement agreement) {
			ok &= checkAgreement(agreement, diagnostics);
		} else if (value instanceof RemunerationClause clause) {
			ok &= checkFormula(clause, diagnostics, context);
		} else if (value instanceof CountCategory category) {
			ok &= check(!category.getSources().isEmpty() || !category.getDerivation().isEmpty(), Diagnostic.ERROR,
					CATEGORY_WITHOUT_SOURCE, "The category '" + category.getId() + "' has no source; name the statistic"
							+ " (GSI field, KOSTRA table, DBH or PAI) it is counted from.", category, diagnostics);
		} else if (value instanceof AgreementModel model) {
			ok &= checkCountedOnce(model, diagnostics);
		} else if (value instanceof Count count) {
			ok &= checkCount(count, diagnostics);
		} else if (value instanceof AgreedAmount agreed) {
			ok &= checkAgreedAmount(agreed, diagnostics);
		} else if (value instanceof CountYearRule rule) {
			ok &= checkYearRule(rule.getKind(), rule.getDataYear(), rule, diagnostics);
		} else if (value instanceof CountYearChange change) {
			ok &= checkYearRule(change.getKind(), change.getDataYear(), change, diagnostics);
		} else if (value instanceof ShareChange change) {
			ok &= check(isShare(change.getValue()), Diagnostic.ERROR, SHARE_RANGE, "The share '" + change.getParameter()
					+ "' is " + plain(change.getValue()) + "; a share lies between 0 and 1.", change, diagnostics);
		} else if (value instanceof Scenario scenario) {
			ok &= checkScenario(scenario, diagnostics);
		} else if (value instanceof ReportingUnit unit) {
			ok &= checkDate(unit.getValidFrom(), "valid from", unit, diagnostics)
					& checkDate(unit.getValidTo(), "valid to", unit, diagnostics);
		} else if (value instanceof RegisteredAgreement registered) {
			ok &= checkDate(registered.getSigned(), "signed", registered, diagnostics)
					& checkDate(registered.getExpires(), "expires", registered, diagnostics)
					& checkDate(registered.getStart(), "start", registered, diagnostics)
					& checkRegistered(registered, diagnostics);
		} else if (value instanceof ReportingDuty duty) {
			ok &= duty.getDueMonthDay() == null || check(Deadlines.monthDay(duty.getDueMonthDay()) != null,
					Diagnostic.ERROR, INVALID_MONTH_DAY, "The due date '" + duty.getDueMonthDay()
							+ "' is not a month and day; write MM-DD, e.g. 04-01 for 1 April.", duty, diagnostics);
		} else if (value instanceof OpenQuestion question) {
			ok &= check(question.getText() != null && !question.getText().isBlank(), Diagnostic.ERROR,
					OPEN_QUESTION_WITHOUT_TEXT, "The open question " + (question.getId() != null ? "'" + question.getId() + "'"
							: question.getClause() != null ? "on " + question.getClause() : ElementPaths.of(question))
							+ " has no text; write the question the parties left open.", question, diagnostics);
		} else if (value instanceof RenegotiationClause renegotiation) {
			ok &= renegotiation.getLeadTime() == null || check(Deadlines.period(renegotiation.getLeadTime()) != null,
					Diagnostic.ERROR, INVALID_LEAD_TIME, "The lead time '" + renegotiation.getLeadTime()
							+ "' is not a period of more than zero; write ISO 8601, e.g. P6M for six months or P90D.",
					renegotiation, diagnostics);
		}
		return ok;
	}

	private boolean checkRegistered(RegisteredAgreement registered, DiagnosticChain diagnostics) {
		boolean ok = check(registered.getSuccessor() != registered, Diagnostic.ERROR, REGISTER_ORDER, "The agreement '"
				+ registered.getName() + "' is named as its own successor.", registered, diagnostics);
		LocalDate start = parse(registered.getStart() != null ? registered.getStart() : registered.getSigned());
		LocalDate expires = parse(registered.getExpires());
		if (start != null && expires != null) {
			ok &= check(!expires.isBefore(start), Diagnostic.ERROR, REGISTER_ORDER, "The agreement '" + registered.getName()
					+ "' expires (" + expires + ") before it starts (" + start + ").", registered, diagnostics);
		}
		return ok;
	}

	private boolean checkAgreement(Agreement agreement, DiagnosticChain diagnostics) {
		boolean ok = checkDate(agreement.getPeriodStart(), "period start", agreement, diagnostics)
				& checkDate(agreement.getPeriodEnd(), "period end", agreement, diagnostics)
				& checkDate(agreement.getSignedDate(), "signing date", agreement, diagnostics);
		LocalDate start = parse(agreement.getPeriodStart());
		LocalDate end = parse(agreement.getPeriodEnd());
		if (start != null && end != null) {
			ok &= check(end.isAfter(start), Diagnostic.ERROR, PERIOD_ORDER, "The period ends (" + end
					+ ") before it starts (" + start + ").", agreement, diagnostics);
		}
		return ok & checkAgreedOncePerYear(agreement, diagnostics);
	}

	/** One agreed amount per year across all remuneration clauses of the agreement. */
	private boolean checkAgreedOncePerYear(Agreement agreement, DiagnosticChain diagnostics) {
		boolean ok = true;
		Map<Integer, AgreedAmount> seen = new HashMap<>();
		for (Clause clause : agreement.getClauses()) {
			if (clause instanceof RemunerationClause remuneration) {
				for (AgreedAmount agreed : remuneration.getAgreedAmounts()) {
					AgreedAmount first = seen.putIfAbsent(agreed.getYear(), agreed);
					if (first != null) {
						ok &= check(false, Diagnostic.ERROR, AGREED_TWICE, "The agreement '" + agreement.getId()
								+ "' has two agreed amounts for " + agreed.getYear() + " (" + plain(first.getAmount())
								+ " and " + plain(agreed.getAmount()) + "); give at most one per year.", agreed, diagnostics);
					}
				}
			}
		}
		return ok;
	}

	private boolean checkAgreedAmount(AgreedAmount agreed, DiagnosticChain diagnostics) {
		BigDecimal amount = agreed.getAmount();
		boolean ok = amount == null || check(amount.signum() > 0, Diagnostic.ERROR, AGREED_AMOUNT, "The agreed amount for "
				+ agreed.getYear() + " is " + plain(amount) + "; an agreed amount is more than 0 NOK.", agreed, diagnostics);
		if (amount != null && amount.signum() > 0) {
			ok &= check(amount.stripTrailingZeros().scale() <= 2, Diagnostic.ERROR, AGREED_AMOUNT, "The agreed amount for "
					+ agreed.getYear() + " is " + plain(amount) + "; write NOK with at most two decimals (øre).", agreed,
					diagnostics);
		}
		Agreement agreement = agreementOf(agreed);
		LocalDate start = agreement == null ? null : parse(agreement.getPeriodStart());
		LocalDate end = agreement == null ? null : parse(agreement.getPeriodEnd());
		// A reversed period is reported once, on the agreement, not again on every amount.
		if (start != null && end != null && end.isAfter(start)) {
			ok &= check(start.getYear() <= agreed.getYear() && agreed.getYear() <= end.getYear(), Diagnostic.ERROR,
					AGREED_YEAR_OUTSIDE_PERIOD, "The agreed amount is for " + agreed.getYear() + ", outside the period of '"
							+ agreement.getId() + "' (" + start + " – " + end + ").", agreed, diagnostics);
		}
		return ok;
	}

	private static Agreement agreementOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Agreement agreement) {
				return agreement;
			}
		}
		return null;
	}

	private boolean checkFormula(RemunerationClause clause, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Object resolver = context == null ? null : context.get(FORMULA_NAMES);
		if (!(resolver instanceof FormulaNames names) || clause.getFormula() == null) {
			return true;
		}
		if (clause.getFormulaFile() == null || clause.getFormulaFile().isBlank()) {
			return check(false, Diagnostic.ERROR, UNKNOWN_FORMULA, "The remuneration clause names the formula '"
					+ clause.getFormula() + "' but no formula file.", clause, diagnostics);
		}
		Set<String> defined;
		try {
			defined = names.definedIn(clause.getFormulaFile());
		} catch (Exception e) {
			return check(false, Diagnostic.ERROR, UNKNOWN_FORMULA, "The formula file '" + clause.getFormulaFile()
					+ "' cannot be used: " + e.getMessage(), clause, diagnostics);
		}
		return check(defined.contains(clause.getFormula()), Diagnostic.ERROR, UNKNOWN_FORMULA, "The formula '"
				+ clause.getFormula() + "' is not defined in " + clause.getFormulaFile() + " (it defines "
				+ String.join(", ", new java.util.TreeSet<>(defined)) + ").", clause, diagnostics);
	}

	private boolean checkCountedOnce(AgreementModel model, DiagnosticChain diagnostics) {
		boolean ok = true;
		Map<String, Count> seen = new HashMap<>();
		for (Count count : model.getCounts()) {
			if (count.getUnit() == null || count.getCategory() == null) {
				continue;
			}
			String key = count.getUnit().getId() + '\u0000' + count.getCategory().getId() + '\u0000' + count.getYear();
			if (seen.putIfAbsent(key, count) != null) {
				ok &= check(false, Diagnostic.ERROR, COUNTED_TWICE, "Unit " + count.getUnit().getId() + " is counted twice for "
						+ count.getCategory().getId() + " in " + count.getYear() + ".", count, diagnostics);
			}
		}
		return ok;
	}

	private boolean checkCount(Count count, DiagnosticChain diagnostics) {
		boolean ok = count.getValue() == null || check(count.getValue().signum() >= 0, Diagnostic.ERROR, NEGATIVE_COUNT,
				"The count is negative (" + plain(count.getValue()) + ").", count, diagnostics);
		ReportingUnit unit = count.getUnit();
		if (unit != null) {
			LocalDate from = parse(unit.getValidFrom());
			LocalDate to = parse(unit.getValidTo());
			boolean inside = (from == null || from.getYear() <= count.getYear())
					&& (to == null || to.getYear() >= count.getYear());
			ok &= check(inside, Diagnostic.WARNING, OUTSIDE_VALIDITY, "Unit " + unit.getId() + " (" + unit.getName()
					+ ") is counted in " + count.getYear() + " but exists only " + (from == null ? "" : "from " + from)
					+ (to == null ? "" : " to " + to) + "; after a merger, count the new unit.", count, diagnostics);
		}
		return ok;
	}

	private boolean checkYearRule(YearRuleKind kind, int dataYear, EObject owner, DiagnosticChain diagnostics) {
		if (kind == YearRuleKind.FIXED_YEAR) {
			return check(dataYear > 0, Diagnostic.ERROR, YEAR_RULE, "The year rule fixedYear needs the data year "
					+ "whose counts are used (dataYear, e.g. 2025).", owner, diagnostics);
		}
		return check(dataYear == 0, Diagnostic.WARNING, YEAR_RULE, "The data year " + dataYear + " is not used by the year rule "
				+ kind.getLiteral() + "; only fixedYear uses one.", owner, diagnostics);
	}

	private boolean checkScenario(Scenario scenario, DiagnosticChain diagnostics) {
		Set<Scenario> visited = new HashSet<>();
		Scenario current = scenario;
		while (current != null) {
			if (!visited.add(current)) {
				return check(false, Diagnostic.ERROR, SCENARIO_CYCLE, "The scenario '" + scenario.getName()
						+ "' is stacked on itself (through '" + current.getName() + "').", scenario, diagnostics);
			}
			if (current.getHolder() == ScenarioHolder.BASELINE) {
				return true;
			}
			current = current.getBasedOn();
		}
		return check(false, Diagnostic.ERROR, NO_BASELINE, "The scenario '" + scenario.getName()
				+ "' does not rest on a baseline: set 'based on' to the baseline or to a scenario that rests on one.",
				scenario, diagnostics);
	}

	private boolean checkDate(String text, String what, EObject owner, DiagnosticChain diagnostics) {
		return text == null || check(parse(text) != null, Diagnostic.ERROR, INVALID_DATE, "The " + what + " '" + text
				+ "' is not a date; write yyyy-mm-dd, e.g. 2026-01-01.", owner, diagnostics);
	}

	private boolean check(boolean condition, int severity, int code, String message, EObject owner,
			DiagnosticChain diagnostics) {
		if (condition) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, message, new Object[] { owner }));
		}
		return severity != Diagnostic.ERROR;
	}

	private static boolean isShare(BigDecimal value) {
		return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
	}

	private static String plain(BigDecimal value) {
		return value == null ? "empty" : value.toPlainString();
	}

	private static LocalDate parse(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
