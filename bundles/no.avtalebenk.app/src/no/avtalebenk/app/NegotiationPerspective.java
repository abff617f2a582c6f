package no.avtalebenk.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import no.avtalebenk.charts.ui.PaymentsView;

/** The negotiator's perspective: the payments of the open agreement. */
public class NegotiationPerspective implements IPerspectiveFactory {

	/** The perspective's id. */
	public static final String ID = "no.avtalebenk.app.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addStandaloneView(PaymentsView.ID, true, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
	}
}
