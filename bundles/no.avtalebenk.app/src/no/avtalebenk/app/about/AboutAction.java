package no.avtalebenk.app.about;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;

import no.avtalebenk.app.Messages;

/** Hjelp › Om Avtalebenk: opens the {@link AboutDialog}, which lists what the workbench's own About cannot. */
public class AboutAction extends Action implements IWorkbenchAction {

	private IWorkbenchWindow window;

	/** @param window the window whose shell the dialog belongs to */
	public AboutAction(IWorkbenchWindow window) {
		super(Messages.Action_about);
		this.window = window;
		setId(ActionFactory.ABOUT.getId());
	}

	@Override
	public void run() {
		if (window != null) {
			new AboutDialog(window.getShell()).open();
		}
	}

	@Override
	public void dispose() {
		window = null;
	}
}
