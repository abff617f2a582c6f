package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.CASE_TIMEOUT;
import static no.avtalebenk.app.tests.Workbench.makeCurrent;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.data.ui.editor.DataSetEditor;
import no.avtalebenk.data.ui.wizards.ExportCountsPage;
import no.avtalebenk.data.ui.wizards.ExportCountsWizard;
import no.avtalebenk.data.ui.wizards.ImportCountsPage;
import no.avtalebenk.data.ui.wizards.ImportCountsWizard;
import no.avtalebenk.data.ui.wizards.Messages;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.io.AgreementFiles;

/**
 * Fil › Importer › Tall fra en fil and Fil › Eksporter › Tall fra et datasett: the import wizard
 * checks the file, shows the importer's messages or the totals, writes the data set all or nothing
 * and opens it; the export wizard writes the counts with their provenance as {@code export counts}
 * does.
 */
class DataSetWizardsTest {

	@TempDir
	Path temp;

	@AfterEach
	void closeAndMakeTheDemoCurrentAgain() throws Exception {
		IWorkbenchPage page = window().getActivePage();
		page.closeAllEditors(false);
		page.setEditorAreaVisible(false);
		Workbench.makeTheDemoCurrentAgain();
	}

	@Test
	void theImportWizardWritesANewDataSetOfTheCaseAndOpensIt() throws Exception {
		Path folder = temp.resolve("import");
		Cases.create(folder);
		makeCurrent(folder);
		Path csv = DataSets.csv(folder);
		ImportCountsWizard wizard = new ImportCountsWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		assertEquals(folder, wizard.getCaseFolder(), "the current case");
		DataSets.Dialog dialog = new DataSets.Dialog(window().getShell(), wizard);
		dialog.create();
		try {
			ImportCountsPage page = wizard.getRequestPage();
			choose(page.getKindField(), "csv");
			page.getSourceField().setText(csv.toString());
			assertEquals("data/tall.avtale", page.getDataSetField().getText(), "named after the file, in data/");
			page.getOptionsField().setText("source=Testtall");
			assertTrue(page.isPageComplete(), page.getErrorMessage());
			assertFalse(dialog.finishEnabled(), "first the check");
			dialog.next();
			// 76 000 + 31 000 + 2 400 + 3 100 pupils in 2026, 76 500 + 31 200 + 2 410 + 3 120 in 2027
			assertEquals(NLS.bind(Messages.Check_ok, new Object[] { 10, "tall.csv", "tall.avtale", 10, 0 }) + "\n"
					+ Messages.Check_created + "\n\n" + Messages.Check_totals + "\n" + """
					Grunnskole, unntatt musikk- og kulturskoler, 2026: 112 500
					Grunnskole, unntatt musikk- og kulturskoler, 2027: 113 230
					Videregående skoler, fylkeskommunale, 2026: 30 000
					Videregående skoler, fylkeskommunale, 2027: 30 100""", wizard.getCheckPage().getReportText());
			assertFalse(Files.exists(folder.resolve(DataSets.DATA_SET)), "checked, not written");
			assertTrue(dialog.finishEnabled());
			dialog.finish();
		} finally {
			dialog.close();
		}
		Path dataSet = folder.resolve(DataSets.DATA_SET);
		AgreementModel model = AgreementFiles.load(dataSet);
		assertEquals(List.of("0301 grunnskole 2026 76000 Testtall", "0301 grunnskole 2027 76500 Testtall",
				"4601 grunnskole 2026 31000 Testtall", "4601 grunnskole 2027 31200 Testtall", "4602 grunnskole 2026 2400 Testtall",
				"4602 grunnskole 2027 2410 Testtall", "46 videregaende 2026 30000 Testtall", "46 videregaende 2027 30100 Testtall",
				"3101 grunnskole 2026 3100 Testtall", "3101 grunnskole 2027 3120 Testtall"),
				model.getCounts().stream().map(DataSetWizardsTest::describe).toList());

		// the data set shows in its editor, and the case knows it
		IWorkbenchPage page = window().getActivePage();
		assertTrue(page.getActiveEditor() instanceof DataSetEditor, String.valueOf(page.getActiveEditor()));
		DataSetEditor editor = (DataSetEditor) page.getActiveEditor();
		assertEquals(dataSet, editor.getFile());
		waitUntil(() -> editor.getModel() != null, "the editor has read the data set", CASE_TIMEOUT);
		Workbench.processEvents();
		assertEquals(NLS.bind(no.avtalebenk.data.ui.editor.Messages.Editor_shown, "10", "10"), editor.getShownText());
		waitUntil(() -> CurrentCase.get().state() instanceof CurrentCase.Open open && open.value().dataSets().contains(dataSet),
				"the case is read again with its new data set", CASE_TIMEOUT);
	}

	@Test
	void anUnknownUnitIsReportedWithItsColumnAndNothingIsWritten() throws Exception {
		Path folder = temp.resolve("ukjent");
		Cases.create(folder);
		makeCurrent(folder);
		Path csv = temp.resolve("ukjent.csv");
		Files.writeString(csv, "kommunenummer;kategori;år;antall\n0301;grunnskole;2026;76000\n3001;grunnskole;2026;3100\n",
				StandardCharsets.UTF_8);
		ImportCountsWizard wizard = new ImportCountsWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		DataSets.Dialog dialog = new DataSets.Dialog(window().getShell(), wizard);
		dialog.create();
		try {
			ImportCountsPage page = wizard.getRequestPage();
			choose(page.getKindField(), "csv");
			page.getSourceField().setText(csv.toString());
			dialog.next();
			String report = wizard.getCheckPage().getReportText();
			// 3001 was Halden's number in Viken (2020–2023); the register has 3101
			assertTrue(report.startsWith(NLS.bind(Messages.Check_problems, 1, "ukjent.avtale")), report);
			assertTrue(report.contains("ukjent.csv:3:1: unknown unit 3001, read from column \"kommunenummer\" on 1 row"), report);
			assertTrue(report.contains("Viken (2020–2023)"), report);
			assertFalse(dialog.finishEnabled());
		} finally {
			dialog.close();
		}
		assertFalse(Files.exists(folder.resolve("data/ukjent.avtale")));
	}

	@Test
	void theExportWizardWritesTheCountsWithTheirProvenanceAsCsv() throws Exception {
		Path folder = temp.resolve("eksport");
		Cases.create(folder);
		Path dataSet = DataSets.imported(folder);
		makeCurrent(folder);
		ExportCountsWizard wizard = new ExportCountsWizard();
		// as from the Project Explorer, with the data set selected
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(DataSets.workspaceFile(folder, dataSet)));
		DataSets.Dialog dialog = new DataSets.Dialog(window().getShell(), wizard);
		dialog.create();
		Path out = temp.resolve("tall-ut.csv");
		try {
			ExportCountsPage page = wizard.getPage();
			assertEquals("data/tall.avtale", page.getDataSetField().getText());
			assertTrue(page.getCsvButton().getSelection(), "CSV by default");
			page.getTargetField().setText(out.toString());
			assertTrue(dialog.finishEnabled(), page.getErrorMessage());
			dialog.finish();
		} finally {
			dialog.close();
		}
		assertEquals(NLS.bind(Messages.Export_done, 10, out), wizard.getLastMessage());
		// the columns of export counts; the provenance as imported: source, the value's column, the date given
		assertEquals(List.of("unit;unit_name;category;year;value;source;table_or_field;retrieved;estimated;method",
				"0301;Oslo;grunnskole;2026;76000;CSV file tall.csv;antall;2026-01-15;false;",
				"0301;Oslo;grunnskole;2027;76500;CSV file tall.csv;antall;2026-01-15;false;",
				"4601;Bergen;grunnskole;2026;31000;CSV file tall.csv;antall;2026-01-15;false;",
				"4601;Bergen;grunnskole;2027;31200;CSV file tall.csv;antall;2026-01-15;false;",
				"4602;Kinn;grunnskole;2026;2400;CSV file tall.csv;antall;2026-01-15;false;",
				"4602;Kinn;grunnskole;2027;2410;CSV file tall.csv;antall;2026-01-15;false;",
				"46;Vestland;videregaende;2026;30000;CSV file tall.csv;antall;2026-01-15;false;",
				"46;Vestland;videregaende;2027;30100;CSV file tall.csv;antall;2026-01-15;false;",
				"3101;Halden;grunnskole;2026;3100;CSV file tall.csv;antall;2026-01-15;false;",
				"3101;Halden;grunnskole;2027;3120;CSV file tall.csv;antall;2026-01-15;false;"),
				Arrays.asList(Files.readString(out, StandardCharsets.UTF_8).split("\r\n")));
	}

	private static void choose(Combo combo, String kind) {
		String[] items = combo.getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].startsWith(kind + " ")) {
				combo.select(i);
				combo.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		throw new AssertionError("no kind " + kind + " among " + Arrays.toString(items));
	}

	private static String describe(Count count) {
		return count.getUnit().getId() + " " + count.getCategory().getId() + " " + count.getYear() + " "
				+ count.getValue().toPlainString() + " " + count.getProvenance().getSource();
	}
}
