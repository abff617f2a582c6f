package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.CASE_TIMEOUT;
import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.makeCurrent;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cases.Case;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.ui.pivot.PivotView;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.simulation.analysis.Comparison;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The payments pivot of the demo case: sums by category and year with the totals, rows switched to
 * counties, counties of the reference data set as {@code compare --by county} sums them, the table
 * copied as tab-separated text and exported as CSV, and a scenario selected elsewhere followed.
 */
class PivotViewTest {

	/** The template's grunnskole: 589 453 pupils × NOK 237,71 (222,78 with the published KPI steps) = NOK 140 118 872,63 a year. */
	private static final String GRUNNSKOLE_2026 = "140 118 872,63 kr";
	/** The template's yearly total: the category lines of kopinor.vederlag (2023 rates with the published KPI steps) on its national counts. */
	private static final String TOTAL_2026 = "213 099 052,06 kr";
	/** Both years: 2 × 213 099 052,06. */
	private static final String GRAND_TOTAL = "426 198 104,12 kr";

	@TempDir
	Path temp;

	@AfterEach
	void closeTheView() throws Exception {
		IWorkbenchPage page = window().getActivePage();
		for (String id : List.of(PivotView.ID, ScenarioSelectionView.ID)) {
			if (page.findView(id) != null) {
				page.hideView(page.findView(id));
			}
		}
		makeCurrent(demoFolder());
	}

	@Test
	void theDemoCaseByCategoryAndYearWithTheTotals() throws Exception {
		PivotView view = pivotOf(demoFolder());
		assertEquals("Kategori", view.getRowsCombo().getText());
		assertEquals("År", view.getColumnsCombo().getText());
		assertEquals("grunnlag", view.getScenarioCombo().getText());
		assertEquals(List.of("Kategori", "2026", "2027", "Sum"), headers(view.getTable()));
		assertEquals(GRUNNSKOLE_2026, cell(view, PaymentsViewTest.GRUNNSKOLE, "2026"));
		assertEquals(TOTAL_2026, cell(view, "Sum", "2026"));
		assertEquals(TOTAL_2026, cell(view, "Sum", "2027"));
		assertEquals(GRAND_TOTAL, cell(view, "Sum", "Sum"));
		// the seven categories the formulas bill (KS's own årsverk among them), and the totals
		assertEquals(8, view.getTable().getItemCount());
		assertTrue(view.getPartName().startsWith("Utbetalinger – pivot"), view.getPartName());
	}

	@Test
	void switchingTheRowsToCountiesAndTheCountsToTheReferenceDataSet() throws Exception {
		PivotView view = pivotOf(demoFolder());
		pick(view, view.getRowsCombo(), "Fylke");
		// the template counts the municipal sector as one unit, NO, which is its own county
		assertEquals(List.of("Kommunesektoren samlet (nasjonale tall)", "Sum"), firstColumn(view.getTable()));
		assertEquals(GRAND_TOTAL, cell(view, "Sum", "Sum"));

		pick(view, view.getDataCombo(), "referansedatasettet (estimater)");
		assertEquals(18, view.getTable().getItemCount(), "15 counties, Longyearbyen, KS and the totals");
		// Each county as the command line's compare --by county --data reference sums it.
		Case onReference = view.getCase().withData(Case.REFERENCE);
		PaymentResult baseline = onReference.project(onReference.projection(null), onReference.scenario(null));
		List<Comparison.Row> compared = Comparison.compare(
				List.of(new Comparison.Variant("grunnlag", "baseline", baseline)), Comparison.Grouping.COUNTY,
				onReference.county());
		BigDecimal oslo = compared.stream().filter(r -> r.group().equals("03 Oslo") && r.year() == 2026)
				.findFirst().orElseThrow().amounts().get(0);
		assertEquals(NumberStyle.NORWEGIAN.money(oslo), cell(view, "Oslo", "2026"));
		BigDecimal vestland = compared.stream().filter(r -> r.group().equals("46 Vestland") && r.year() == 2027)
				.findFirst().orElseThrow().amounts().get(0);
		assertEquals(NumberStyle.NORWEGIAN.money(vestland), cell(view, "Vestland", "2027"));
		assertEquals(NumberStyle.NORWEGIAN.money(baseline.total(2026)), cell(view, "Sum", "2026"));
		// Xvfb has no window manager to expose the widgets of a tab brought to the top: paint them all.
		Shell shell = window().getShell();
		shell.redraw(0, 0, shell.getSize().x, shell.getSize().y, true);
		shell.update();
		Screenshot.take(shell, "pivot.png");

		// Counties, then their units: Oslo county pays videregående, Oslo municipality the rest.
		pick(view, view.getSubRowsCombo(), "Enhet");
		List<String> rows = firstColumn(view.getTable());
		assertEquals(List.of("Fylke", "Enhet", "2026", "2027", "Sum"), headers(view.getTable()));
		assertTrue(rows.size() > 300, "a row per municipality: " + rows.size());
		assertEquals("03 Oslo", view.getTable().getItem(0).getText(1));
		assertEquals("0301 Oslo", view.getTable().getItem(1).getText(1));
	}

	@Test
	void aDimensionPickedForTheColumnsLeavesTheRows() throws Exception {
		PivotView view = pivotOf(demoFolder());
		pick(view, view.getColumnsCombo(), "Kategori");
		// the rows had the categories: they take the columns' years
		assertEquals("År", view.getRowsCombo().getText());
		assertEquals(List.of("2026", "2027", "Sum"), firstColumn(view.getTable()));
		assertEquals(GRUNNSKOLE_2026, cell(view, "2026", PaymentsViewTest.GRUNNSKOLE));
		assertEquals(GRAND_TOTAL, cell(view, "Sum", "Sum"));
	}

	@Test
	void theTableIsCopiedAsTabSeparatedText() throws Exception {
		PivotView view = pivotOf(demoFolder());
		window().getActivePage().activate(view);
		Clipboard clipboard = new Clipboard(view.getTable().getDisplay());
		try {
			clipboard.setContents(new Object[] { "nothing yet" }, new Transfer[] { TextTransfer.getInstance() });
			assertNotNull(view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.COPY.getId()));
			Event ctrlC = new Event();
			ctrlC.stateMask = SWT.MOD1;
			ctrlC.keyCode = 'c';
			ctrlC.character = 'c';
			view.getTable().notifyListeners(SWT.KeyDown, ctrlC);
			String[] lines = ((String) clipboard.getContents(TextTransfer.getInstance())).split("\n");
			assertEquals("Kategori\t2026\t2027\tSum", lines[0]);
			// 2 × 140 118 872,63 = 280 237 745,26
			assertEquals(PaymentsViewTest.GRUNNSKOLE + "\t140 118 872,63 kr\t140 118 872,63 kr\t280 237 745,26 kr",
					lines[1]);
			assertEquals("Sum\t" + TOTAL_2026 + "\t" + TOTAL_2026 + "\t" + GRAND_TOTAL, lines[lines.length - 1]);
			// the header, seven categories (KS's own årsverk among them) and the totals
			assertEquals(9, lines.length);
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void theExportWritesTheCsvAndTheXlsx() throws Exception {
		PivotView view = pivotOf(demoFolder());
		Path csv = temp.resolve("pivot.csv");
		Files.writeString(csv, "an older export");
		view.export(csv);
		List<String> lines = List.of(Files.readString(csv, StandardCharsets.UTF_8).split("\r\n"));
		assertEquals("category;2026;2027;total", lines.get(0));
		assertEquals(PaymentsViewTest.GRUNNSKOLE + ";140118872.63;140118872.63;280237745.26", lines.get(1));
		assertEquals("total;213099052.06;213099052.06;426198104.12", lines.get(lines.size() - 1));
		assertEquals(9, lines.size());
		Path xlsx = temp.resolve("pivot.xlsx");
		view.export(xlsx);
		byte[] start = new byte[2];
		System.arraycopy(Files.readAllBytes(xlsx), 0, start, 0, 2);
		assertArrayEquals("PK".getBytes(StandardCharsets.US_ASCII), start, "a zip package");
		try (var files = Files.list(temp)) {
			assertEquals(2, files.count(), "no temporary file is left beside them");
		}
	}

	@Test
	void aScenarioSelectedElsewhereIsShown() throws Exception {
		PivotView view = pivotOf(demoFolder());
		IWorkbenchPage page = window().getActivePage();
		ScenarioSelectionView other = (ScenarioSelectionView) page.showView(ScenarioSelectionView.ID);
		page.activate(other);
		Scenario proposal = view.getCase().model().getScenarios().stream()
				.filter(s -> s.getName().equals("meklers-forslag")).findFirst().orElseThrow();
		other.select(proposal);
		waitUntil(() -> view.getScenarioCombo().getText().equals("meklers-forslag"), "the pivot follows the selection",
				CASE_TIMEOUT);
		waitForTheView(view);
		// every 2025 rate × 1.06, rounded to øre, times the counts (hand sum in the simulation tests)
		assertEquals("225 882 909,64 kr", cell(view, "Sum", "2026"));
		assertTrue(view.getHeadingText().contains("«meklers-forslag»"), view.getHeadingText());
	}

	/** @return the pivot view, shown, once it shows the case's payments */
	private static PivotView pivotOf(Path folder) throws Exception {
		Path expected = folder.toAbsolutePath().normalize();
		PivotView view = (PivotView) window().getActivePage().showView(PivotView.ID);
		waitUntil(() -> view.getCase() != null && view.getCase().folder().equals(expected),
				() -> "the pivot shows the case " + expected + " (it shows: "
						+ (view.getMessageText() != null ? view.getMessageText() : view.getHeadingText()) + ")",
				CASE_TIMEOUT);
		waitForTheView(view);
		return view;
	}

	/** Waits until the view's job is done and its result is on the screen. */
	private static void waitForTheView(PivotView view) throws InterruptedException {
		waitUntil(() -> view.getJob() == null || view.getJob().getState() == Job.NONE, "the pivot is computed",
				CASE_TIMEOUT);
		Workbench.processEvents();
	}

	/** Picks an entry of a picker as a user does, and waits for the new pivot. */
	private static void pick(PivotView view, Combo combo, String entry) throws InterruptedException {
		int index = combo.indexOf(entry);
		assertTrue(index >= 0, entry + " in " + List.of(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		waitForTheView(view);
	}

	private static List<String> headers(Table table) {
		List<String> headers = new ArrayList<>();
		for (var column : table.getColumns()) {
			headers.add(column.getText());
		}
		return headers;
	}

	private static List<String> firstColumn(Table table) {
		List<String> cells = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			cells.add(item.getText(0));
		}
		return cells;
	}

	private static String cell(PivotView view, String row, String header) {
		Table table = view.getTable();
		int column = headers(table).lastIndexOf(header);
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(row) && column >= 0) {
				return item.getText(column);
			}
		}
		return fail("the pivot has no cell for " + row + " under " + header + ": " + view.tabSeparated());
	}
}
