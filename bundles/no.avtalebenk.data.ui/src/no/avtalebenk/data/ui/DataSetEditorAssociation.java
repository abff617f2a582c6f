package no.avtalebenk.data.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IEditorAssociationOverride;

import no.avtalebenk.data.ui.editor.DataSetEditor;

/**
 * Makes the data set editor the default for files of the content type {@value #CONTENT_TYPE}. The
 * editor is bound to that content type, but the workbench puts an editor declared as the default
 * for the file extension ({@code *.avtale}, the agreement editor) before editors bound to a content
 * type; without this, data sets would open as agreements. An editor the user chose for a file
 * (Open With) is left as chosen.
 */
public class DataSetEditorAssociation implements IEditorAssociationOverride {

	/** The content type of data set files. */
	public static final String CONTENT_TYPE = "no.avtalebenk.data.ui.dataSet";

	@Override
	public IEditorDescriptor[] overrideEditors(IEditorInput input, IContentType contentType, IEditorDescriptor[] editors) {
		return first(contentType, editors);
	}

	@Override
	public IEditorDescriptor[] overrideEditors(String fileName, IContentType contentType, IEditorDescriptor[] editors) {
		return first(contentType, editors);
	}

	@Override
	public IEditorDescriptor overrideDefaultEditor(IEditorInput input, IContentType contentType, IEditorDescriptor editor) {
		if (input instanceof IFileEditorInput file && chosenByUser(file)) {
			return editor;
		}
		return overrideDefaultEditor((String) null, contentType, editor);
	}

	@Override
	public IEditorDescriptor overrideDefaultEditor(String fileName, IContentType contentType, IEditorDescriptor editor) {
		IEditorDescriptor dataSet = isDataSet(contentType) ? dataSetEditor() : null;
		return dataSet != null ? dataSet : editor;
	}

	private static boolean chosenByUser(IFileEditorInput input) {
		try {
			return input.getFile().getPersistentProperty(IDE.EDITOR_KEY) != null;
		} catch (CoreException e) {
			return false;
		}
	}

	private static boolean isDataSet(IContentType contentType) {
		return contentType != null && CONTENT_TYPE.equals(contentType.getId());
	}

	private static IEditorDescriptor dataSetEditor() {
		return PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getEditorRegistry().findEditor(DataSetEditor.ID) : null;
	}

	/** The data set editor first among the editors offered for a data set (Open With). */
	private static IEditorDescriptor[] first(IContentType contentType, IEditorDescriptor[] editors) {
		IEditorDescriptor dataSet = isDataSet(contentType) ? dataSetEditor() : null;
		if (dataSet == null || editors == null) {
			return editors;
		}
		List<IEditorDescriptor> ordered = new ArrayList<>(List.of(dataSet));
		Arrays.stream(editors).filter(e -> e != null && !DataSetEditor.ID.equals(e.getId())).forEach(ordered::add);
		return ordered.toArray(IEditorDescriptor[]::new);
	}
}
