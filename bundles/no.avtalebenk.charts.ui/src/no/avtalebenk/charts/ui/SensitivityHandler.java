package no.avtalebenk.charts.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import no.avtalebenk.cases.Case;

/** Opens the {@link SensitivityDialog} on the current case (Avtalebenk › Følsomhet…). */
public final class SensitivityHandler extends AbstractHandler {

	/** The command's id. */
	public static final String COMMAND = "no.avtalebenk.charts.ui.sensitivity";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Case value = OpenCase.orSayWhy(shell, SensitivityDialog.TITLE);
		if (value != null) {
			new SensitivityDialog(shell, value).open();
		}
		return null;
	}
}
