package no.avtalebenk.model.ui.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * The item providers of the agreement model: EMF's reflective ones (children are the containment
 * features, properties every feature), with the texts people read ({@link AgreementItemProvider}).
 */
public class AgreementItemProviderAdapterFactory extends ReflectiveItemProviderAdapterFactory {

	/**
	 * @return the factory the editor works with: these item providers composed as the editing domain
	 *         and the JFace adapters expect
	 */
	public static ComposedAdapterFactory composed() {
		return new ComposedAdapterFactory(new AgreementItemProviderAdapterFactory());
	}

	/** Replaces the reflective factory's provider, which its constructor makes, with the readable one. */
	public AgreementItemProviderAdapterFactory() {
		reflectiveItemProviderAdapter = new AgreementItemProvider(this);
	}

	@Override
	public Adapter createAdapter(Notifier target) {
		// One stateless provider serves every element, as the reflective factory does.
		return reflectiveItemProviderAdapter;
	}
}
