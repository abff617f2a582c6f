package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.CASE_TIMEOUT;
import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.makeCurrent;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.actions.ActionFactory;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cases.Cases;
import no.avtalebenk.charts.ui.ComparisonView;

/**
 * The comparison view: the demo case's scenarios side by side with the agreed amount and the gap, the
 * waterfall from the baseline to the scenario selected, the table copied as tab-separated text, and
 * another case made current shows its own figures.
 */
class ComparisonViewTest {

	@TempDir
	Path temp;

	@AfterEach
	void makeTheDemoCurrentAgain() throws Exception {
		makeCurrent(demoFolder());
	}

	@Test
	void theDemoCaseScenariosSideBySideWithTheAgreedAmount() throws Exception {
		ComparisonView view = comparisonOf(demoFolder());
		// The template's 2026 total: the category lines of kopinor.vederlag (2023 rates with the published KPI steps) on its national counts.
		assertEquals("213 099 052,06 kr", cell(view, "grunnlag", "Sum 2026"));
		assertEquals("0,00 kr", cell(view, "grunnlag", "Endring 2026"));
		// every 2025 rate × 1.06, rounded to øre, times the counts (hand sum in the simulation tests)
		assertEquals("225 882 909,64 kr", cell(view, "meklers-forslag", "Sum 2026"));
		// 225 882 909,64 − 213 099 052,06 = 12 783 857,58
		assertEquals("+12 783 857,58 kr", cell(view, "meklers-forslag", "Endring 2026"));
		assertEquals("meklers forslag", cell(view, "meklers-forslag", "Posisjon"));
		// the agreement states NOK 226 000 000 a year: 225 882 909,64 − 226 000 000 = −117 090,36
		assertEquals("226 000 000,00 kr", cell(view, ComparisonView.AGREED_ROW, "Sum 2026"));
		assertEquals("-117 090,36 kr", cell(view, "meklers-forslag", "Mot avtalt 2026"));
		assertEquals("226 000 000,00 kr", cell(view, ComparisonView.AGREED_ROW, "Sum 2027"));
		assertEquals(5, view.getTable().getItemCount(), "four scenarios and the agreed amounts");
	}

	@Test
	void theWaterfallGoesFromTheBaselineToTheScenarioSelected() throws Exception {
		ComparisonView view = comparisonOf(demoFolder());
		select(view, "halv-administrasjonsandel");
		assertEquals("halv-administrasjonsandel", view.getSelected().name());
		select(view, "meklers-forslag");
		assertEquals("meklers-forslag", view.getSelected().name());
		assertEquals("2026", view.getYearCombo().getText());
		assertEquals("Fra grunnlag til meklers-forslag (2026)", view.getChart().getTitle().getText());
		CategoryDataset dataset = view.getChart().getCategoryPlot().getDataset();
		assertEquals(new BigDecimal("213099052.06"), dataset.getValue("NOK", "grunnlag"));
		// 237,71 × 1,06 = 251,9726 → 251,97; × 589 453 pupils = 148 524 472,41; − 140 118 872,63
		assertEquals(new BigDecimal("8405599.78"), dataset.getValue("NOK", PaymentsViewTest.GRUNNSKOLE));
		assertEquals(new BigDecimal("225882909.64"), dataset.getValue("NOK", "meklers-forslag"));
	}

	@Test
	void theTableIsCopiedAsTabSeparatedText() throws Exception {
		ComparisonView view = comparisonOf(demoFolder());
		window().getActivePage().activate(view);
		Clipboard clipboard = new Clipboard(view.getTable().getDisplay());
		try {
			clipboard.setContents(new Object[] { "nothing yet" }, new Transfer[] { TextTransfer.getInstance() });
			// The workbench's Copy command (Edit › Copy, Ctrl+C) is handled by the view while it is active
			assertNotNull(view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.COPY.getId()));
			// and where no key binding takes Ctrl+C, the table copies itself
			Event ctrlC = new Event();
			ctrlC.stateMask = SWT.MOD1;
			ctrlC.keyCode = 'c';
			ctrlC.character = 'c';
			view.getTable().notifyListeners(SWT.KeyDown, ctrlC);
			String copied = (String) clipboard.getContents(TextTransfer.getInstance());
			assertEquals(view.tabSeparated(), copied);
			String[] lines = copied.split("\n");
			assertEquals("Scenario\tPosisjon\tSum 2026\tEndring 2026\tMot avtalt 2026\tSum 2027\tEndring 2027\tMot avtalt 2027",
					lines[0]);
			assertTrue(lines[1].startsWith("grunnlag\tgrunnlag\t213 099 052,06 kr\t0,00 kr\t"), lines[1]);
			assertTrue(copied.contains("\nmeklers-forslag\tmeklers forslag\t225 882 909,64 kr\t+12 783 857,58 kr\t-117 090,36 kr\t"),
					copied);
			assertTrue(lines[5].startsWith(ComparisonView.AGREED_ROW + "\tavtalen\t226 000 000,00 kr\t\t\t"), lines[5]);
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void anotherCaseShowsItsOwnBaseline() throws Exception {
		ComparisonView view = comparisonOf(demoFolder());
		Path folder = temp.resolve("egen-sak");
		Cases.create(folder);
		Path formulas = folder.resolve("kopinor.vederlag");
		String content = Files.readString(formulas, StandardCharsets.UTF_8);
		assertTrue(content.contains("from 2023-01-01 = 222.78"), "the template's 2023 rate of grunnskole");
		Files.writeString(formulas, content.replace("from 2023-01-01 = 222.78", "from 2023-01-01 = 230.00"),
				StandardCharsets.UTF_8);

		makeCurrent(folder);
		assertEquals(view, comparisonOf(folder), "the same view follows the current case");
		// the template's 213 099 052,06 + 589 453 × 7,71 (245,42 − 237,71 with the published KPI steps) (= 4 544 682,63) = 217 643 734,69
		assertEquals("217 643 734,69 kr", cell(view, "grunnlag", "Sum 2026"));
		assertEquals("Sammenligning: egen-sak", view.getPartName());
		assertTrue(view.getHeadingText().startsWith("Sak: egen-sak ("), view.getHeadingText());
	}

	/** @return the comparison view, shown, once it shows the case's scenarios */
	static ComparisonView comparisonOf(Path folder) throws Exception {
		Path expected = folder.toAbsolutePath().normalize();
		ComparisonView view = (ComparisonView) window().getActivePage().showView(ComparisonView.ID);
		waitUntil(() -> view.getCase() != null && view.getCase().folder().equals(expected),
				() -> "the comparison view shows the case " + expected + " (it shows: "
						+ (view.getMessageText() != null ? view.getMessageText() : view.getHeadingText()) + ")",
				CASE_TIMEOUT);
		return view;
	}

	private static String cell(ComparisonView view, String row, String header) {
		Table table = view.getTable();
		int column = -1;
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().equals(header)) {
				column = i;
			}
		}
		for (var item : table.getItems()) {
			if (item.getText(0).equals(row) && column >= 0) {
				return item.getText(column);
			}
		}
		return fail("the table has no cell for " + row + " under " + header);
	}

	/** Selects a scenario's row as a click does. */
	private static void select(ComparisonView view, String scenario) {
		Table table = view.getTable();
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(0).equals(scenario)) {
				table.setSelection(i);
				Event event = new Event();
				event.item = table.getItem(i);
				table.notifyListeners(SWT.Selection, event);
				return;
			}
		}
		fail("no row for " + scenario);
	}
}
