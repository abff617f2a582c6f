package no.avtalebenk.app.help;

import java.util.function.Consumer;

import org.eclipse.help.IContext;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import no.avtalebenk.app.Messages;

/**
 * The workbench's help user interface (extension point {@code org.eclipse.ui.helpSupport}): Hjelp ›
 * Hjelpeinnhold, F1 context help and links to help topics all open the {@link HelpView}.
 */
public class AvtalebenkHelpUI extends AbstractHelpUI {

	@Override
	public void displayHelp() {
		withView(HelpView::showFirstGuide);
	}

	@Override
	public void displayContext(IContext context, int x, int y) {
		withView(view -> view.showContext(context));
	}

	@Override
	public void displayHelpResource(String href) {
		withView(view -> view.showTopic(href));
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return false;
	}

	private static void withView(Consumer<HelpView> action) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			action.accept((HelpView) page.showView(HelpView.ID));
		} catch (PartInitException e) {
			StatusManager.getManager().handle(
					new Status(IStatus.ERROR, "no.avtalebenk.app", NLS.bind(Messages.Help_notOpened, e.getMessage()), e),
					StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
