package no.avtalebenk.formula.ui;

import java.util.List;

import org.eclipse.jface.text.formatter.IFormattingStrategy;

/**
 * Formats a formula file: indentation by structure (one tab per open brace, one tab for the
 * continuation lines of a formula or parameter), no trailing whitespace, at most one blank line in
 * a row, one newline at the end. Text within lines is left as written.
 */
public final class FormulaFormatter implements IFormattingStrategy {

	private static final List<String> DECLARATIONS = List.of("package", "import", "category", "rate", "index",
			"param", "formula", "test", "invoice", "//", "/*");

	/**
	 * @param text a formula file
	 * @return the same file formatted
	 */
	public static String format(String text) {
		StringBuilder out = new StringBuilder();
		int depth = 0;
		boolean blank = false;
		for (String raw : text.split("\n", -1)) {
			String line = raw.strip();
			if (line.isEmpty()) {
				blank = !out.isEmpty();
				continue;
			}
			if (blank) {
				out.append('\n');
				blank = false;
			}
			int indent = depth;
			if (line.startsWith("}")) {
				indent = Math.max(0, depth - 1);
			} else if (depth == 0 && DECLARATIONS.stream().noneMatch(line::startsWith)) {
				indent = 1;
			}
			out.append("\t".repeat(indent)).append(line).append('\n');
			depth = Math.max(0, depth + count(line, '{') - count(line, '}'));
		}
		return out.toString();
	}

	private static int count(String line, char c) {
		int n = 0;
		boolean inString = false;
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (ch == '"') {
				inString = !inString;
			} else if (!inString && ch == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
				break;
			} else if (!inString && ch == c) {
				n++;
			}
		}
		return n;
	}

	@Override
	public void formatterStarts(String initialIndentation) {
		// The whole document is formatted at once; nothing to prepare.
	}

	@Override
	public String format(String content, boolean isLineStart, String indentation, int[] positions) {
		return format(content);
	}

	@Override
	public void formatterStops() {
		// Nothing to release.
	}
}
