package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.CASE_TIMEOUT;
import static no.avtalebenk.app.tests.Workbench.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.ui.CaseProjects;
import no.avtalebenk.data.dataset.DataSetImport;
import no.avtalebenk.data.dataset.FileImport;
import no.avtalebenk.data.importer.ImporterRegistry;
import no.avtalebenk.data.ui.editor.DataSetEditor;

/**
 * What the data set tests share: a small CSV of counts whose values the tests know, a case with it
 * imported through the headless import (as {@code avtalebenk import} does), and a wizard dialog whose
 * Next and Finish buttons a test presses.
 */
final class DataSets {

	/** The data set the tests import into, relative to the case folder. */
	static final String DATA_SET = "data/tall.avtale";
	/** The retrieved date given, so that the provenance does not depend on the file's date. */
	static final String RETRIEVED = "2026-01-15";

	/**
	 * Ten counts of grunnskole and videregående in Oslo (03), Østfold (31) and Vestland (46): Bergen
	 * 4601 and Kinn 4602 lie in Vestland, whose own counts are the county's (46).
	 */
	static final String CSV = """
			kommunenummer;kategori;år;antall
			0301;grunnskole;2026;76000
			0301;grunnskole;2027;76500
			4601;grunnskole;2026;31000
			4601;grunnskole;2027;31200
			4602;grunnskole;2026;2400
			4602;grunnskole;2027;2410
			46;videregaende;2026;30000
			46;videregaende;2027;30100
			3101;grunnskole;2026;3100
			3101;grunnskole;2027;3120
			""";

	private DataSets() {
	}

	/**
	 * @param folder a case folder
	 * @return the CSV above, written into the case folder's parent as tall.csv
	 */
	static Path csv(Path folder) throws Exception {
		Path file = folder.resolveSibling("tall.csv");
		Files.writeString(file, CSV, StandardCharsets.UTF_8);
		return file;
	}

	/**
	 * Imports the CSV into {@value #DATA_SET} of a case, as the command line does.
	 *
	 * @param folder the case folder
	 * @return the data set file
	 */
	static Path imported(Path folder) throws Exception {
		return imported(folder, DATA_SET);
	}

	/**
	 * Imports the CSV into a data set of a case, as the command line does.
	 *
	 * @param folder the case folder
	 * @param name   the data set, relative to the folder
	 * @return the data set file
	 */
	static Path imported(Path folder, String name) throws Exception {
		Path source = csv(folder);
		Path dataSet = folder.resolve(name);
		Files.createDirectories(dataSet.getParent());
		Case own = Cases.open(folder);
		var counts = FileImport.read(ImporterRegistry.load().get("csv").orElseThrow().importer(), source, "tall.csv",
				Map.of("retrieved", RETRIEVED));
		DataSetImport.apply(counts, "tall.csv", dataSet, own.ownUnits(), own.model().getCategories());
		return dataSet;
	}

	/**
	 * @param folder a case folder that is current
	 * @param file   a file in it
	 * @return the file in the case's project, refreshed
	 */
	static IFile workspaceFile(Path folder, Path file) throws Exception {
		waitUntil(() -> CaseProjects.find(folder) != null && Job.getJobManager().find(CaseProjects.FAMILY).length == 0,
				"the case " + folder + " is a project", CASE_TIMEOUT);
		IProject project = CaseProjects.find(folder);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return project.getFile(folder.relativize(file).toString());
	}

	/**
	 * Opens a file as a double click in the Project Explorer does, and waits until the data set editor
	 * has read it (or shows why it cannot).
	 *
	 * @param page the workbench page
	 * @param file the data set
	 * @return the editor
	 */
	static DataSetEditor open(IWorkbenchPage page, IFile file) throws Exception {
		var part = IDE.openEditor(page, file, true);
		if (!(part instanceof DataSetEditor editor)) {
			throw new AssertionError(file + " opened in " + part.getSite().getId() + ", not in the data set editor");
		}
		waitUntil(() -> editor.getModel() != null || editor.getErrorMessage() != null, "the editor has read " + file,
				CASE_TIMEOUT);
		Workbench.processEvents();
		return editor;
	}

	/** A wizard dialog whose buttons a test presses. */
	static final class Dialog extends WizardDialog {

		Dialog(Shell shell, IWizard wizard) {
			super(shell, wizard);
			setBlockOnOpen(false);
		}

		/** Presses Next. */
		void next() {
			nextPressed();
		}

		/** Presses Finish. */
		void finish() {
			finishPressed();
		}

		/** @return whether Finish can be pressed */
		boolean finishEnabled() {
			return getButton(IDialogConstants.FINISH_ID).isEnabled();
		}
	}
}
