package no.avtalebenk.data.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

import no.avtalebenk.cases.ui.CaseProjects;
import no.avtalebenk.cases.ui.CurrentCase;

/**
 * Fil › Importer › Avtalebenk › Tall fra en fil: reads a statistics export (GSI, KOSTRA, DBH, PAI,
 * CSV or another contributed kind) into a data set of the selected or current case, as the command
 * line's {@code import} does, all or nothing. The second page shows the importer's messages or what
 * would change; Finish writes the data set, the case is read again, and the data set opens in its
 * editor.
 */
public class ImportCountsWizard extends Wizard implements IImportWizard {

	/** The wizard's id. */
	public static final String ID = "no.avtalebenk.data.ui.importCountsWizard";

	private Path caseFolder;
	private IWorkbench workbench;
	private ImportCountsPage requestPage;
	private ImportCheckPage checkPage;

	/** A wizard for the case of the selection, else the current case. */
	public ImportCountsWizard() {
		setWindowTitle(Messages.Import_window);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench bench, IStructuredSelection selection) {
		this.workbench = bench;
		this.caseFolder = CaseOfSelection.folder(selection);
	}

	@Override
	public void addPages() {
		requestPage = new ImportCountsPage(caseFolder);
		checkPage = new ImportCheckPage(requestPage);
		addPage(requestPage);
		addPage(checkPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == checkPage && checkPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		CountImport wanted = checkPage.checked();
		if (wanted == null) {
			return false;
		}
		AtomicReference<CountImport.Outcome> outcome = new AtomicReference<>();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.Import_running, wanted.source().getFileName(), wanted.dataSet().getFileName()), 1);
				outcome.set(wanted.apply());
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			checkPage.show(wanted, new CountImport.Outcome(java.util.List.of(String.valueOf(e.getCause()))));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (!outcome.get().ok()) {
			// the file or the data set changed since the check: the problems, nothing written
			checkPage.show(wanted, outcome.get());
			return false;
		}
		if (wanted.caseFolder().equals(CurrentCase.get().state().folder())) {
			CurrentCase.get().reload();
		}
		open(wanted.caseFolder(), wanted.dataSet());
		var summary = outcome.get().summary();
		Status.tell(workbench, NLS.bind(Messages.Import_done, new Object[] { outcome.get().read(), wanted.source().getFileName(),
				wanted.dataSet().getFileName(), summary.added(), summary.replaced() }));
		return true;
	}

	/** Shows the data set in its editor, read afresh from the file just written. */
	private void open(Path folder, Path dataSet) {
		IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			IProject project = CaseProjects.find(folder);
			if (project != null && project.isOpen() && dataSet.startsWith(folder)) {
				project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
				IFile file = project.getFile(folder.relativize(dataSet).toString().replace('\\', '/'));
				IEditorPart open = page.findEditor(new FileEditorInput(file));
				if (open != null) {
					// an editor showing the data set before the import shows the old counts; unsaved changes stay
					if (open.isDirty()) {
						return;
					}
					page.closeEditor(open, false);
				}
				IDE.openEditor(page, file, true);
			} else {
				IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(dataSet.toUri()));
			}
		} catch (CoreException e) {
			ILog.of(ImportCountsWizard.class).warn("The imported data set " + dataSet + " could not be opened: " + e.getMessage(), e);
		}
	}

	/** @return the first page (for tests) */
	public ImportCountsPage getRequestPage() {
		return requestPage;
	}

	/** @return the second page (for tests) */
	public ImportCheckPage getCheckPage() {
		return checkPage;
	}

	@Override
	public IWizardPage getStartingPage() {
		return requestPage;
	}

	/** @return the case the wizard imports into */
	public Path getCaseFolder() {
		return caseFolder;
	}
}
