package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.cell;
import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.paymentsOf;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

import no.avtalebenk.app.NegotiationPerspective;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.charts.ui.PaymentsView;

/**
 * Runs in the real workbench under Xvfb: the window opens on the negotiation perspective, and the first
 * start (a fresh workspace, no case remembered) creates the demo case from the template in the
 * workspace, makes it current and shows its payments as a chart and a table. Tests that make another
 * case current make the demo current again when they end.
 */
class PaymentsViewTest {

	/** The template's name of its category grunnskole (avtale.avtale), as the views show it. */
	static final String GRUNNSKOLE = "Grunnskole, unntatt musikk- og kulturskoler";

	@Test
	void workbenchOpensOnTheNegotiationPerspective() {
		IWorkbenchPage page = window().getActivePage();
		assertEquals(NegotiationPerspective.ID, page.getPerspective().getId());
	}

	@Test
	void theFirstStartMakesTheTemplateCaseInTheWorkspaceCurrent() throws Exception {
		PaymentsView view = paymentsOf(demoFolder());
		assertTrue(Cases.isCase(demoFolder()), "the template was copied into " + demoFolder());
		assertEquals(demoFolder(), CurrentCase.get().state().folder());
		assertEquals(demoFolder().toString(),
				InstanceScope.INSTANCE.getNode(CurrentCase.PREFERENCES).get(CurrentCase.FOLDER_KEY, null),
				"remembered for the next start");
		// The template's 2026 total: the category lines of kopinor.vederlag (2023 rates with the published KPI steps) on its national counts.
		assertEquals("213 099 052,06 kr", cell(view, PaymentsView.TOTAL_ROW, 2026));
		// 589 453 pupils × NOK 237,71 (222,78 with the published KPI steps) = NOK 140 118 872,63
		assertEquals("140 118 872,63 kr", cell(view, GRUNNSKOLE, 2026));
		assertEquals("Vederlag: " + CurrentCase.DEMO_FOLDER, view.getPartName());
		assertTrue(view.getHeadingText().startsWith("Sak: " + CurrentCase.DEMO_FOLDER + " (" + demoFolder() + ")"),
				view.getHeadingText());
		assertNull(view.getMessageText(), "figures, not a message");
	}

	@Test
	void paymentsViewShowsTheCasePaymentsAsAChart() throws Exception {
		PaymentsView view = paymentsOf(demoFolder());
		assertNotNull(view.getChart(), "the case was computed");
		CategoryDataset dataset = view.getChart().getCategoryPlot().getDataset();
		// 589 453 pupils × NOK 237.71 (222.78 with the published KPI steps) = NOK 140 118 872.63
		assertEquals(new BigDecimal("140118872.63"), dataset.getValue("2026", GRUNNSKOLE));
		// 302 775 årsverk × NOK 194.00 (181.81 with the published KPI steps) / 3 = NOK 19 579 450.00
		assertEquals(new BigDecimal("19579450.00"), dataset.getValue("2027", "Administrative årsverk (grunnlaget)"));
		assertEquals(CurrentCase.DEMO_FOLDER + ": vederlag per kategori og år", view.getChart().getTitle().getText());
	}

	@Test
	void chartIsVisibleInTheWindow() throws Exception {
		paymentsOf(demoFolder());
		// let the window lay itself out before measuring
		Workbench.processEvents();
		List<ChartComposite> charts = new ArrayList<>();
		collect(window().getShell(), charts);
		List<ChartComposite> visible = charts.stream().filter(ChartComposite::isVisible).toList();
		assertEquals(1, visible.size());
		ChartComposite chart = visible.get(0);
		assertTrue(chart.getSize().x > 300 && chart.getSize().y > 200, "chart size " + chart.getSize());
	}

	private static void collect(Control control, List<ChartComposite> found) {
		if (control instanceof ChartComposite chart) {
			found.add(chart);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, found);
			}
		}
	}
}
