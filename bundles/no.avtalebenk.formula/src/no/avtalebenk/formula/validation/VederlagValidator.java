package no.avtalebenk.formula.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import no.avtalebenk.formula.vederlag.Category;
import no.avtalebenk.formula.vederlag.DatedValue;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.formula.vederlag.Reference;
import no.avtalebenk.formula.vederlag.Round;
import no.avtalebenk.formula.vederlag.TestCase;
import no.avtalebenk.formula.vederlag.VederlagPackage;

/**
 * Checks a formula file beyond its syntax, with messages a negotiator understands. The issue
 * codes are public so that quick fixes and tests can refer to them.
 */
public class VederlagValidator extends AbstractVederlagValidator {

	/** A valid-from date that is not a calendar date. */
	public static final String INVALID_DATE = "vederlag.invalidDate";
	/** Two values of one rate with the same or descending dates. */
	public static final String DATES_NOT_ASCENDING = "vederlag.datesNotAscending";
	/** A category or test used where a number is expected. */
	public static final String NOT_A_VALUE = "vederlag.notAValue";
	/** A parameter or formula that depends on itself. */
	public static final String CYCLE = "vederlag.cycle";
	/** Rounding to more than ten decimals or to a negative scale. */
	public static final String ROUNDING_SCALE = "vederlag.roundingScale";

	/** @param value a dated rate value whose date must be a calendar date */
	@Check
	public void checkDate(DatedValue value) {
		if (parse(value.getValidFrom()) == null) {
			error("'" + value.getValidFrom() + "' is not a date; write yyyy-mm-dd, e.g. 2023-01-01.",
					VederlagPackage.Literals.DATED_VALUE__VALID_FROM, INVALID_DATE);
		}
	}

	/** @param rate a rate whose values must come in ascending date order */
	@Check
	public void checkDatesAscending(Rate rate) {
		LocalDate previous = null;
		for (DatedValue value : rate.getValues()) {
			LocalDate date = parse(value.getValidFrom());
			if (date != null && previous != null && !date.isAfter(previous)) {
				error("The rate '" + rate.getName() + "' has a value from " + date + " after one from " + previous
						+ "; list the values from the oldest to the newest, each date once.", value,
						VederlagPackage.Literals.DATED_VALUE__VALID_FROM, DATES_NOT_ASCENDING);
			}
			if (date != null) {
				previous = date;
			}
		}
	}

	/** @param reference a name used in an expression, which must have a value */
	@Check
	public void checkReferenceHasValue(Reference reference) {
		Element target = reference.getTarget();
		if (target instanceof Category category && !category.eIsProxy()) {
			error("'" + category.getName() + "' is a category; write count(" + category.getName()
					+ ") for its count.", VederlagPackage.Literals.REFERENCE__TARGET, NOT_A_VALUE);
		} else if (target instanceof TestCase) {
			error("A test has no value.", VederlagPackage.Literals.REFERENCE__TARGET, NOT_A_VALUE);
		}
	}

	/** @param round a rounding step, whose scale must be between 0 and 10 decimals */
	@Check
	public void checkRoundingScale(Round round) {
		if (round.getScale() > 10) {
			warning("Rounding to " + round.getScale() + " decimals; amounts are usually rounded to 2 (øre) or 0 (kroner).",
					VederlagPackage.Literals.ROUND__SCALE, ROUNDING_SCALE);
		}
	}

	/** @param parameter a parameter, which must not depend on itself */
	@Check
	public void checkNoCycle(Parameter parameter) {
		checkNoCycle(parameter, VederlagPackage.Literals.ELEMENT__NAME);
	}

	/** @param formula a formula, which must not depend on itself */
	@Check
	public void checkNoCycle(Formula formula) {
		checkNoCycle(formula, VederlagPackage.Literals.ELEMENT__NAME);
	}

	private void checkNoCycle(Element start, org.eclipse.emf.ecore.EStructuralFeature feature) {
		Set<Element> seen = new HashSet<>();
		Deque<Element> todo = new ArrayDeque<>();
		todo.add(start);
		while (!todo.isEmpty()) {
			Element current = todo.pop();
			for (Reference ref : EcoreUtil2.getAllContentsOfType(current, Reference.class)) {
				Element target = ref.getTarget();
				if (target == start) {
					error("'" + start.getName() + "' is defined in terms of itself"
							+ (current == start ? "" : " (through '" + current.getName() + "')") + ".", feature, CYCLE);
					return;
				}
				if (target != null && !((EObject) target).eIsProxy() && seen.add(target)) {
					todo.push(target);
				}
			}
		}
	}

	private static LocalDate parse(String text) {
		try {
			return text == null ? null : LocalDate.parse(text.replace(" ", ""));
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
