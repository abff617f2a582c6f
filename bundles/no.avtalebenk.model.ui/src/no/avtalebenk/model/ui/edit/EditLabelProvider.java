package no.avtalebenk.model.ui.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * A JFace label provider over EMF's {@link IItemLabelProvider}s (what emf.edit.ui's
 * AdapterFactoryLabelProvider does), for elements and the root's {@link EditContentProvider.Group}s
 * ("Scenarier (4)"). Images are the workbench's shared folder and element images.
 */
public class EditLabelProvider extends LabelProvider {

	private final AdapterFactory factory;

	/** @param factory the adapter factory of the item providers */
	public EditLabelProvider(AdapterFactory factory) {
		this.factory = factory;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof EditContentProvider.Group group) {
			return NLS.bind(EditMessages.Text_group, ModelTexts.feature(group.feature()), group.elements().size());
		}
		if (element instanceof EObject object && factory.adapt(object, IItemLabelProvider.class) instanceof IItemLabelProvider labels) {
			return labels.getText(object);
		}
		return element == null ? "" : element.toString();
	}

	@Override
	public Image getImage(Object element) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return images.getImage(element instanceof EditContentProvider.Group ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_ELEMENT);
	}
}
