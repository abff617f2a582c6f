package no.avtalebenk.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import no.avtalebenk.cases.ui.CurrentCase;

/**
 * Opens the current case's remuneration formulas (the formula file its agreement names) in the formula
 * editor, so that a negotiator can read and change the rates with content assist, hover and validation.
 * The file is the case's own: saving it changes the case, and the views follow. A case that cannot be
 * opened because of errors in its formula file still has the file opened, so that the errors can be
 * mended.
 */
public class OpenFormulasHandler extends AbstractHandler {

	/** The command's id. */
	public static final String COMMAND = "no.avtalebenk.app.openFormulas";

	private static final String TITLE = Messages.OpenFormulas_title;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		CurrentCase current = CurrentCase.get();
		Path formulas = current.formulaFile();
		if (formulas == null) {
			MessageDialog.openError(window.getShell(), TITLE,
					NLS.bind(Messages.OpenFormulas_noFormulaFile, current.state().folder()));
			return null;
		}
		if (!Files.isRegularFile(formulas)) {
			MessageDialog.openError(window.getShell(), TITLE,
					NLS.bind(Messages.OpenFormulas_missing, current.state().folder(), formulas.getFileName()));
			return null;
		}
		IWorkbenchPage page = window.getActivePage();
		try {
			page.setEditorAreaVisible(true);
			// The case's project file, when the workspace has it, so that the editor is the one its markers open.
			for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(formulas.toUri())) {
				if (file.exists()) {
					return IDE.openEditor(page, file);
				}
			}
			return IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(formulas.toUri()));
		} catch (PartInitException e) {
			throw new ExecutionException("The case's formula file " + formulas + " could not be opened: " + e.getMessage(), e);
		}
	}
}
