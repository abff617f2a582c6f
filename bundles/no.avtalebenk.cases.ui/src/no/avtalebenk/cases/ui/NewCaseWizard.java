package no.avtalebenk.cases.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

import no.avtalebenk.cases.Cases;

/**
 * File › New › Case: asks for a project name and a location (the folder of that name in the workspace,
 * or a folder of one's own that is new or empty), creates the case there from the bundled KS–Kopinor
 * template, makes the folder a project with the case nature and makes the case current.
 */
public final class NewCaseWizard extends Wizard implements INewWizard {

	/** The wizard's id in {@code org.eclipse.ui.newWizards}. */
	public static final String ID = "no.avtalebenk.cases.ui.newCaseWizard";

	private IWorkbench workbench;
	private NewCaseWizardPage page;

	/** A wizard with one page; {@link #init} gives it the workbench. */
	public NewCaseWizard() {
		setWindowTitle(Messages.NewCase_window);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new NewCaseWizardPage();
		addPage(page);
	}

	/**
	 * Creates the case and its project; when either fails, the files written are removed again and the
	 * page says why.
	 */
	@Override
	public boolean performFinish() {
		String name = page.projectName();
		Path folder = page.folder();
		IProject[] project = new IProject[1];
		boolean done = CaseWizards.run(getContainer(), page, NLS.bind(Messages.NewCase_failed, folder), monitor -> {
			boolean existed = Files.exists(folder);
			try {
				Cases.create(folder);
			} catch (IllegalStateException e) {
				// not empty (any more): nothing was written
				throw new InvocationTargetException(e);
			} catch (IOException e) {
				removeAgain(folder, existed);
				throw new InvocationTargetException(e);
			}
			try {
				project[0] = CaseProjects.create(name, folder, monitor);
			} catch (CoreException e) {
				removeAgain(folder, existed);
				throw new InvocationTargetException(e);
			}
		});
		if (done) {
			CaseWizards.makeCurrent(workbench, project[0], folder);
		}
		return done;
	}

	/**
	 * Removes what a failed creation wrote: everything in the folder, which was empty or new before.
	 *
	 * @param folder  the new case's folder
	 * @param existed whether the folder existed (empty) before; one that did not is removed too
	 */
	private static void removeAgain(Path folder, boolean existed) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				if (existed && file.equals(folder)) {
					continue;
				}
				Files.deleteIfExists(file);
			}
		} catch (IOException | UncheckedIOException e) {
			ILog.of(NewCaseWizard.class).warn("What a failed new case wrote in " + folder + " could not all be removed: "
					+ e.getMessage());
		}
	}
}
