package no.avtalebenk.model.ui.edit;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of an element in the Properties view, over its {@link IItemPropertyDescriptor}: named
 * as {@link ModelTexts} names the feature, shown as {@link ModelTexts#value} shows the value, edited
 * with a drop-down for enums, yes/no and references and with checked text for text and numbers.
 */
public class EditPropertyDescriptor implements IPropertyDescriptor {

	private final EObject object;
	private final IItemPropertyDescriptor descriptor;
	private final EStructuralFeature feature;
	private final AdapterFactory factory;

	/**
	 * @param object     the element
	 * @param descriptor its item property descriptor
	 * @param feature    the feature it describes
	 * @param factory    the adapter factory of the item providers
	 */
	public EditPropertyDescriptor(EObject object, IItemPropertyDescriptor descriptor, EStructuralFeature feature,
			AdapterFactory factory) {
		this.object = object;
		this.descriptor = descriptor;
		this.feature = feature;
		this.factory = factory;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object) || !FeatureEditing.editable(object, feature)) {
			return null;
		}
		List<Object> choices = FeatureEditing.choices(object, feature, factory);
		if (choices != null) {
			return new ChoiceCellEditor(parent, choices, this::text);
		}
		return feature instanceof EAttribute attribute ? new ValueCellEditor(parent, attribute) : null;
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return getDisplayName();
	}

	@Override
	public String getDisplayName() {
		return ModelTexts.feature(feature);
	}

	@Override
	public String[] getFilterFlags() {
		return null;
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return feature;
	}

	@Override
	public ILabelProvider getLabelProvider() {
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				return EditPropertyDescriptor.this.text(value);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof EditPropertyDescriptor same && same.feature == feature;
	}

	private String text(Object value) {
		return value == null && feature.getLowerBound() == 0 && !feature.isMany() ? EditMessages.Value_none
				: ModelTexts.value(value, factory);
	}
}
