package no.avtalebenk.model.ui.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

import no.avtalebenk.model.avtale.AgreementModel;

/**
 * A JFace tree content provider over EMF's {@link ITreeItemContentProvider}s (what emf.edit.ui's
 * AdapterFactoryContentProvider does). The root of an agreement file holds hundreds of units and
 * counts beside a few agreements and scenarios, so its children come in one {@link Group} per kind
 * (Avtaler, Kategorier, Enheter, Tall, Scenarier, Avtaleregister); below that each element's children
 * are its item provider's.
 */
public class EditContentProvider implements ITreeContentProvider {

	/**
	 * The elements of one containment feature of the root, shown as one node.
	 *
	 * @param owner   the root
	 * @param feature the feature, e.g. {@code scenarios}
	 */
	public record Group(EObject owner, EReference feature) {

		/** @return the group's elements */
		public List<?> elements() {
			return (List<?>) owner.eGet(feature);
		}
	}

	private final AdapterFactory factory;

	/** @param factory the adapter factory of the item providers */
	public EditContentProvider(AdapterFactory factory) {
		this.factory = factory;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Resource resource) {
			return resource.getContents().toArray();
		}
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Group group) {
			return group.elements().toArray();
		}
		if (parent instanceof AgreementModel model) {
			List<Group> groups = new ArrayList<>();
			for (EReference feature : model.eClass().getEAllContainments()) {
				Group group = new Group(model, feature);
				if (!group.elements().isEmpty()) {
					groups.add(group);
				}
			}
			return groups.toArray();
		}
		ITreeItemContentProvider provider = provider(parent);
		return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Group group) {
			return group.owner();
		}
		if (element instanceof EObject object && object.eContainer() instanceof AgreementModel model) {
			return new Group(model, (EReference) object.eContainingFeature());
		}
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof Group group) {
			return !group.elements().isEmpty();
		}
		if (element instanceof AgreementModel) {
			return true;
		}
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider provider(Object element) {
		return element instanceof EObject object
				&& factory.adapt(object, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider
						? provider
						: null;
	}
}
