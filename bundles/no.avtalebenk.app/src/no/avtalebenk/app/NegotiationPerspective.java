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
 * The negotiator's perspective: the case projects in the Project Explorer on the left; the agreement
 * editor (with its scenario page and live what-if) on top once an agreement is opened, and below it
 * the payments, the scenario comparison, the payments pivot, Monte Carlo and the explanation of a
 * payment stacked in one folder; the projection models (and Properties) and the Problems in a strip
 * at the bottom. Until an agreement is opened the charts take the editor's room.
 */
public class NegotiationPerspective implements IPerspectiveFactory {

	/** The perspective's id. */
	public static final String ID = "no.avtalebenk.app.perspective";
	private static final String CHARTS_FOLDER = "no.avtalebenk.app.charts";
	private static final String TOOLS_FOLDER = "no.avtalebenk.app.tools";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		// First, so that it runs down the whole left side.
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.18f, layout.getEditorArea());
		// The scenario page needs height for its table, the what-if table and the chart: the editor
		// gets the upper part of the window, the charts the rest.
		IFolderLayout charts = layout.createFolder(CHARTS_FOLDER, IPageLayout.BOTTOM, 0.58f, layout.getEditorArea());
		charts.addView(PaymentsView.ID);
		charts.addView(ComparisonView.ID);
		charts.addView(PivotView.ID);
		charts.addView(MonteCarloView.ID);
		charts.addView(ExplanationView.ID);
		IFolderLayout tools = layout.createFolder(TOOLS_FOLDER, IPageLayout.BOTTOM, 0.74f, CHARTS_FOLDER);
		tools.addView(ProjectionsView.ID);
		tools.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		// Problems in a stack of its own, so that a problem is seen without looking behind a tab.
		layout.addView(IPageLayout.ID_PROBLEM_VIEW, IPageLayout.RIGHT, 0.5f, TOOLS_FOLDER);
		// Hjelp › Hjelpeinnhold and F1 open the help beside the charts, not over them.
		layout.addPlaceholder(HelpView.ID, IPageLayout.RIGHT, 0.62f, CHARTS_FOLDER);
		// File › New lists the case wizard first.
		layout.addNewWizardShortcut("no.avtalebenk.cases.ui.newCaseWizard");
		Perspectives.addShortcuts(layout);
	}
}
