package no.avtalebenk.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the workbench window on the negotiation perspective. */
public class AvtalebenkWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// A negotiator expects the example, not yesterday's layout, until saved work exists.
		configurer.setSaveAndRestore(false);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return NegotiationPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer window = getWindowConfigurer();
				window.setInitialSize(new Point(1200, 800));
				window.setShowCoolBar(false);
				window.setShowStatusLine(true);
				// Long runs (Monte Carlo) are jobs: their progress belongs in the window's status line.
				window.setShowProgressIndicator(true);
				window.setTitle("Avtalebenk – KS–Kopinor 2026–2027");
			}
		};
	}
}
