package no.avtalebenk.cases.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.Cases;

/**
 * File › Import › Existing case folder: makes a case folder a workspace project with the case nature
 * (named after the folder; a folder that is a project already keeps its project) and makes the case
 * current. A folder that is not a case is refused on the page with the reason, and no project is made.
 * A case whose files have errors is imported, with its problems in the Problems view.
 */
public final class ImportCaseWizard extends Wizard implements IImportWizard {

	/** The wizard's id in {@code org.eclipse.ui.importWizards}. */
	public static final String ID = "no.avtalebenk.cases.ui.importCaseWizard";

	private IWorkbench workbench;
	private ImportCaseWizardPage page;

	/** A wizard with one page; {@link #init} gives it the workbench. */
	public ImportCaseWizard() {
		setWindowTitle(Messages.ImportCase_window);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new ImportCaseWizardPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path folder = page.folder();
		IProject[] project = new IProject[1];
		boolean done = CaseWizards.run(getContainer(), page, Messages.ImportCase_failed, monitor -> {
			try {
				// the problems of a case's files are marked by its builder; only a folder that is no case is refused
				Cases.validate(folder);
				project[0] = CaseProjects.ensure(folder, monitor);
			} catch (CaseException | CoreException e) {
				throw new InvocationTargetException(e);
			}
		});
		if (done) {
			CaseWizards.makeCurrent(workbench, project[0], folder);
		}
		return done;
	}
}
