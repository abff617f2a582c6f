package no.avtalebenk.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import no.avtalebenk.app.help.HelpView;
import no.avtalebenk.charts.ui.ComparisonView;
import no.avtalebenk.charts.ui.ExplanationView;
import no.avtalebenk.charts.ui.MonteCarloView;
import no.avtalebenk.charts.ui.PaymentsView;
import no.avtalebenk.charts.ui.ProjectionsView;
import no.avtalebenk.charts.ui.pivot.PivotView;

/**
 * The negotiator's perspective: the payments of the open agreement, with the Monte Carlo projection,
 * the scenario comparison, the explanation of a payment and the payments pivot stacked behind them
 * (all need the room),
 * and the installed projection models below; the case projects in the Project Explorer on the left,
 * and their problems in the Problems view next to the projection models.
 */
public class NegotiationPerspective implements IPerspectiveFactory {

	/** The perspective's id. */
	public static final String ID = "no.avtalebenk.app.perspective";
	private static final String CHARTS_FOLDER = "no.avtalebenk.app.charts";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		IFolderLayout charts = layout.createFolder(CHARTS_FOLDER, IPageLayout.TOP, 0.55f, layout.getEditorArea());
		charts.addView(PaymentsView.ID);
		charts.addView(MonteCarloView.ID);
		charts.addView(ComparisonView.ID);
		charts.addView(ExplanationView.ID);
		charts.addView(PivotView.ID);
		layout.addView(ProjectionsView.ID, IPageLayout.BOTTOM, 0.78f, CHARTS_FOLDER);
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, CHARTS_FOLDER);
		layout.addView(IPageLayout.ID_PROBLEM_VIEW, IPageLayout.RIGHT, 0.5f, ProjectionsView.ID);
		// Hjelp › Hjelpeinnhold and F1 open the help beside the charts, not over them.
		layout.addPlaceholder(HelpView.ID, IPageLayout.RIGHT, 0.62f, CHARTS_FOLDER);
		// Agreement files open in the editor area below the charts; the Properties view of the element
		// selected in the agreement editor opens beside it.
		layout.addPlaceholder(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.7f, layout.getEditorArea());
		// File › New lists the case wizard first.
		layout.addNewWizardShortcut("no.avtalebenk.cases.ui.newCaseWizard");
		Perspectives.addShortcuts(layout);
	}
}
