package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.CASE_TIMEOUT;
import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.paymentsOf;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import no.avtalebenk.charts.ui.ExplanationView;

/**
 * The explanation view: the tree of values behind a payment of the demo case, the same tree the
 * command line's {@code explain} prints, for the unit, year, scenario and formula picked.
 */
class ExplanationViewTest {

	/** The name of the category grunnskole in the demo case's agreement file. */
	private static final String GRUNNSKOLE = "Grunnskole, unntatt musikk- og kulturskoler";

	@Test
	void theTotalOfNorwayIn2026NamesTheRateOfGrunnskole() throws Exception {
		ExplanationView view = explanationOf(demoFolder());
		// the defaults: the first unit with payments (the template counts the whole country), the first
		// year, the baseline, and the file's total
		assertEquals(new ExplanationView.Query("NO", 2026, "grunnlag", "vederlag"), view.getQuery());
		view.getViewer().expandAll();
		List<TreeItem> items = new ArrayList<>();
		collect(view.getViewer().getTree().getItems(), items);
		TreeItem root = view.getViewer().getTree().getItem(0);
		assertEquals("formel vederlag", root.getText(0));
		// the category lines of kopinor.vederlag (2023 rates with the published KPI steps) on the national counts
		assertEquals("213 099 052,06", root.getText(1));
		assertEquals("NOK", root.getText(2));
		// the rate and the count by the category's name in the agreement file, not by their identifiers
		TreeItem rate = items.stream().filter(i -> i.getText(0).equals("sats for " + GRUNNSKOLE)).findFirst()
				.orElseThrow(() -> new AssertionError("no node sats for " + GRUNNSKOLE));
		// Kopinor's 2023 rate, carried to 2026 by the factor 1.000
		assertEquals("222,78", rate.getText(1));
		assertEquals("NOK/elev", rate.getText(2));
		assertEquals("Protokollvedlegg: grunnskole", rate.getText(5));
		TreeItem count = items.stream().filter(i -> i.getText(0).equals("antall " + GRUNNSKOLE)).findFirst()
				.orElseThrow(() -> new AssertionError("no node antall " + GRUNNSKOLE));
		// no rate or count by its identifier (the operations show the formula file's text, identifiers and all)
		assertTrue(items.stream().map(i -> i.getText(0))
				.noneMatch(what -> what.matches("(sats|antall) \\p{Lower}+\\p{Upper}\\w*") || what.equals("antall grunnskole")),
				"no rate or count is shown by its identifier");
		// an assumption of the formula file, marked in the workbench's language
		assertTrue(items.stream().anyMatch(i -> i.getText(4).equals(
				"ANTAKELSE: KPI October 2024–October 2025 not entered (SSB table 03013): no indexation assumed for 2026")),
				"the index step of 2026 is an assumption");
		assertEquals("589 453", count.getText(1));
		assertTrue(view.getHeadingText().contains("formel vederlag = 213 099 052,06 NOK for NO ("), view.getHeadingText());
	}

	@Test
	void anotherScenarioIsExplainedWhenPicked() throws Exception {
		ExplanationView view = explanationOf(demoFolder());
		Combo scenarios = view.getScenarioCombo();
		pick(scenarios, "meklers-forslag");
		waitUntil(() -> view.getQuery() != null && view.getQuery().scenario().equals("meklers-forslag"),
				"the mediator's proposal is explained", CASE_TIMEOUT);
		// every 2025 rate × 1.06, rounded to øre, times the counts (hand sum in the simulation tests)
		assertEquals("225 882 909,64", view.getViewer().getTree().getItem(0).getText(1));
		pick(scenarios, "grunnlag");
		waitUntil(() -> view.getQuery().scenario().equals("grunnlag"), "the baseline is explained again", CASE_TIMEOUT);
		paymentsOf(demoFolder());
	}

	static ExplanationView explanationOf(Path folder) throws Exception {
		Path expected = folder.toAbsolutePath().normalize();
		ExplanationView view = (ExplanationView) window().getActivePage().showView(ExplanationView.ID);
		waitUntil(() -> view.getExplanation() != null && view.getCase().folder().equals(expected),
				() -> "the explanation view explains a payment of " + expected + " (it shows: "
						+ (view.getMessageText() != null ? view.getMessageText() : view.getHeadingText()) + ")",
				CASE_TIMEOUT);
		return view;
	}

	private static void pick(Combo combo, String item) {
		combo.select(combo.indexOf(item));
		combo.notifyListeners(SWT.Selection, new Event());
	}

	private static void collect(TreeItem[] items, List<TreeItem> found) {
		for (TreeItem item : items) {
			found.add(item);
			collect(item.getItems(), found);
		}
	}
}
