package no.avtalebenk.data.ui.editor;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Rediger › Angre and Gjør om (Ctrl+Z, Ctrl+Y) for the active data set editor: the workbench's
 * global undo and redo act on that editor's command stack, labelled with the change they undo or
 * redo.
 */
public class DataSetEditorContributor extends EditorActionBarContributor {

	private final StackAction undo = new StackAction(true);
	private final StackAction redo = new StackAction(false);

	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
	}

	@Override
	public void setActiveEditor(IEditorPart editor) {
		BasicCommandStack stack = editor instanceof DataSetEditor dataSet ? dataSet.getCommandStack() : null;
		undo.follow(stack);
		redo.follow(stack);
		getActionBars().updateActionBars();
	}

	@Override
	public void dispose() {
		undo.follow(null);
		redo.follow(null);
		super.dispose();
	}

	/** Undo or redo on one command stack, enabled and labelled as the stack allows. */
	private static final class StackAction extends Action implements CommandStackListener {

		private final boolean undo;
		private BasicCommandStack stack;

		StackAction(boolean undo) {
			this.undo = undo;
			setId(undo ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
			setActionDefinitionId(undo ? IWorkbenchCommandConstants.EDIT_UNDO : IWorkbenchCommandConstants.EDIT_REDO);
			update();
		}

		void follow(BasicCommandStack next) {
			if (stack != null) {
				stack.removeCommandStackListener(this);
			}
			stack = next;
			if (stack != null) {
				stack.addCommandStackListener(this);
			}
			update();
		}

		@Override
		public void commandStackChanged(java.util.EventObject event) {
			Display.getDefault().asyncExec(this::update);
		}

		private void update() {
			boolean can = stack != null && (undo ? stack.canUndo() : stack.canRedo());
			setEnabled(can);
			Command command = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
			String label = command == null || command.getLabel() == null ? "" : command.getLabel();
			setText(undo ? NLS.bind(Messages.Action_undo, label).trim() : NLS.bind(Messages.Action_redo, label).trim());
		}

		@Override
		public void run() {
			if (stack == null) {
				return;
			}
			if (undo && stack.canUndo()) {
				stack.undo();
			} else if (!undo && stack.canRedo()) {
				stack.redo();
			}
		}
	}
}
