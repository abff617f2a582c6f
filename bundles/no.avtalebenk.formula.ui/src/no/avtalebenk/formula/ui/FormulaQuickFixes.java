package no.avtalebenk.formula.ui;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.osgi.util.NLS;

import no.avtalebenk.formula.validation.VederlagValidator;

/**
 * Quick fixes for the validator's issues, found by their public issue codes: an index step dated
 * other than 1 January is moved to 1 January of its year; a category used as a number becomes
 * {@code count(category)}.
 */
public class FormulaQuickFixes implements IQuickAssistProcessor {

	private final FormulaEditor editor;

	FormulaQuickFixes(FormulaEditor editor) {
		this.editor = editor;
	}

	/**
	 * @param code an issue code
	 * @return true when a quick fix exists for it
	 */
	public static boolean canFix(String code) {
		return VederlagValidator.INDEX_STEP_NOT_JANUARY.equals(code) || VederlagValidator.NOT_A_VALUE.equals(code);
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof FormulaAnnotation formula && canFix(formula.getCode())
				&& (formula.getData().length > 0);
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		return proposalsAt(context.getOffset()).toArray(new ICompletionProposal[0]);
	}

	/**
	 * @param offset a place in the editor's text
	 * @return the fixes of the problems at that place
	 */
	public List<ICompletionProposal> proposalsAt(int offset) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		IAnnotationModel model = editor.annotationModel();
		IDocument document = editor.document();
		if (model == null || document == null) {
			return proposals;
		}
		Iterator<Annotation> annotations = model.getAnnotationIterator();
		while (annotations.hasNext()) {
			Annotation annotation = annotations.next();
			Position position = model.getPosition(annotation);
			if (!canFix(annotation) || position == null || offset < position.getOffset()
					|| offset > position.getOffset() + position.getLength()) {
				continue;
			}
			FormulaAnnotation problem = (FormulaAnnotation) annotation;
			String replacement = replacement(problem, document, position);
			if (replacement != null) {
				proposals.add(new CompletionProposal(replacement, position.getOffset(), position.getLength(),
						replacement.length(), null, label(problem, replacement), null, problem.getText()));
			}
		}
		return proposals;
	}

	private static String replacement(FormulaAnnotation problem, IDocument document, Position position) {
		if (VederlagValidator.INDEX_STEP_NOT_JANUARY.equals(problem.getCode())) {
			return problem.getData()[0];
		}
		try {
			return "count(" + document.get(position.getOffset(), position.getLength()) + ")";
		} catch (BadLocationException e) {
			return null;
		}
	}

	private static String label(FormulaAnnotation problem, String replacement) {
		return VederlagValidator.INDEX_STEP_NOT_JANUARY.equals(problem.getCode())
				? NLS.bind(Messages.QuickFix_januaryFirst, replacement)
				: NLS.bind(Messages.QuickFix_useCount, replacement);
	}
}
