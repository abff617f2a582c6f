package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

/** The main menu has the menus, items, contribution groups and key bindings an Eclipse user expects. */
class MainMenuTest {

	@Test
	void theMenuBarHoldsFileEditAvtalebenkWindowHelpInThatOrder() {
		assertEquals(List.of("Fil", "Rediger", "Avtalebenk", "Vindu", "Hjelp"), labels(window().getShell().getMenuBar()));
	}

	@Test
	void editHoldsUndoAndCopyAndTheRestOfTheStandardEditing() {
		List<String> edit = items("Rediger");
		for (String expected : List.of("Angre", "Gjør om", "Klipp ut", "Kopier", "Lim inn", "Slett", "Merk alt",
				"Søk/erstatt…")) {
			assertTrue(edit.contains(expected), expected + " in " + edit);
		}
	}

	@Test
	void fileWindowAndHelpHoldTheirStandardItems() {
		List<String> file = items("Fil");
		for (String expected : List.of("Ny", "Lukk", "Lukk alle", "Lagre", "Lagre som…", "Lagre alle", "Tilbakestill",
				"Importer…", "Eksporter…", "Nylig brukte filer", "Avslutt")) {
			assertTrue(file.contains(expected), expected + " in " + file);
		}
		List<String> windowMenu = items("Vindu");
		for (String expected : List.of("Åpne perspektiv", "Vis visning", "Tilbakestill perspektiv…", "Innstillinger…")) {
			assertTrue(windowMenu.contains(expected), expected + " in " + windowMenu);
		}
		// the workbench adds its own items (Show Active Keybindings…) between the two
		List<String> help = items("Hjelp");
		assertEquals("Hjelpeinnhold", help.get(0), help.toString());
		assertEquals("Om Avtalebenk", help.get(help.size() - 1), help.toString());
	}

	@Test
	void otherBundlesCanContributeToTheFileMenusGroups() {
		IMenuManager file = ((WorkbenchWindow) window()).getMenuBarManager()
				.findMenuUsingPath(IWorkbenchActionConstants.M_FILE);
		assertNotNull(file);
		assertNotNull(file.find(IWorkbenchActionConstants.NEW_EXT), "group new.ext");
		assertNotNull(file.find(IWorkbenchActionConstants.MB_ADDITIONS), "group additions");
	}

	@Test
	void theDefaultSchemeIsActiveWithItsStandardKeys() {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals("org.eclipse.ui.defaultAcceleratorConfiguration", bindings.getActiveScheme().getId());
		assertEquals("Ctrl+S", bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.file.save"));
		assertEquals("Ctrl+Z", bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.edit.undo"));
		assertEquals("Ctrl+C", bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.edit.copy"));
		assertEquals("Ctrl+V", bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.edit.paste"));
	}

	/** @return the labels of a main menu's items as the user reads them, once the menu has been shown */
	private static List<String> items(String menu) {
		Menu bar = window().getShell().getMenuBar();
		for (MenuItem item : bar.getItems()) {
			if (label(item).equals(menu)) {
				Menu shown = item.getMenu();
				shown.notifyListeners(SWT.Show, new Event());
				List<String> labels = labels(shown);
				shown.notifyListeners(SWT.Hide, new Event());
				return labels;
			}
		}
		throw new AssertionError("no menu " + menu + " in " + labels(bar));
	}

	private static List<String> labels(Menu menu) {
		List<String> labels = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				labels.add(label(item));
			}
		}
		return labels;
	}

	/** @return the item's text without its mnemonic and accelerator: "&Lagre\tCtrl+S" is "Lagre" */
	private static String label(MenuItem item) {
		String text = item.getText();
		int tab = text.indexOf('\t');
		return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "");
	}
}
