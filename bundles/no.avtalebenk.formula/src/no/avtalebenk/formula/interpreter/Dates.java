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
		LocalDate plain = plain(compact);
		if (plain != null) {
			return plain;
		}
		try {
			return LocalDate.parse(compact);
		} catch (DateTimeParseException e) {
			throw new EvaluationException("'" + text + "' is not a date; write yyyy-mm-dd, e.g. 2023-01-01.", where);
		}
	}

	/**
	 * The usual form, four digits, two and two, read without the date formatter, which is slow and
	 * is asked for every rate and index step of every year evaluated; null for anything else,
	 * including dates that do not exist, which the formatter then reads or rejects with its message.
	 */
	private static LocalDate plain(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + c - '0';
		}
		return value;
	}
}
