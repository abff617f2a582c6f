package no.avtalebenk.data.export;

/**
 * Neutralises text that a spreadsheet program would run as a formula (CSV or formula injection,
 * OWASP): a text cell that begins with =, +, -, @, a tab or a carriage return gets an apostrophe in
 * front, which spreadsheet programs show as text. Numbers are not text cells and are left alone, so
 * a negative amount stays a number.
 */
public final class CellSafety {

	private CellSafety() {
	}

	/**
	 * @param text a text cell
	 * @return the text, with an apostrophe in front when it could start a formula
	 */
	public static String neutralise(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}
}
