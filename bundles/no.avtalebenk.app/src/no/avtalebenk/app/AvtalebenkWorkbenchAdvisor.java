package no.avtalebenk.app;

import java.util.function.Consumer;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import no.avtalebenk.cases.ui.CurrentCase;

/**
 * Opens the workbench window on the negotiation perspective, titled with the current case, with the
 * menus of {@link AvtalebenkActionBarAdvisor}.
 */
public class AvtalebenkWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// A negotiator expects the negotiation perspective, not yesterday's layout; the case itself is remembered.
		configurer.setSaveAndRestore(false);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return NegotiationPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			private Consumer<CurrentCase.State> title;

			@Override
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
				return new AvtalebenkActionBarAdvisor(actionBars);
			}

			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer window = getWindowConfigurer();
				window.setInitialSize(new Point(1200, 800));
				window.setShowCoolBar(false);
				window.setShowStatusLine(true);
				// Long runs (Monte Carlo) are jobs: their progress belongs in the window's status line.
				window.setShowProgressIndicator(true);
				window.setTitle("Avtalebenk");
			}

			@Override
			public void postWindowOpen() {
				IWorkbenchWindowConfigurer window = getWindowConfigurer();
				Display display = window.getWindow().getShell().getDisplay();
				title = state -> display.asyncExec(() -> {
					if (window.getWindow().getShell() != null && !window.getWindow().getShell().isDisposed()) {
						window.setTitle("Avtalebenk – " + state.folder().getFileName());
					}
				});
				CurrentCase current = CurrentCase.get();
				current.addListener(title);
				title.accept(current.state());
			}

			@Override
			public void postWindowClose() {
				if (title != null) {
					CurrentCase.get().removeListener(title);
				}
			}
		};
	}
}
