package no.avtalebenk.formula.load;

/**
 * One problem found in a formula file, with its place.
 *
 * @param severity "error" or "warning"
 * @param file     the file name
 * @param line     1-based line
 * @param column   1-based column
 * @param message  what is wrong, in the user's terms
 */
public record Problem(String severity, String file, int line, int column, String message) {

	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + severity + ": " + message;
	}
}
