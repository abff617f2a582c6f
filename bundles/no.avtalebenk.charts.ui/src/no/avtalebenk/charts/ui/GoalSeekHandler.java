package no.avtalebenk.charts.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import no.avtalebenk.cases.Case;

/** Opens the {@link GoalSeekDialog} on the current case (Avtalebenk › Målsøk…). */
public final class GoalSeekHandler extends AbstractHandler {

	/** The command's id. */
	public static final String COMMAND = "no.avtalebenk.charts.ui.goalSeek";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Case value = OpenCase.orSayWhy(shell, GoalSeekDialog.TITLE);
		if (value != null) {
			new GoalSeekDialog(shell, value).open();
		}
		return null;
	}
}
