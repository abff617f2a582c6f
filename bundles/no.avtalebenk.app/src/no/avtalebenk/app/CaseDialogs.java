package no.avtalebenk.app;

import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.ui.CaseMessages;

/** The error dialogs of the case commands. */
final class CaseDialogs {

	private CaseDialogs() {
	}

	/**
	 * @param shell the window
	 * @param title the dialog's title, the command's name
	 * @param what  what could not be done, e.g. «Mappen … kan ikke åpnes som sak.»
	 * @return told, in any thread, why a case was refused: shows it in an error dialog with each problem
	 *         and its place, and says that the current case is unchanged
	 */
	static Consumer<CaseException> refusal(Shell shell, String title, String what) {
		return error -> shell.getDisplay().asyncExec(() -> {
			if (!shell.isDisposed()) {
				MessageDialog.openError(shell, title,
						NLS.bind(Messages.CaseDialogs_refused, what, CaseMessages.describe(error)));
			}
		});
	}
}
