package no.avtalebenk.model.ui;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtalePackage;
import no.avtalebenk.model.ui.edit.EditContentProvider;
import no.avtalebenk.model.ui.edit.EditLabelProvider;

/**
 * The editor's page "Avtale": the agreement file's elements as a tree (agreements with parties and
 * clauses, categories, units, counts, scenarios, register) beside an {@link ElementForm} for the element
 * selected. The selection goes to the editor's selection provider.
 */
public final class AgreementPage {

	private final AgreementEditor editor;
	private TreeViewer tree;
	private ElementForm form;

	AgreementPage(AgreementEditor editor) {
		this.editor = editor;
	}

	Control create(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		tree = new TreeViewer(sash, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		tree.setUseHashlookup(true);
		tree.setContentProvider(new EditContentProvider(editor.getAdapterFactory()));
		tree.setLabelProvider(new EditLabelProvider(editor.getAdapterFactory()));
		form = new ElementForm(sash, editor);
		tree.addSelectionChangedListener(event -> {
			List<EObject> elements = elements();
			form.show(elements.size() == 1 ? elements.get(0) : null);
			editor.selected(this, selection());
		});
		sash.setWeights(2, 3);
		return sash;
	}

	/** @param model the model to show; the agreements and the scenarios are unfolded */
	void setModel(AgreementModel model) {
		tree.setInput(model);
		tree.setExpandedElements(new EditContentProvider.Group(model, AvtalePackage.Literals.AGREEMENT_MODEL__AGREEMENTS),
				new EditContentProvider.Group(model, AvtalePackage.Literals.AGREEMENT_MODEL__SCENARIOS));
		form.show(null);
	}

	/** Shows the model's new state after a command. */
	void refresh() {
		tree.refresh();
		form.refresh();
	}

	/** @param element an element of the model, selected and shown in the tree and the form */
	public void select(EObject element) {
		tree.setSelection(new StructuredSelection(element), true);
	}

	/** @return the model elements selected in the tree */
	IStructuredSelection selection() {
		return new StructuredSelection(elements());
	}

	/** @return the tree of the model's elements */
	public TreeViewer getTreeViewer() {
		return tree;
	}

	/** @return the form of the element selected */
	public ElementForm getForm() {
		return form;
	}

	private List<EObject> elements() {
		return tree.getStructuredSelection().stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
	}
}
