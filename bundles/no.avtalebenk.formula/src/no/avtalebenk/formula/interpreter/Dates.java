package no.avtalebenk.formula.interpreter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.ecore.EObject;

/** Reads the language's dates (yyyy-mm-dd, as written in the file). */
public final class Dates {

	private Dates() {
	}

	/**
	 * @param text  the date as written, e.g. "2023-01-01"
	 * @param where the element holding it, for the error message
	 * @return the date
	 * @throws EvaluationException when it is not a calendar date
	 */
	public static LocalDate parse(String text, EObject where) {
		String compact = text == null ? "" : text.replace(" ", "");
		try {
			return LocalDate.parse(compact);
		} catch (DateTimeParseException e) {
			throw new EvaluationException("'" + text + "' is not a date; write yyyy-mm-dd, e.g. 2023-01-01.", where);
		}
	}
}
