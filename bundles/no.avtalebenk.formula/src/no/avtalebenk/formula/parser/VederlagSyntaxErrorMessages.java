package no.avtalebenk.formula.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Rewrites the parser's messages ("mismatched input '*' expecting RULE_ID") into sentences a
 * negotiator can act on ("Unexpected '*': a name is expected here."). The place (line and column)
 * is added by whoever reports the message.
 */
public class VederlagSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)");
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)");
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'");
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		String message = original.getMessage();
		if (context.getRecognitionException() != null && context.getRecognitionException().token != null
				&& context.getRecognitionException().token.getType() == Token.EOF) {
			return new SyntaxErrorMessage("The file ends too early: something is missing at the end, "
					+ "such as a closing '}' or ')' or the value after '='.", original.getIssueCode());
		}
		Matcher m;
		if ((m = MISMATCHED.matcher(message)).matches()) {
			message = explainUnexpected(m.group(1), m.group(2));
		} else if ((m = EXTRANEOUS.matcher(message)).matches()) {
			message = "'" + m.group(1) + "' does not belong here; " + expected(m.group(2)) + " is expected.";
		} else if ((m = MISSING.matcher(message)).matches()) {
			message = expected(m.group(1)) + " is missing before '" + m.group(2) + "'.";
		} else if ((m = NO_VIABLE.matcher(message)).matches() && m.group(1).matches("\\p{L}+")) {
			message = explainUnexpected(m.group(1), "RULE_ID");
		} else if ((m = NO_VIABLE.matcher(message)).matches()) {
			message = "Unexpected '" + m.group(1) + "': the text cannot be read from here. A number, a name, "
					+ "count(…), round(…) or '(' may follow an operator such as * or +.";
		}
		return new SyntaxErrorMessage(message, original.getIssueCode());
	}

	private static String explainUnexpected(String found, String expecting) {
		if (expecting.equals("RULE_ID")) {
			return "'" + found + "' cannot be used as a name here (it is a word of the formula language, or the "
					+ "name is missing).";
		}
		return "Unexpected '" + found + "': " + expected(expecting) + " is expected here.";
	}

	private static String expected(String token) {
		return switch (token) {
		case "RULE_ID" -> "a name";
		case "RULE_INT" -> "a whole number";
		case "RULE_STRING" -> "a text in quotes";
		case "EOF" -> "the end of the file";
		default -> token.startsWith("'") ? token : "'" + token + "'";
		};
	}
}
