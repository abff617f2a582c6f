package no.avtalebenk.data.importer;

/**
 * One thing wrong in an imported file, with its place: {@code file:line:column: message}. For
 * delimited files the column is the field's number (1 is the first field); for JSON it is the
 * character position in the line. Line or column 0 means the place is the whole file or line.
 *
 * @param file    the file as the user named it
 * @param line    line number from 1, or 0
 * @param column  column from 1, or 0
 * @param message what is wrong, in words a negotiator understands
 */
public record ImportProblem(String file, int line, int column, String message) {

	/**
	 * @param file    the file
	 * @param message what is wrong with the file as a whole
	 * @return a problem without a place in the file
	 */
	public static ImportProblem of(String file, String message) {
		return new ImportProblem(file, 0, 0, message);
	}

	@Override
	public String toString() {
		if (line == 0) {
			return file + ": " + message;
		}
		return file + ":" + line + ":" + (column == 0 ? 1 : column) + ": " + message;
	}
}
