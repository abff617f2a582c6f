package no.avtalebenk.formula.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import no.avtalebenk.formula.load.FormulaLoader;

/**
 * Syntax colouring: the words of the language (taken from the grammar, so that new words are
 * coloured without a change here) in bold purple, texts in quotes blue, comments green, numbers
 * dark blue.
 */
final class FormulaScanner extends RuleBasedScanner {

	static final Color KEYWORD = new Color(127, 0, 85);
	static final Color STRING = new Color(42, 0, 255);
	static final Color COMMENT = new Color(63, 127, 95);
	static final Color NUMBER = new Color(0, 0, 128);

	FormulaScanner() {
		IToken keyword = new Token(new TextAttribute(KEYWORD, null, SWT.BOLD));
		IToken string = new Token(new TextAttribute(STRING));
		IToken comment = new Token(new TextAttribute(COMMENT));
		IToken number = new Token(new TextAttribute(NUMBER));
		List<IRule> rules = new ArrayList<>();
		rules.add(new EndOfLineRule("//", comment));
		rules.add(new MultiLineRule("/*", "*/", comment));
		rules.add(new SingleLineRule("\"", "\"", string, '\\'));
		rules.add(new WhitespaceRule(Character::isWhitespace));
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c) || c == '_';
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '_';
			}
		}, Token.UNDEFINED);
		for (String word : keywords()) {
			words.addWord(word, keyword);
		}
		rules.add(words);
		rules.add(new NumberRule(number));
		setRules(rules.toArray(new IRule[0]));
	}

	/** @return the alphabetic keywords of the grammar */
	static List<String> keywords() {
		IGrammarAccess grammar = FormulaLoader.injector().getInstance(IGrammarAccess.class);
		return GrammarUtil.getAllKeywords(grammar.getGrammar()).stream().filter(k -> k.matches("[a-z_]+")).sorted()
				.toList();
	}
}
