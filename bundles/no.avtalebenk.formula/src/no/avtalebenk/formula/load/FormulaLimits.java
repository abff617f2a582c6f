package no.avtalebenk.formula.load;

import java.util.Optional;
import java.util.Set;

/**
 * The limits a formula file must keep, checked on its text before the parser sees it, so that a
 * degenerate or hostile file (one formula of 100 000 terms, 10 000 nested brackets) is refused at
 * once with the limit and its place instead of exhausting the stack or the time of the checker.
 * docs/formula-language.md states the same limits; real files stay far below them (the template's
 * longest formula has 29 numbers, names and signs, its deepest nesting 3 brackets).
 */
public final class FormulaLimits {

	/** The largest formula file, in bytes (1 MiB). */
	public static final int MAX_FILE_BYTES = 1_048_576;
	/**
	 * The deepest nesting in an expression: brackets within brackets, and each {@code if} and each sign
	 * or {@code not} written in a row counts one level.
	 */
	public static final int MAX_NESTING = 50;
	/** The most numbers, names and signs in the expression of one formula or parameter. */
	public static final int MAX_EXPRESSION_TOKENS = 500;
	/**
	 * The most expressions computed within each other, counted through the formulas and parameters an
	 * expression uses; checked while computing, where a chain of formulas that each use the one before
	 * would otherwise exhaust the stack.
	 */
	public static final int MAX_EVALUATION_DEPTH = 300;
	/** The most digits before, and after, the decimal point of a number. */
	public static final int MAX_DIGITS = 30;
	/** The most decimals {@code round(…)} and {@code indexed(…)} may round to. */
	public static final int MAX_DECIMAL_PLACES = 10;

	/** Words that begin a declaration; the counts of an expression start again at each. */
	private static final Set<String> DECLARATIONS = Set.of("package", "import", "category", "rate", "index", "param",
			"formula", "test");
	/** Words after which a '-' is a sign, not a subtraction. */
	private static final Set<String> BEFORE_SIGN = Set.of("if", "then", "else", "and", "or", "not", "of", "by");

	private FormulaLimits() {
	}

	/**
	 * @param file the file name, for the place
	 * @param text the file's text, without a byte-order mark
	 * @return the first limit the text exceeds, as an error with its place; empty when within all
	 */
	public static Optional<Problem> scan(String file, String text) {
		return new Scanner(file, text).run();
	}

	/** A single pass over the text that knows just enough of the language's tokens to count. */
	private static final class Scanner {
		private final String file;
		private final String text;
		private int pos;
		private int line = 1;
		private int lineStart;

		private boolean inExpression;
		private boolean expressionDeclaration;
		private int tokens;
		private int brackets;
		private int ifs;
		private int signsInARow;
		private boolean previousIsValue;

		Scanner(String file, String text) {
			this.file = file;
			this.text = text;
		}

		Optional<Problem> run() {
			while (pos < text.length()) {
				char c = text.charAt(pos);
				if (c == '\n') {
					newLine(pos + 1);
				} else if (Character.isWhitespace(c)) {
					pos++;
				} else if (c == '/' && next() == '/') {
					while (pos < text.length() && text.charAt(pos) != '\n') {
						pos++;
					}
				} else if (c == '/' && next() == '*') {
					skipComment();
				} else if (c == '"' || c == '\'') {
					int column = column();
					skipString(c);
					Optional<Problem> problem = token(column, true);
					if (problem.isPresent()) {
						return problem;
					}
				} else {
					Optional<Problem> problem = c >= '0' && c <= '9' ? number() : c == '^' || Character.isLetter(c)
							|| c == '_' ? word() : symbol(c);
					if (problem.isPresent()) {
						return problem;
					}
				}
			}
			return Optional.empty();
		}

		private char next() {
			return pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
		}

		private int column() {
			return pos - lineStart + 1;
		}

		private void newLine(int start) {
			line++;
			lineStart = start;
			pos = start;
		}

		private void skipComment() {
			pos += 2;
			while (pos < text.length() && !(text.charAt(pos) == '*' && next() == '/')) {
				if (text.charAt(pos) == '\n') {
					newLine(pos + 1);
				} else {
					pos++;
				}
			}
			pos = Math.min(text.length(), pos + 2);
		}

		private void skipString(char quote) {
			pos++;
			while (pos < text.length() && text.charAt(pos) != quote) {
				if (text.charAt(pos) == '\\') {
					pos++;
				}
				if (pos < text.length() && text.charAt(pos) == '\n') {
					newLine(pos + 1);
				} else {
					pos++;
				}
			}
			pos = Math.min(text.length(), pos + 1);
		}

		private Optional<Problem> number() {
			int column = column();
			int start = pos;
			while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
				pos++;
			}
			if (pos - start > MAX_DIGITS) {
				return error(column, "A number of " + (pos - start) + " digits; numbers may have at most " + MAX_DIGITS
						+ " digits before and " + MAX_DIGITS + " after the decimal point.");
			}
			return token(column, true);
		}

		private Optional<Problem> word() {
			int column = column();
			int start = pos++;
			while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
				pos++;
			}
			String word = text.substring(start, pos);
			if (DECLARATIONS.contains(word)) {
				inExpression = false;
				expressionDeclaration = word.equals("formula") || word.equals("param");
				tokens = 0;
				brackets = 0;
				ifs = 0;
				signsInARow = 0;
				previousIsValue = false;
				return Optional.empty();
			}
			if (word.equals("if")) {
				ifs++;
			}
			boolean sign = word.equals("not");
			Optional<Problem> problem = sign ? sign(column) : token(column, !BEFORE_SIGN.contains(word));
			if (problem.isEmpty() && word.equals("if")) {
				return nesting(column);
			}
			return problem;
		}

		private Optional<Problem> symbol(char c) {
			int column = column();
			pos++;
			if (c == '=' && expressionDeclaration && !inExpression && brackets == 0) {
				inExpression = true;
				previousIsValue = false;
				return Optional.empty();
			}
			if (c == '-' && !previousIsValue) {
				return sign(column);
			}
			if (c == '(') {
				brackets++;
				Optional<Problem> problem = token(column, false);
				return problem.isPresent() ? problem : nesting(column);
			}
			if (c == ')') {
				brackets = Math.max(0, brackets - 1);
			}
			return token(column, c == ')' || c == '%');
		}

		private Optional<Problem> sign(int column) {
			int run = signsInARow + 1;
			Optional<Problem> problem = token(column, false);
			signsInARow = run;
			return problem.isPresent() ? problem : nesting(column);
		}

		private Optional<Problem> nesting(int column) {
			if (inExpression && brackets + ifs + signsInARow > MAX_NESTING) {
				return error(column, "Nested more than " + MAX_NESTING + " levels deep (brackets, if … then … else and "
						+ "signs written in a row count one level each). Name parts of the expression as parameters "
						+ "or formulas.");
			}
			return Optional.empty();
		}

		/** Counts one token of an expression; {@code value} when a '-' after it is a subtraction. */
		private Optional<Problem> token(int column, boolean value) {
			previousIsValue = value;
			signsInARow = 0;
			if (inExpression && ++tokens > MAX_EXPRESSION_TOKENS) {
				return error(column, "The expression is too long: a formula or parameter may hold at most "
						+ MAX_EXPRESSION_TOKENS + " numbers, names and signs. Split it into several parameters or "
						+ "formulas.");
			}
			return Optional.empty();
		}

		private Optional<Problem> error(int column, String message) {
			return Optional.of(new Problem("error", file, line, column, message));
		}
	}
}
