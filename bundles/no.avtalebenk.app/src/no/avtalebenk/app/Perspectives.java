package no.avtalebenk.app;

import org.eclipse.ui.IPageLayout;

import no.avtalebenk.charts.ui.ComparisonView;
import no.avtalebenk.charts.ui.ExplanationView;
import no.avtalebenk.charts.ui.MonteCarloView;
import no.avtalebenk.charts.ui.PaymentsView;
import no.avtalebenk.charts.ui.ProjectionsView;
import no.avtalebenk.charts.ui.pivot.PivotView;
import no.avtalebenk.charts.ui.register.RegisterView;
import no.avtalebenk.report.ui.BriefingView;

/** What every Avtalebenk perspective offers in Vindu › Åpne perspektiv and Vindu › Vis visning. */
final class Perspectives {

	private Perspectives() {
	}

	/**
	 * Lists the three perspectives in Vindu › Åpne perspektiv (the shortlist shows the current
	 * perspective's shortcuts) and the Avtalebenk views in Vindu › Vis visning.
	 *
	 * @param layout the layout of the perspective being made
	 */
	static void addShortcuts(IPageLayout layout) {
		layout.addPerspectiveShortcut(NegotiationPerspective.ID);
		layout.addPerspectiveShortcut(MediationPerspective.ID);
		layout.addPerspectiveShortcut(AnalysisPerspective.ID);
		for (String view : new String[] { PaymentsView.ID, MonteCarloView.ID, ComparisonView.ID, ExplanationView.ID,
				ProjectionsView.ID, BriefingView.ID, PivotView.ID, RegisterView.ID }) {
			layout.addShowViewShortcut(view);
		}
	}
}
