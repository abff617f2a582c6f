package no.avtalebenk.model.ui.edit;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for an attribute that takes text or a number: shows the value as
 * {@link FeatureEditing#format} writes it, refuses text that is not a value (the message names the
 * field) and gives back the typed value.
 */
public class ValueCellEditor extends TextCellEditor {

	private final EAttribute attribute;

	/**
	 * @param parent    the cell's parent
	 * @param attribute the attribute edited
	 */
	public ValueCellEditor(Composite parent, EAttribute attribute) {
		super(parent);
		this.attribute = attribute;
		// The validator sees the model's value when the editor is filled, the typed text while editing.
		setValidator(value -> value instanceof String text ? FeatureEditing.problem(attribute, text) : null);
	}

	@Override
	protected Object doGetValue() {
		return FeatureEditing.parse(attribute, (String) super.doGetValue());
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(FeatureEditing.format(attribute, value));
	}
}
