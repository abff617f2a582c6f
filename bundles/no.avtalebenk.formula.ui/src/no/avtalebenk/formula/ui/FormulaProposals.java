package no.avtalebenk.formula.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;

import no.avtalebenk.formula.vederlag.Category;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.formula.vederlag.VederlagPackage;

/**
 * Content assist: the names that fit where the cursor is (categories in {@code count(…)}, indexes
 * after {@code by}, formulas after {@code expect}, otherwise rates, parameters and formulas) as the
 * language's scoping sees them, including imported files, and the language's words.
 */
final class FormulaProposals {

	private static final List<String> EXPRESSION_WORDS = List.of("count(", "round(", "min(", "max(", "cap(",
			"share(", "indexed(", "sum(categories)", "sum(units: ", "if ", "year");
	private static final List<String> DECLARATION_WORDS = List.of("category ", "rate ", "index ", "param ",
			"formula ", "test ", "import ", "package ");

	private FormulaProposals() {
	}

	static List<ICompletionProposal> compute(String text, int offset, ParsedFormula parsed) {
		int start = offset;
		while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_'
				|| text.charAt(start - 1) == '.')) {
			start--;
		}
		String prefix = text.substring(start, offset);
		String before = text.substring(0, start).stripTrailing();
		Model model = parsed.model();
		List<ICompletionProposal> proposals = new ArrayList<>();
		if (model == null) {
			words(DECLARATION_WORDS, prefix, start, proposals);
			return proposals;
		}
		VederlagPackage p = VederlagPackage.eINSTANCE;
		if (before.endsWith("count(") || before.endsWith("categories:") || before.endsWith(" per")
				|| before.endsWith(" for") || before.matches("(?s).*\\bcount$")) {
			names(parsed, model, p.getCountRef_Category(), p.getCategory(), prefix, start, proposals);
		} else if (before.endsWith(" by")) {
			names(parsed, model, p.getIndexed_Index(), p.getIndex(), prefix, start, proposals);
		} else if (before.endsWith("expect")) {
			names(parsed, model, p.getExpectation_Formula(), p.getFormula(), prefix, start, proposals);
		} else if (before.isEmpty() || before.endsWith("}") || before.endsWith("\n") && !before.endsWith("=\n")) {
			words(DECLARATION_WORDS, prefix, start, proposals);
			names(parsed, model, p.getReference_Target(), p.getElement(), prefix, start, proposals);
		} else {
			names(parsed, model, p.getReference_Target(), p.getElement(), prefix, start, proposals);
			words(EXPRESSION_WORDS, prefix, start, proposals);
		}
		return proposals;
	}

	private static void names(ParsedFormula parsed, Model model, EReference reference, EClass type, String prefix,
			int start, List<ICompletionProposal> proposals) {
		Map<String, EObject> visible = parsed.visible(model, reference, type);
		for (Map.Entry<String, EObject> entry : visible.entrySet()) {
			String name = entry.getKey();
			String kind = describe(entry.getValue());
			// Where a value is expected, a category needs count(…) and an index indexed(…).
			boolean notAValue = type == VederlagPackage.Literals.ELEMENT
					&& (entry.getValue() instanceof Category || entry.getValue() instanceof Index);
			if (kind != null && !notAValue && matches(name, prefix)) {
				proposals.add(new CompletionProposal(name, start, prefix.length(), name.length(), null,
						name + " — " + kind, null, kind));
			}
		}
	}

	private static String describe(EObject element) {
		if (element instanceof Rate rate) {
			return "rate, " + rate.getUnit();
		} else if (element instanceof Parameter parameter) {
			return "parameter" + (parameter.getUnit() == null ? "" : ", " + parameter.getUnit());
		} else if (element instanceof Formula formula) {
			return "formula, " + formula.getUnit();
		} else if (element instanceof Category category) {
			return "category, " + category.getUnit();
		} else if (element instanceof Index) {
			return "index";
		}
		// Tests and other elements have no value to refer to.
		return null;
	}

	private static void words(List<String> words, String prefix, int start, List<ICompletionProposal> proposals) {
		for (String word : words) {
			if (matches(word, prefix)) {
				proposals.add(new CompletionProposal(word, start, prefix.length(), word.length(), null, word.strip(),
						null, null));
			}
		}
	}

	private static boolean matches(String candidate, String prefix) {
		return candidate.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))
				&& !candidate.equals(prefix);
	}
}
