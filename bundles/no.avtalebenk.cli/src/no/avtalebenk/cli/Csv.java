package no.avtalebenk.cli;

/** Fields of the semicolon-separated output: quoted, with quotes doubled, when they need it. */
final class Csv {

	private Csv() {
	}

	/** @return the text as one field: quoted when it holds a ';', a '"' or a line break */
	static String field(String text) {
		return text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				? "\"" + text.replace("\"", "\"\"") + "\""
				: text;
	}
}
