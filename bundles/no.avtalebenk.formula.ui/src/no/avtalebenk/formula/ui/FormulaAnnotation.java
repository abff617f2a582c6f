package no.avtalebenk.formula.ui;

import org.eclipse.jface.text.quickassist.IQuickFixableAnnotation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** A problem the language's validator found, shown in the editor; it remembers its issue code for quick fixes. */
public class FormulaAnnotation extends Annotation implements IQuickFixableAnnotation {

	/** Annotation type of errors, drawn by the platform's text editor. */
	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	/** Annotation type of warnings. */
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";

	private final String code;
	private final String[] data;

	/** @param issue the validator's issue */
	public FormulaAnnotation(Issue issue) {
		super(issue.getSeverity() == Severity.ERROR ? ERROR : WARNING, false, issue.getMessage());
		this.code = issue.getCode();
		this.data = issue.getData() == null ? new String[0] : issue.getData().clone();
	}

	/** @return the issue code, e.g. {@code vederlag.indexStepNotJanuary}; null for syntax errors */
	public String getCode() {
		return code;
	}

	/** @return the issue's data, e.g. the corrected date */
	public String[] getData() {
		return data.clone();
	}

	@Override
	public void setQuickFixable(boolean state) {
		// Whether a fix exists follows from the code alone.
	}

	@Override
	public boolean isQuickFixableStateSet() {
		return true;
	}

	@Override
	public boolean isQuickFixable() {
		return FormulaQuickFixes.canFix(code);
	}
}
