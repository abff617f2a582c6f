package no.avtalebenk.formula.ui;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.osgi.util.NLS;

import no.avtalebenk.formula.interpreter.EvaluationException;
import no.avtalebenk.formula.interpreter.FormulaEvaluator;
import no.avtalebenk.formula.vederlag.Category;
import no.avtalebenk.formula.vederlag.DatedValue;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.formula.vederlag.VederlagPackage;

/**
 * The hover: for a rate, its value in the editor's selected year with the dated entry and its
 * source; for an index its steps; for a parameter its value; for a formula and a category their
 * unit and source or clause.
 */
final class FormulaHover implements ITextHover {

	private final FormulaEditor editor;

	FormulaHover(FormulaEditor editor) {
		this.editor = editor;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return word(viewer.getDocument(), offset);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		try {
			String name = viewer.getDocument().get(region.getOffset(), region.getLength());
			return describe(viewer.getDocument().get(), name, editor);
		} catch (BadLocationException e) {
			return null;
		}
	}

	static IRegion word(IDocument document, int offset) {
		String text = document.get();
		int start = Math.min(offset, text.length());
		int end = start;
		while (start > 0 && isNamePart(text.charAt(start - 1))) {
			start--;
		}
		while (end < text.length() && isNamePart(text.charAt(end))) {
			end++;
		}
		return new Region(start, end - start);
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.';
	}

	/**
	 * @param text   the file's text
	 * @param name   a name in it
	 * @param editor the editor, for its selected year and file location
	 * @return what the name stands for, or null when it names nothing
	 */
	static String describe(String text, String name, FormulaEditor editor) {
		ParsedFormula parsed = ParsedFormula.parse(text, editor.uri());
		Model model = parsed.model();
		if (model == null || name.isEmpty()) {
			return null;
		}
		Map<String, EObject> visible = parsed.visible(model, VederlagPackage.Literals.REFERENCE__TARGET,
				VederlagPackage.Literals.ELEMENT);
		EObject element = visible.get(name);
		int year = editor.getHoverYear();
		FormulaEvaluator evaluator = new FormulaEvaluator(year, category -> Optional.empty());
		try {
			if (element instanceof Rate rate) {
				DatedValue value = evaluator.applicableValue(rate);
				String source = value.getAssumption() != null ? NLS.bind(Messages.Hover_assumption, value.getAssumption())
						: value.getSource() == null ? Messages.Hover_noSource : value.getSource();
				return NLS.bind(Messages.Hover_rate, new Object[] { rate.getName(), Integer.toString(year),
						value.getValue().toPlainString(), rate.getUnit(), value.getValidFrom(), source })
						+ (rate.getClause() == null ? "" : NLS.bind(Messages.Hover_clause, rate.getClause()));
			} else if (element instanceof Index index) {
				return "index " + index.getName() + "\n" + index.getSteps().stream()
						.map(s -> "from " + s.getValidFrom() + ": × "
								+ FormulaEvaluator.factor(s).toBigDecimal().toPlainString()
								+ (s.getAssumption() != null ? NLS.bind(Messages.Hover_indexAssumption, s.getAssumption())
										: ""))
						.collect(Collectors.joining("\n"))
						+ index.getPoints().stream().map(p -> "\nKPI October " + p.getYear() + " = "
								+ p.getValue().toPlainString()).collect(Collectors.joining());
			} else if (element instanceof Parameter parameter) {
				BigDecimal value = evaluator.eval(parameter.getValue());
				return "parameter " + parameter.getName() + " = " + value.toPlainString()
						+ (parameter.getUnit() == null ? "" : " " + parameter.getUnit())
						+ (parameter.getNote() == null ? "" : "\n" + parameter.getNote())
						+ (parameter.getAssumption() == null ? ""
								: NLS.bind(Messages.Hover_parameterAssumption, parameter.getAssumption()));
			} else if (element instanceof Formula formula) {
				return NLS.bind(Messages.Hover_formula, formula.getName(), formula.getUnit())
						+ (formula.getCategory() == null ? ""
								: NLS.bind(Messages.Hover_paymentOf, formula.getCategory().getName()))
						+ (formula.getClause() == null ? "" : NLS.bind(Messages.Hover_clause, formula.getClause()));
			} else if (element instanceof Category category) {
				return NLS.bind(Messages.Hover_category, category.getName(), category.getUnit())
						+ (category.getSource() == null ? "" : NLS.bind(Messages.Hover_source, category.getSource()));
			}
		} catch (EvaluationException e) {
			return NLS.bind(Messages.Hover_failed, new Object[] { name, Integer.toString(year), e.getMessage() });
		}
		return null;
	}
}
