package no.avtalebenk.app;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import no.avtalebenk.cases.ui.CurrentCase;

/**
 * Asks for a case folder and makes it the current case. The case is opened (parsed and validated) in a
 * job; a folder that is not a case, or whose files have errors, is refused in an error dialog naming
 * each problem and its place, and the current case stays as it was.
 */
public class OpenCaseHandler extends AbstractHandler {

	/** The command's id. */
	public static final String COMMAND = "no.avtalebenk.app.openCase";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		CurrentCase current = CurrentCase.get();
		DirectoryDialog dialog = new DirectoryDialog(shell, SWT.OPEN);
		dialog.setText(Messages.OpenCase_title);
		dialog.setMessage(Messages.OpenCase_chooseFolder);
		dialog.setFilterPath(current.state().folder().toString());
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path folder = Path.of(chosen);
		current.open(folder, CaseDialogs.refusal(shell, Messages.OpenCase_title,
				NLS.bind(Messages.OpenCase_notOpened, folder)));
		return null;
	}
}
