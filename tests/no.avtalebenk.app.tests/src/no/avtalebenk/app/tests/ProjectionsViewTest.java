package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import no.avtalebenk.charts.ui.ProjectionsView;

/** The projection models view lists what plug-ins contribute, including a plug-in it has never heard of. */
class ProjectionsViewTest {

	@Test
	void modelContributedByThisTestBundleIsListed() throws Exception {
		IWorkbenchPage page = window().getActivePage();
		assertNotNull(page.findViewReference(ProjectionsView.ID), "the negotiation perspective lays the view out");
		ProjectionsView view = (ProjectionsView) page.showView(ProjectionsView.ID);
		Table table = view.getTable();
		int row = -1;
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(0).equals("app-sample")) {
				row = i;
			}
		}
		assertTrue(row >= 0, "app-sample is listed among " + table.getItemCount() + " model(s)");
		// as this bundle's plugin.xml contributes it
		assertEquals("Eksempel: 2 kr per telt person", table.getItem(row).getText(1));
		assertEquals("no.avtalebenk.app.tests", table.getItem(row).getText(2));
		view.select(row);
		assertTrue(view.getDescriptionText().contains(
				"A projection model contributed by the UI tests' own plug-in: NOK 2 per counted person."),
				view.getDescriptionText());
	}
}
