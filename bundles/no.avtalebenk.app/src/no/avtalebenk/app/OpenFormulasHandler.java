package no.avtalebenk.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import no.avtalebenk.examples.Examples;

/**
 * Opens the example's remuneration formulas (kopinor.vederlag) in the formula editor, so that a
 * negotiator can read and try changes to the rates with content assist, hover and validation. The
 * files are copied once into the workspace folder ({@value #FOLDER}) and then left alone: edits
 * made there survive the next start.
 */
public class OpenFormulasHandler extends AbstractHandler {

	/** The command's id. */
	public static final String COMMAND = "no.avtalebenk.app.openFormulas";
	/** The folder in the workspace that holds the copied example files. */
	public static final String FOLDER = "eksempel-ks-kopinor-2026-2027";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			Path formulas = copyExample();
			page.setEditorAreaVisible(true);
			return IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(formulas.toUri()));
		} catch (IOException | PartInitException e) {
			throw new ExecutionException("The example's formula file could not be opened: " + e.getMessage(), e);
		}
	}

	/** @return kopinor.vederlag in the workspace, with the test file that imports it beside it */
	static Path copyExample() throws IOException {
		Path folder = workspace().resolve(FOLDER);
		Files.createDirectories(folder);
		for (String resource : List.of(Examples.FORMULAS, Examples.TESTS)) {
			Path target = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
			if (!Files.exists(target)) {
				// a sibling temporary file and a move, so that a failed copy leaves no half file
				Path temp = Files.createTempFile(folder, ".copy", ".tmp");
				try (InputStream in = Examples.open(resource)) {
					Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
					Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
				} finally {
					Files.deleteIfExists(temp);
				}
			}
		}
		return folder.resolve(Examples.FORMULAS.substring(Examples.FORMULAS.lastIndexOf('/') + 1));
	}

	private static Path workspace() throws IOException {
		var location = Platform.getInstanceLocation();
		if (location != null && location.getURL() != null && !location.isReadOnly()) {
			return Path.of(location.getURL().getPath());
		}
		return Path.of(System.getProperty("user.home"), ".avtalebenk");
	}
}
