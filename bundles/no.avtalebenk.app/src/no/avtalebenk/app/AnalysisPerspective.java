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
 * problems of the case's files; on the left the case's files in the Project Explorer, from where
 * data sets open in the data set editor.
 */
public class AnalysisPerspective implements IPerspectiveFactory {

	/** The perspective's id. */
	public static final String ID = "no.avtalebenk.app.analysisPerspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addView(ExplanationView.ID, IPageLayout.TOP, 0.7f, layout.getEditorArea());
		// The case's files, its data sets among them, along the whole left side: a double-click opens a
		// data set in its editor, whose selected count the Properties view describes.
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.18f, ExplanationView.ID);
		layout.addPlaceholder(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.6f, IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addView(MonteCarloView.ID, IPageLayout.RIGHT, 0.5f, ExplanationView.ID);
		layout.addView(ProjectionsView.ID, IPageLayout.BOTTOM, 0.7f, ExplanationView.ID);
		layout.addView(IPageLayout.ID_PROBLEM_VIEW, IPageLayout.BOTTOM, 0.7f, MonteCarloView.ID);
		// The sums below the explanation, which shows the tree behind one of them.
		layout.addView(PivotView.ID, IPageLayout.BOTTOM, 0.5f, ExplanationView.ID);
		Perspectives.addShortcuts(layout);
	}
}
