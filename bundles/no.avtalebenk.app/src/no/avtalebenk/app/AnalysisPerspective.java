package no.avtalebenk.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import no.avtalebenk.charts.ui.ExplanationView;
import no.avtalebenk.charts.ui.MonteCarloView;
import no.avtalebenk.charts.ui.ProjectionsView;
import no.avtalebenk.charts.ui.pivot.PivotView;

/**
 * The analyst's perspective: the explanation of a payment beside the Monte Carlo projection, the
 * payments pivot below the explanation, and below them the installed projection models and the
 * problems of the case's files.
 */
public class AnalysisPerspective implements IPerspectiveFactory {

	/** The perspective's id. */
	public static final String ID = "no.avtalebenk.app.analysisPerspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addView(ExplanationView.ID, IPageLayout.TOP, 0.7f, layout.getEditorArea());
		layout.addView(MonteCarloView.ID, IPageLayout.RIGHT, 0.5f, ExplanationView.ID);
		layout.addView(ProjectionsView.ID, IPageLayout.BOTTOM, 0.7f, ExplanationView.ID);
		layout.addView(IPageLayout.ID_PROBLEM_VIEW, IPageLayout.BOTTOM, 0.7f, MonteCarloView.ID);
		// The sums below the explanation, which shows the tree behind one of them.
		layout.addView(PivotView.ID, IPageLayout.BOTTOM, 0.5f, ExplanationView.ID);
		Perspectives.addShortcuts(layout);
	}
}
