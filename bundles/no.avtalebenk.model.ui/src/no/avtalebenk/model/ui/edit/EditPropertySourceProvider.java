package no.avtalebenk.model.ui.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the Properties view an {@link EditPropertySource} for each element of the agreement model
 * (what emf.edit.ui's AdapterFactoryContentProvider does as a property source provider).
 */
public class EditPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory factory;
	private final EditingDomain domain;

	/**
	 * @param factory the adapter factory of the item providers
	 * @param domain  the editing domain whose command stack takes every change
	 */
	public EditPropertySourceProvider(AdapterFactory factory, EditingDomain domain) {
		this.factory = factory;
		this.domain = domain;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof EObject element
				&& factory.adapt(element, IItemPropertySource.class) instanceof IItemPropertySource source) {
			return new EditPropertySource(element, source, factory, domain);
		}
		return null;
	}
}
