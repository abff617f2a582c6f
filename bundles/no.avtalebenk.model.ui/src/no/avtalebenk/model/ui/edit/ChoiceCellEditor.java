package no.avtalebenk.model.ui.edit;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A drop-down cell editor whose value is one of a list of objects (enum literals, elements), each
 * shown by its label, where JFace's {@link ComboBoxCellEditor} works with indices.
 */
public class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<Object> values;

	/**
	 * @param parent the cell's parent
	 * @param values the values to choose from
	 * @param label  how a value is shown
	 */
	public ChoiceCellEditor(Composite parent, List<Object> values, Function<Object, String> label) {
		super(parent, values.stream().map(label).toArray(String[]::new), SWT.READ_ONLY);
		this.values = values;
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		return index >= 0 && index < values.size() ? values.get(index) : null;
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(Integer.valueOf(Math.max(0, values.indexOf(value))));
	}
}
