package no.avtalebenk.charts.ui;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.ui.CaseMessages;
import no.avtalebenk.cases.ui.CurrentCase;

/** The current case for a dialog that works on it, or a message saying why there is none. */
final class OpenCase {

	private OpenCase() {
	}

	/**
	 * @param shell the window
	 * @param title the dialog's title
	 * @return the current case when it is open; otherwise null, after telling the user why
	 */
	static Case orSayWhy(Shell shell, String title) {
		return switch (CurrentCase.get().state()) {
		case CurrentCase.Open open -> open.value();
		case CurrentCase.Opening opening -> {
			MessageDialog.openInformation(shell, title, NLS.bind(Messages.OpenCase_opening, opening.folder()));
			yield null;
		}
		case CurrentCase.Failed failed -> {
			MessageDialog.openError(shell, title,
					NLS.bind(Messages.OpenCase_failed, failed.folder(), CaseMessages.describe(failed.error())));
			yield null;
		}
		};
	}
}
