package no.avtalebenk.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.avtalebenk.app.OpenFormulasHandler;
import no.avtalebenk.examples.Examples;

/** The workbench's menu opens the example's formulas in the formula editor. */
class OpenFormulasTest {

	@AfterEach
	void closeTheEditor() {
		IWorkbenchPage page = Workbench.window().getActivePage();
		page.closeAllEditors(false);
		page.setEditorAreaVisible(false);
		Workbench.processEvents();
	}

	@Test
	void theCommandOpensTheExampleFormulasInTheFormulaEditor() throws Exception {
		IWorkbenchWindow window = Workbench.window();
		window.getService(IHandlerService.class).executeCommand(OpenFormulasHandler.COMMAND, null);
		Workbench.processEvents();
		IEditorPart editor = window.getActivePage().getActiveEditor();
		assertEquals("no.avtalebenk.formula.ui.editor", editor.getSite().getId());
		assertEquals("kopinor.vederlag", editor.getTitle());
		Path file = Path.of(((IURIEditorInput) editor.getEditorInput()).getURI());
		assertEquals(OpenFormulasHandler.FOLDER, file.getParent().getFileName().toString());
		try (InputStream bundled = Examples.open(Examples.FORMULAS)) {
			assertEquals(new String(bundled.readAllBytes(), StandardCharsets.UTF_8), Files.readString(file));
		}
		// the test file imports the formulas by their file name, so it lies beside them
		assertTrue(Files.exists(file.resolveSibling("kopinor-tester.vederlag")));
	}

	@Test
	void theMainMenuOffersIt() {
		Workbench.processEvents();
		MenuItem[] items = Workbench.window().getShell().getMenuBar().getItems();
		assertTrue(Arrays.stream(items).anyMatch(i -> i.getText().replace("&", "").equals("Avtalebenk")),
				Arrays.toString(items));
	}
}
