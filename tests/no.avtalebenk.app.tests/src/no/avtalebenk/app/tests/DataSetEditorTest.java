package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.CASE_TIMEOUT;
import static no.avtalebenk.app.tests.Workbench.makeCurrent;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.app.AnalysisPerspective;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.data.reference.ReferenceDataSet;
import no.avtalebenk.data.ui.editor.DataSetEditor;
import no.avtalebenk.data.ui.editor.Messages;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.UnitKind;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.labels.Labels;

/**
 * The data set editor on a case's data set: the counts in a table with filters, estimates marked, a
 * value changed in its cell (undo, redo, save) with a manual entry as its provenance, and a damaged
 * file shown as an error naming its place.
 */
class DataSetEditorTest {

	private static final String GRUNNSKOLE = "Grunnskole, unntatt musikk- og kulturskoler";
	private static final String VIDEREGAENDE = "Videregående skoler, fylkeskommunale";
	/** The kinds of unit in the workbench's language, as the model's labels give them. */
	private static final String MUNICIPALITY = Labels.literal(UnitKind.MUNICIPALITY, language());
	private static final String COUNTY = Labels.literal(UnitKind.COUNTY, language());

	@TempDir
	Path temp;

	/** The perspective a test starts in, shown again after it: the next test expects the workbench as it was. */
	private IPerspectiveDescriptor perspective;

	@BeforeEach
	void rememberThePerspective() {
		perspective = window().getActivePage().getPerspective();
	}

	@AfterEach
	void closeAndMakeTheDemoCurrentAgain() throws Exception {
		IWorkbenchPage page = window().getActivePage();
		page.closeAllEditors(false);
		IPerspectiveDescriptor shown = page.getPerspective();
		if (!shown.equals(perspective)) {
			// closed, not only left: its views would live on behind the next test's
			page.setPerspective(perspective);
			page.closePerspective(shown, false, false);
		}
		page.setEditorAreaVisible(false);
		Workbench.makeTheDemoCurrentAgain();
	}

	@Test
	void theFilterToOneCountyShowsItsCountsAndAnEditIsUndoneRedoneSavedAndReadAgain() throws Exception {
		Path folder = temp.resolve("sak");
		Cases.create(folder);
		Path file = DataSets.imported(folder);
		makeCurrent(folder);
		IWorkbenchPage page = window().getActivePage();
		DataSetEditor editor = DataSets.open(page, DataSets.workspaceFile(folder, file));
		assertEquals(DataSetEditor.ID, editor.getSite().getId(), "a data set opens in the data set editor");
		assertEquals(NLS.bind(Messages.Editor_shown, "10", "10"), editor.getShownText());

		// Vestland (46): Bergen and Kinn lie in it, and the county's own videregående; rows as in the file
		select(editor.getCountyFilter(), "46 Vestland");
		assertEquals(List.of(
				List.of("4601", "Bergen", "Vestland", MUNICIPALITY, GRUNNSKOLE, "2026", "31 000", "CSV file tall.csv, antall"),
				List.of("4601", "Bergen", "Vestland", MUNICIPALITY, GRUNNSKOLE, "2027", "31 200", "CSV file tall.csv, antall"),
				List.of("4602", "Kinn", "Vestland", MUNICIPALITY, GRUNNSKOLE, "2026", "2 400", "CSV file tall.csv, antall"),
				List.of("4602", "Kinn", "Vestland", MUNICIPALITY, GRUNNSKOLE, "2027", "2 410", "CSV file tall.csv, antall"),
				List.of("46", "Vestland", "Vestland", COUNTY, VIDEREGAENDE, "2026", "30 000", "CSV file tall.csv, antall"),
				List.of("46", "Vestland", "Vestland", COUNTY, VIDEREGAENDE, "2027", "30 100", "CSV file tall.csv, antall")),
				rows(editor));
		assertEquals(NLS.bind(Messages.Editor_shown, "6", "10"), editor.getShownText());
		// and the year and the search narrow it further: Kinn in 2027
		select(editor.getYearFilter(), "2027");
		type(editor.getSearchField(), "kinn");
		assertEquals(List.of(List.of("4602", "Kinn", "Vestland", MUNICIPALITY, GRUNNSKOLE, "2027", "2 410", "CSV file tall.csv, antall")),
				rows(editor));
		type(editor.getSearchField(), "");
		select(editor.getYearFilter(), Messages.Editor_allYears);

		// Bergen 2026 changed in its cell, as a user types 31 500 and presses Enter
		Count bergen = editor.getRows().get(0);
		editor.getViewer().editElement(bergen, DataSetEditor.VALUE);
		Text cell = (Text) editor.getValueEditor().getControl();
		assertEquals("31 000", cell.getText());
		cell.setText("31 500");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.processEvents();
		String user = System.getProperty("user.name");
		assertEquals("31 500", text(editor, 0, DataSetEditor.VALUE));
		assertTrue(text(editor, 0, DataSetEditor.SOURCE).startsWith("✎ " + NLS.bind(Messages.Provenance_manual, user, "")),
				text(editor, 0, DataSetEditor.SOURCE));
		assertTrue(editor.isDirty());

		// Rediger › Angre and Gjør om
		IHandlerService handlers = window().getService(IHandlerService.class);
		handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		Workbench.processEvents();
		assertEquals("31 000", text(editor, 0, DataSetEditor.VALUE));
		assertEquals("CSV file tall.csv, antall", text(editor, 0, DataSetEditor.SOURCE));
		assertFalse(editor.isDirty(), "undone to the saved state");
		handlers.executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
		Workbench.processEvents();
		assertEquals("31 500", text(editor, 0, DataSetEditor.VALUE));
		assertTrue(editor.isDirty());

		// Fil › Lagre writes the file; the value and its manual provenance are in it
		handlers.executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
		Workbench.processEvents();
		assertFalse(editor.isDirty());
		AgreementModel saved = AgreementFiles.load(file);
		Count written = saved.getCounts().stream().filter(c -> c.getUnit().getId().equals("4601") && c.getYear() == 2026)
				.findFirst().orElseThrow();
		assertEquals(new BigDecimal("31500"), written.getValue());
		assertEquals("manual entry by " + user, written.getProvenance().getSource());
		assertFalse(written.getProvenance().isEstimated());
		assertTrue(written.getProvenance().getMethod().contains("replaces 31000 (measured; source: CSV file tall.csv, antall)"),
				written.getProvenance().getMethod());
		assertEquals(saved.getCounts().size(), 10, "nothing else changed");

		// closed and opened again: the value, its provenance in the detail area and in the Properties view
		page.closeAllEditors(false);
		editor = DataSets.open(page, DataSets.workspaceFile(folder, file));
		select(editor.getCountyFilter(), "46 Vestland");
		assertEquals("31 500", text(editor, 0, DataSetEditor.VALUE));
		editor.getViewer().setSelection(new StructuredSelection(editor.getRows().get(0)), true);
		Workbench.processEvents();
		String detail = editor.getDetailText();
		assertTrue(detail.startsWith("4601 Bergen, " + GRUNNSKOLE + ", 2026: 31 500\n✎ "
				+ NLS.bind(Messages.Detail_manual, user, LocalDate.now(ZoneOffset.UTC))), detail);
		assertTrue(detail.contains(Messages.Property_source + ": manual entry by " + user), detail);

		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		properties.selectionChanged(editor, editor.getSite().getSelectionProvider().getSelection());
		Workbench.processEvents();
		Tree tree = (Tree) properties.getCurrentPage().getControl();
		assertEquals("manual entry by " + user, property(tree, Messages.Property_source));
		assertEquals("31 500", property(tree, Messages.Column_value));
	}

	@Test
	void estimatesAreMarkedAndCanBeShownAlone() throws Exception {
		Path folder = temp.resolve("referanse");
		Cases.create(folder);
		Path file = folder.resolve("data/referanse.avtale");
		Files.createDirectories(file.getParent());
		AgreementFiles.save(ReferenceDataSet.build(), file, false);
		// measured counts over some of the estimates: Oslo's grunnskole in 2026 and 2027 among them
		DataSets.imported(folder, "data/referanse.avtale");
		makeCurrent(folder);
		IWorkbenchPage page = window().getActivePage();
		page.getWorkbenchWindow().getWorkbench().showPerspective(AnalysisPerspective.ID, page.getWorkbenchWindow());
		page = window().getActivePage();
		DataSetEditor editor = DataSets.open(page, DataSets.workspaceFile(folder, file));

		// Oslo (03): the municipality's ten categories and the county's two, each for 2025, 2026 and 2027
		// (docs/data-sources.md, the reference data set), all estimates but the two imported counts
		select(editor.getCountyFilter(), "03 Oslo");
		Table table = editor.getViewer().getTable();
		assertEquals(36, table.getItemCount());
		List<String> measured = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			TableItem item = table.getItem(i);
			boolean italic = (item.getFont(DataSetEditor.VALUE).getFontData()[0].getStyle() & SWT.ITALIC) != 0;
			if (item.getText(DataSetEditor.VALUE).startsWith("≈ ")) {
				assertTrue(item.getText(DataSetEditor.SOURCE).startsWith("≈ " + NLS.bind(Messages.Provenance_estimate, "")), item.getText(DataSetEditor.SOURCE));
				assertTrue(italic, "an estimate in italics");
			} else {
				assertFalse(italic, "a measured count upright");
				measured.add(item.getText(DataSetEditor.CATEGORY) + " " + item.getText(DataSetEditor.YEAR) + ": "
						+ item.getText(DataSetEditor.VALUE) + " (" + item.getText(DataSetEditor.SOURCE) + ")");
			}
		}
		assertEquals(List.of(GRUNNSKOLE + " 2026: 76 000 (CSV file tall.csv, antall)",
				GRUNNSKOLE + " 2027: 76 500 (CSV file tall.csv, antall)"), measured);
		select(editor.getCategoryFilter(), "Fagskoler, fylkeskommunale");
		select(editor.getYearFilter(), "2026");
		assertEquals(List.of("03", "Oslo", "Oslo", COUNTY, "Fagskoler, fylkeskommunale", "2026"),
				rows(editor).get(0).subList(0, 6));

		// estimates only: the reference data set's counts are, the imported ones are not
		select(editor.getCategoryFilter(), Messages.Editor_allCategories);
		select(editor.getYearFilter(), Messages.Editor_allYears);
		select(editor.getCountyFilter(), Messages.Editor_allCounties);
		Button estimates = editor.getEstimatesOnly();
		estimates.setSelection(true);
		estimates.notifyListeners(SWT.Selection, new Event());
		Workbench.processEvents();
		// all but the ten imported
		assertEquals(editor.getModel().getCounts().size() - 10, table.getItemCount());
		estimates.setSelection(false);
		estimates.notifyListeners(SWT.Selection, new Event());
		select(editor.getCountyFilter(), "03 Oslo");
		editor.getViewer().setSelection(new StructuredSelection(editor.getRows().get(0)), true);
		Workbench.processEvents();
		assertTrue(editor.getDetailText().startsWith("0301 Oslo, " + GRUNNSKOLE + ", 2025: "), editor.getDetailText());
		assertTrue(editor.getDetailText().contains("≈ " + Messages.Detail_estimate), editor.getDetailText());
		assertTrue(editor.getDetailText().contains(Messages.Property_method + ": "), editor.getDetailText());
		// the editor maximized, as a double click on its tab does, for the picture in the README
		var reference = page.getReference(editor);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		Screenshot.take(window().getShell(), "dataset-editor.png");
		page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void aDamagedDataSetOpensAsAnErrorNamingThePlace() throws Exception {
		Path folder = temp.resolve("skadet");
		Cases.create(folder);
		makeCurrent(folder);
		// written after the case is open: a case refuses a damaged data set of its own when it is opened
		Path file = folder.resolve("data/skadet.avtale");
		Files.createDirectories(file.getParent());
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<avtale:AgreementModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:avtale="http://avtalebenk.no/model/avtale/1.0">
				  <counts year="2026" value="12"
				</avtale:AgreementModel>
				""", StandardCharsets.UTF_8);
		IWorkbenchPage page = window().getActivePage();
		DataSetEditor editor = DataSets.open(page, DataSets.workspaceFile(folder, file));
		assertNotNull(editor.getErrorMessage());
		assertTrue(editor.getErrorMessage().matches("(?s).*skadet\\.avtale:4:\\d+: .*"), editor.getErrorMessage());
		assertTrue(editor.getErrorText().startsWith(editor.getErrorMessage()), editor.getErrorText());
		assertFalse(editor.isDirty());
	}

	private static Locale language() {
		return Locale.forLanguageTag(Platform.getNL().replace('_', '-'));
	}

	/** Chooses an item of a filter as the user does: by its text, then the selection event. */
	private static void select(Combo combo, String item) {
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		assertTrue(index >= 0, item + " among " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		Workbench.processEvents();
	}

	private static void type(Text field, String text) {
		field.setText(text);
		Workbench.processEvents();
	}

	/** @return every row of the table as the user reads it */
	private static List<List<String>> rows(DataSetEditor editor) {
		Table table = editor.getViewer().getTable();
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			List<String> row = new ArrayList<>();
			for (int column = 0; column < table.getColumnCount(); column++) {
				row.add(table.getItem(i).getText(column));
			}
			rows.add(row);
		}
		return rows;
	}

	private static String text(DataSetEditor editor, int row, int column) {
		return editor.getViewer().getTable().getItem(row).getText(column);
	}

	/** @return the value of a property in the Properties view's tree, in whichever group it is */
	private static String property(Tree tree, String name) {
		List<TreeItem> items = new ArrayList<>(Arrays.asList(tree.getItems()));
		while (!items.isEmpty()) {
			TreeItem item = items.remove(0);
			if (item.getText(0).equals(name)) {
				return item.getText(1);
			}
			// a user's click on the group's triangle: the viewer makes the children when told of the expansion
			Event expand = new Event();
			expand.item = item;
			tree.notifyListeners(SWT.Expand, expand);
			item.setExpanded(true);
			items.addAll(Arrays.asList(item.getItems()));
		}
		throw new AssertionError("no property " + name);
	}
}
