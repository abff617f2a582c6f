package no.avtalebenk.cases;

/**
 * A problem in one file of a case, with its place: a line and column for text files (formula files,
 * the units file, a damaged model file), an element path for model files.
 *
 * @param file     the file, relative to the case folder ({@code avtale.avtale}, {@code data/gsi.avtale})
 * @param line     the line, from 1; 0 when the place is an element path or unknown
 * @param column   the column, from 1; 0 when unknown
 * @param path     the element, e.g. {@code /scenarios[tilbud]}; empty for text places
 * @param severity {@code error} or {@code warning}
 * @param message  what is wrong, in the user's terms
 */
public record CaseProblem(String file, int line, int column, String path, String severity, String message) {

	/** @return true for an error, false for a warning */
	public boolean isError() {
		return "error".equals(severity);
	}

	/** @return {@code file:line:column: severity: message}, or {@code file: path: severity: message} */
	@Override
	public String toString() {
		String place = line > 0 ? file + ":" + line + ":" + column : path.isEmpty() ? file : file + ": " + path;
		return place + ": " + severity + ": " + message;
	}
}
