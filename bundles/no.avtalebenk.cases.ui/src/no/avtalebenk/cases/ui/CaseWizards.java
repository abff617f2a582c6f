package no.avtalebenk.cases.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** What the case wizards share: running their work with progress, and making the case current. */
final class CaseWizards {

	private CaseWizards() {
	}

	/**
	 * Runs a wizard's work in its container's progress area, and shows why it failed on the page.
	 *
	 * @param container the wizard's container
	 * @param page      the page that shows the failure
	 * @param failure   what could not be done, ahead of the reason
	 * @param work      the work, throwing an {@link InvocationTargetException} with the reason
	 * @return true when the work was done
	 */
	static boolean run(IWizardContainer container, WizardPage page, String failure, IRunnableWithProgress work) {
		try {
			container.run(true, false, work);
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			page.setErrorMessage(failure + " " + cause.getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Makes a case project's folder the current case, and shows the project in the Project Explorer. A
	 * case whose files have errors stays a project with its problems in the Problems view, and an error
	 * dialog says why it was not made current.
	 *
	 * @param given     the workbench the wizard was given, or null when it was not initialised
	 * @param project   the case project
	 * @param folder    its folder
	 */
	static void makeCurrent(IWorkbench given, IProject project, Path folder) {
		IWorkbench workbench = given != null ? given : PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		CurrentCase.get().open(folder, refused -> display.asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			Shell shell = window == null ? display.getActiveShell() : window.getShell();
			MessageDialog.openError(shell, Messages.CaseWizards_title, NLS.bind(Messages.CaseWizards_notOpened,
					new Object[] { project.getName(), folder, CaseMessages.describe(refused) }));
		}));
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window != null) {
			BasicNewResourceWizard.selectAndReveal(project, window);
		}
	}
}
