package no.avtalebenk.model.ui.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's source for one element, over its {@link IItemPropertySource} (what emf.edit.ui's
 * PropertySource does): one property per feature the item provider describes, except contained
 * elements (they are the tree's children). Values are set only through {@link FeatureEditing#set}, a
 * command on the editing domain's stack.
 */
public class EditPropertySource implements IPropertySource {

	private final EObject object;
	private final IItemPropertySource source;
	private final AdapterFactory factory;
	private final EditingDomain domain;

	/**
	 * @param object  the element
	 * @param source  its item property source
	 * @param factory the adapter factory of the item providers
	 * @param domain  the editing domain whose command stack takes every change
	 */
	public EditPropertySource(EObject object, IItemPropertySource source, AdapterFactory factory, EditingDomain domain) {
		this.object = object;
		this.source = source;
		this.factory = factory;
		this.domain = domain;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
			if (descriptor.getFeature(object) instanceof EStructuralFeature feature
					&& !(feature instanceof EReference reference && reference.isContainment())) {
				descriptors.add(new EditPropertyDescriptor(object, descriptor, feature, factory));
			}
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return object.eGet((EStructuralFeature) id);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return object.eIsSet((EStructuralFeature) id);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Resetting would bypass the field's own rules; a value is changed by typing or choosing it.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		FeatureEditing.set(domain, object, (EStructuralFeature) id, value);
	}
}
