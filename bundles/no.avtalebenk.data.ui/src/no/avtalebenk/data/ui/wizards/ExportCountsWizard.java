package no.avtalebenk.data.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import no.avtalebenk.data.export.ExportFormat;
import no.avtalebenk.data.export.ExportTables;
import no.avtalebenk.data.export.Table;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.io.AtomicFiles;

/**
 * Fil › Eksporter › Avtalebenk › Tall fra et datasett: a data set's counts with their provenance as
 * CSV or XLSX, the same table the command line's {@code export counts} writes
 * ({@link ExportTables#counts}), written whole or not at all.
 */
public class ExportCountsWizard extends Wizard implements IExportWizard {

	/** The wizard's id. */
	public static final String ID = "no.avtalebenk.data.ui.exportCountsWizard";

	private Path caseFolder;
	private Path preselected;
	private ExportCountsPage page;
	private IWorkbench workbench;
	private String lastMessage;

	/** A wizard for the selected data set, or a data set of the selected or current case. */
	public ExportCountsWizard() {
		setWindowTitle(Messages.Export_window);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		caseFolder = CaseOfSelection.folder(selection);
		preselected = CaseOfSelection.selectedDataSet(selection);
	}

	@Override
	public void addPages() {
		page = new ExportCountsPage(caseFolder, preselected);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path dataSet = page.dataSetPath();
		Path target = page.targetPath();
		ExportFormat format = page.format();
		AtomicInteger rows = new AtomicInteger();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.Export_running, dataSet.getFileName(), target), 1);
				try {
					rows.set(write(dataSet, format, target));
				} catch (AgreementFileException | IOException e) {
					throw new InvocationTargetException(e);
				}
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			page.setErrorMessage(NLS.bind(Messages.Export_failed, target, e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		lastMessage = NLS.bind(Messages.Export_done, rows.get(), target);
		Status.tell(workbench, lastMessage);
		return true;
	}

	/**
	 * Writes a data set's counts as {@code export counts DATASET --format F --out FILE} does.
	 *
	 * @param dataSet the data set file
	 * @param format  CSV or XLSX
	 * @param target  the file to write; replaced only when complete
	 * @return the number of rows written
	 * @throws AgreementFileException when the data set cannot be read
	 * @throws IOException            when the file cannot be written; it is unchanged then
	 */
	static int write(Path dataSet, ExportFormat format, Path target) throws AgreementFileException, IOException {
		Table table = ExportTables.counts(AgreementFiles.load(dataSet));
		AtomicFiles.write(target, format.write(table), false);
		return table.rows().size();
	}

	/** @return what the last export wrote, as the status line said it; null before */
	public String getLastMessage() {
		return lastMessage;
	}

	/** @return the page (for tests) */
	public ExportCountsPage getPage() {
		return page;
	}
}
