package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.paymentsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.avtalebenk.app.OpenFormulasHandler;
import no.avtalebenk.cases.ui.CurrentCase;

/** The workbench's menu opens the current case's formula file in the formula editor, and offers the case commands. */
class OpenFormulasTest {

	@AfterEach
	void closeTheEditor() {
		IWorkbenchPage page = Workbench.window().getActivePage();
		page.closeAllEditors(false);
		page.setEditorAreaVisible(false);
		Workbench.processEvents();
	}

	@Test
	void theCommandOpensTheCurrentCasesFormulaFileInTheFormulaEditor() throws Exception {
		paymentsOf(demoFolder());
		IWorkbenchWindow window = Workbench.window();
		window.getService(IHandlerService.class).executeCommand(OpenFormulasHandler.COMMAND, null);
		Workbench.processEvents();
		IEditorPart editor = window.getActivePage().getActiveEditor();
		assertEquals("no.avtalebenk.formula.ui.editor", editor.getSite().getId());
		assertEquals("kopinor.vederlag", editor.getTitle());
		Path file = Path.of(((IURIEditorInput) editor.getEditorInput()).getURI());
		// the template's agreement names kopinor.vederlag beside it, in the case folder
		assertEquals(demoFolder().resolve("kopinor.vederlag"), file);
		assertEquals(CurrentCase.get().formulaFile(), file);
	}

	@Test
	void theMainMenuOffersTheCaseCommands() {
		Workbench.processEvents();
		MenuItem[] items = Workbench.window().getShell().getMenuBar().getItems();
		MenuItem avtalebenk = Arrays.stream(items).filter(i -> i.getText().replace("&", "").equals("Avtalebenk"))
				.findFirst().orElseThrow(() -> new AssertionError(Arrays.toString(items)));
		Menu menu = avtalebenk.getMenu();
		// a menu's items are filled in when it is about to be shown
		menu.notifyListeners(SWT.Show, new Event());
		List<String> labels = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", ""))
				.filter(t -> !t.isEmpty()).toList();
		assertEquals(List.of("Ny sak…", "Åpne sak…", "Åpne sakens formelfil", "Målsøk…", "Følsomhet…"), labels);
		menu.notifyListeners(SWT.Hide, new Event());
	}
}
