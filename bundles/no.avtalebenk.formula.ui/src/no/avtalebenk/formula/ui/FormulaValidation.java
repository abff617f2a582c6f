package no.avtalebenk.formula.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.validation.Issue;

/**
 * Re-validates the editor's text after each pause in typing and shows every issue as an annotation
 * at its place, with the validator's message.
 */
final class FormulaValidation implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final FormulaEditor editor;
	private IDocument document;
	private List<FormulaAnnotation> current = new ArrayList<>();

	FormulaValidation(FormulaEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		validate();
	}

	@Override
	public void reconcile(IRegion partition) {
		validate();
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		// Validation of one file is quick; it is not cancelled.
	}

	@Override
	public void initialReconcile() {
		validate();
	}

	private boolean unchanged(IAnnotationModel model, List<FormulaAnnotation> annotations,
			Map<Annotation, Position> added) {
		if (annotations.size() != current.size()) {
			return false;
		}
		for (int i = 0; i < annotations.size(); i++) {
			FormulaAnnotation now = annotations.get(i);
			FormulaAnnotation shown = current.get(i);
			if (!now.getType().equals(shown.getType()) || !now.getText().equals(shown.getText())
					|| !added.get(now).equals(model.getPosition(shown))) {
				return false;
			}
		}
		return true;
	}

	/** Validates the text now and replaces the annotations when they differ; returns those shown. */
	synchronized List<FormulaAnnotation> validate() {
		IAnnotationModel model = editor.annotationModel();
		if (document == null || model == null) {
			return List.of();
		}
		ParsedFormula parsed = ParsedFormula.parse(document.get(), editor.uri());
		Map<Annotation, Position> added = new HashMap<>();
		List<FormulaAnnotation> annotations = new ArrayList<>();
		for (Issue issue : parsed.validate()) {
			if (issue.getOffset() == null) {
				continue;
			}
			FormulaAnnotation annotation = new FormulaAnnotation(issue);
			annotations.add(annotation);
			added.put(annotation, new Position(issue.getOffset(), issue.getLength() == null ? 0 : issue.getLength()));
		}
		if (unchanged(model, annotations, added)) {
			// Same problems at the same places: keeping the shown annotations avoids flicker, and a
			// caller holding one (a quick fix, a test) still finds it in the model.
			editor.modelChanged(parsed);
			return List.copyOf(current);
		}
		Annotation[] removed = current.toArray(new Annotation[0]);
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(removed, added);
		} else {
			for (Annotation annotation : removed) {
				model.removeAnnotation(annotation);
			}
			added.forEach(model::addAnnotation);
		}
		current = annotations;
		editor.modelChanged(parsed);
		return List.copyOf(annotations);
	}
}
