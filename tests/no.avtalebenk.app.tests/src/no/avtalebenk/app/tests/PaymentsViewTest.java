package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

import no.avtalebenk.app.NegotiationPerspective;
import no.avtalebenk.charts.ui.PaymentsView;

/**
 * Runs in the real workbench under Xvfb: the window opens on the negotiation perspective and shows
 * the example's payments as a chart.
 */
class PaymentsViewTest {

	@Test
	void workbenchOpensOnTheNegotiationPerspective() {
		IWorkbenchPage page = window().getActivePage();
		assertEquals(NegotiationPerspective.ID, page.getPerspective().getId());
	}

	@Test
	void paymentsViewShowsTheExamplePaymentsAsAChart() {
		PaymentsView view = (PaymentsView) window().getActivePage().findView(PaymentsView.ID);
		assertNotNull(view, "the payments view is open");
		assertNotNull(view.getChart(), "the example was computed");
		CategoryDataset dataset = view.getChart().getCategoryPlot().getDataset();
		// 589 453 pupils × NOK 222.78 = NOK 131 318 339.34
		assertEquals(new BigDecimal("131318339.34"), dataset.getValue("2026", "grunnskole"));
		// 302 775 årsverk × NOK 181.81 / 3 = NOK 18 349 174.25
		assertEquals(new BigDecimal("18349174.25"), dataset.getValue("2027", "administrasjon"));
	}

	@Test
	void chartIsVisibleInTheWindow() {
		// let the window lay itself out before measuring
		Workbench.processEvents();
		List<ChartComposite> charts = new ArrayList<>();
		collect(window().getShell(), charts);
		assertEquals(1, charts.size());
		ChartComposite chart = charts.get(0);
		assertTrue(chart.isVisible());
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
