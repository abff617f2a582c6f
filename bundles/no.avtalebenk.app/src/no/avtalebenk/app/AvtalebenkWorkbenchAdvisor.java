package no.avtalebenk.app;

import java.util.function.Consumer;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

import no.avtalebenk.cases.ui.CurrentCase;

/**
 * Opens the workbench window, on the negotiation perspective the first time and then as the user left
 * it, titled with the current case, with the menus of {@link AvtalebenkActionBarAdvisor}. The workbench shows the workspace, where each case is a
 * project: its resources have the IDE's labels and icons, and the workspace is saved when the workbench
 * closes.
 */
public class AvtalebenkWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// The layout (views opened, moved, resized; the perspectives open) comes back at the next start, as
		// does the case; a first start opens the negotiation perspective.
		configurer.setSaveAndRestore(true);
		// The Project Explorer and the Problems view show resources through the IDE's adapters and images.
		IDE.registerAdapters();
		Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
		configurer.declareImage(IDE.SharedImages.IMG_OBJ_PROJECT,
				ImageDescriptor.createFromURL(FileLocator.find(ide, IPath.fromPortableString("icons/full/obj16/prj_obj.png"))), true);
		configurer.declareImage(IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED,
				ImageDescriptor.createFromURL(FileLocator.find(ide, IPath.fromPortableString("icons/full/obj16/cprj_obj.png"))), true);
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public boolean preShutdown() {
		try {
			// the case projects and their markers are there at the next start
			ResourcesPlugin.getWorkspace().save(true, null);
			LayoutLanguage.remember();
		} catch (CoreException e) {
			ILog.of(AvtalebenkWorkbenchAdvisor.class).error("The workspace could not be saved", e);
		}
		return super.preShutdown();
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
