package no.avtalebenk.data.ui.wizards;

import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;

/** Tells the user in the window's status line what a wizard did, without a dialog to close. */
final class Status {

	private Status() {
	}

	static void tell(IWorkbench workbench, String message) {
		IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		IWorkbenchPart part = window == null || window.getActivePage() == null ? null : window.getActivePage().getActivePart();
		if (part != null && part.getSite() instanceof IViewSite view) {
			view.getActionBars().getStatusLineManager().setMessage(message);
		} else if (part != null && part.getSite() instanceof IEditorSite editor) {
			editor.getActionBars().getStatusLineManager().setMessage(message);
		}
	}
}
