package no.avtalebenk.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import no.avtalebenk.charts.ui.ComparisonView;
import no.avtalebenk.charts.ui.register.RegisterView;
import no.avtalebenk.report.ui.BriefingView;

/**
 * The mediator's perspective: the briefing of the current case filling most of the window, to be read
 * and exported, with the scenario comparison beside it for the figures the briefing sums up, and the
 * register of other agreements behind the comparison (what expires when).
 */
public class MediationPerspective implements IPerspectiveFactory {

	/** The perspective's id. */
	public static final String ID = "no.avtalebenk.app.mediationPerspective";
	private static final String FIGURES_FOLDER = "no.avtalebenk.app.mediation.figures";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addView(BriefingView.ID, IPageLayout.TOP, 0.95f, layout.getEditorArea());
		// What else expires when, behind the comparison: the agreements the parties also have to renew.
		IFolderLayout figures = layout.createFolder(FIGURES_FOLDER, IPageLayout.RIGHT, 0.6f, BriefingView.ID);
		figures.addView(ComparisonView.ID);
		figures.addView(RegisterView.ID);
		Perspectives.addShortcuts(layout);
	}
}
