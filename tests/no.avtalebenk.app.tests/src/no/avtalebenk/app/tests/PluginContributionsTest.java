package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import no.avtalebenk.charts.ui.ChartKindsView;
import no.avtalebenk.charts.ui.ProjectionsView;
import no.avtalebenk.data.ui.wizards.ImportCountsWizard;

/**
 * The example plugin (no.avtalebenk.examples.plugin, in this runtime as an analyst would install it)
 * shows in the workbench with no change to the core: its projection model in Projeksjonsmodeller, its
 * chart kind in Diagramtyper fra tillegg, its importer in the import wizard, each with its bokmål label.
 */
class PluginContributionsTest {

	private static final String PLUGIN = "no.avtalebenk.examples.plugin";

	private static int row(Table table, String name) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(0).equals(name)) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void projectionModelIsListed() throws Exception {
		IWorkbenchPage page = window().getActivePage();
		ProjectionsView view = (ProjectionsView) page.showView(ProjectionsView.ID);
		int row = row(view.getTable(), "lonnsindeks");
		assertTrue(row >= 0, "lonnsindeks is listed among " + view.getTable().getItemCount() + " model(s)");
		// the plugin's OSGI-INF/l10n/bundle.properties, in bokmål
		assertEquals("Avtalens formler med lønnsindeks", view.getTable().getItem(row).getText(1));
		assertEquals(PLUGIN, view.getTable().getItem(row).getText(2));
	}

	@Test
	void chartKindIsListedWithItsCommand() throws Exception {
		IWorkbenchPage page = window().getActivePage();
		ChartKindsView view = (ChartKindsView) page.showView(ChartKindsView.ID);
		Table table = view.getTable();
		int row = row(table, "lonnsindeks");
		assertTrue(row >= 0, "lonnsindeks is listed among " + table.getItemCount() + " chart kind(s)");
		assertEquals("Samlet vederlag med avtalens indeks og med lønnsindeks", table.getItem(row).getText(1));
		assertEquals(PLUGIN, table.getItem(row).getText(2));
		assertEquals("ja", table.getItem(row).getText(3), "drawn in the briefing");
		view.select(row);
		assertTrue(view.getDescriptionText().endsWith("Tegnes med: ./avtalebenk chart --kind lonnsindeks --out lonnsindeks.svg"),
				view.getDescriptionText());
		assertEquals(java.util.List.of(), view.getProblems(), "no broken chart kinds in this runtime");
		page.hideView(view);
	}

	@Test
	void importerIsOfferedByTheImportWizard() throws Exception {
		ImportCountsWizard wizard = new ImportCountsWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		DataSets.Dialog dialog = new DataSets.Dialog(window().getShell(), wizard);
		dialog.create();
		try {
			String[] kinds = wizard.getRequestPage().getKindField().getItems();
			assertTrue(Arrays.asList(kinds).contains(
					"skoleliste – Skoleliste: kommunenummer;skole;elever, summert per kommune (eksempel)"),
					Arrays.toString(kinds));
		} finally {
			dialog.close();
		}
	}
}
