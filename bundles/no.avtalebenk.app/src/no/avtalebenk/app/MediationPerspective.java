package no.avtalebenk.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import no.avtalebenk.charts.ui.ComparisonView;
import no.avtalebenk.charts.ui.register.RegisterView;
import no.avtalebenk.report.ui.BriefingView;

/**
 * The mediator's perspective: the briefing of the current case filling most of the window, to be read
 * and exported, with the scenario comparison beside it for the figures the briefing sums up, and the
 * register of other agreements below that (what expires when).
 */
public class MediationPerspective implements IPerspectiveFactory {

	/** The perspective's id. */
	public static final String ID = "no.avtalebenk.app.mediationPerspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addView(BriefingView.ID, IPageLayout.TOP, 0.95f, layout.getEditorArea());
		layout.addView(ComparisonView.ID, IPageLayout.RIGHT, 0.6f, BriefingView.ID);
		// What else expires when, below the comparison: the agreements the parties also have to renew.
		layout.addView(RegisterView.ID, IPageLayout.BOTTOM, 0.4f, ComparisonView.ID);
		Perspectives.addShortcuts(layout);
	}
}
