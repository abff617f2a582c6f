package no.avtalebenk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import no.avtalebenk.cases.ui.CurrentCase;

/**
 * Asks for an empty or new folder, creates a case there from the bundled KS–Kopinor template (agreement
 * with its scenarios, formula file, test file, an empty units file) and makes it the current case. A
 * folder that already holds files is refused, so that nothing of the user's is overwritten.
 */
public class NewCaseHandler extends AbstractHandler {

	/** The command's id. */
	public static final String COMMAND = "no.avtalebenk.app.newCase";

	private static final String TITLE = Messages.NewCase_title;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		CurrentCase current = CurrentCase.get();
		DirectoryDialog dialog = new DirectoryDialog(shell, SWT.SAVE);
		dialog.setText(TITLE);
		dialog.setMessage(Messages.NewCase_chooseFolder);
		Path parent = current.state().folder().getParent();
		if (parent != null) {
			dialog.setFilterPath(parent.toString());
		}
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path folder = Path.of(chosen);
		String refusal = refusal(folder);
		if (refusal != null) {
			MessageDialog.openError(shell, TITLE, refusal);
			return null;
		}
		current.create(folder, CaseDialogs.refusal(shell, TITLE, NLS.bind(Messages.NewCase_notCreated, folder)));
		return null;
	}

	/**
	 * @param folder the chosen folder
	 * @return why a case cannot be created there, or null when it can (the folder is new or empty)
	 */
	public static String refusal(Path folder) {
		if (!Files.exists(folder)) {
			return null;
		}
		if (!Files.isDirectory(folder)) {
			return NLS.bind(Messages.NewCase_isFile, folder);
		}
		try (Stream<Path> entries = Files.list(folder)) {
			if (entries.findAny().isPresent()) {
				return NLS.bind(Messages.NewCase_notEmpty, folder);
			}
		} catch (IOException e) {
			return NLS.bind(Messages.NewCase_unreadable, folder, e.getMessage());
		}
		return null;
	}
}
