package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.whatif.WhatIf;
import no.avtalebenk.cases.whatif.WhatIfResult;
import no.avtalebenk.cases.whatif.WhatIfYear;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.ui.whatif.Messages;
import no.avtalebenk.charts.ui.whatif.WhatIfPanel;
import no.avtalebenk.charts.ui.whatif.WhatIfPanel.Column;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.RateChange;
import no.avtalebenk.simulation.scenario.Scenarios;

/**
 * The what-if panel as the scenario editor embeds it, in a window of its own over the workbench: it
 * shows a scenario of the template case, follows an edit of the model made through the model's API
 * (the index factor of the mediator's proposal), shows the error of a misspelt rate in the panel, and
 * after a burst of edits shows the last one. What it shows is compared with the headless what-if.
 */
class WhatIfPanelTest {

	private static final String PROPOSAL = "meklers-forslag";
	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private Shell shell;
	private WhatIfPanel panel;
	private final AtomicInteger redraws = new AtomicInteger();

	@BeforeEach
	void open() {
		shell = new Shell(window().getShell(), SWT.SHELL_TRIM);
		shell.setText("Hva om");
		shell.setLayout(new FillLayout());
		panel = new WhatIfPanel(shell);
		panel.addUpdateListener(redraws::incrementAndGet);
		shell.setSize(1000, 380);
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void showsAScenarioAndFollowsAnEditOfItsRate() throws Exception {
		Case template = Cases.openExample();
		AgreementModel edited = EcoreUtil.copy(template.model());
		showAndWait(template, edited, PROPOSAL);
		assertNull(panel.getMessageText(), "figures, not a message");
		// in the platform's language (the test runtime's may be English)
		assertEquals(NLS.bind(Messages.WhatIf_heading, new Object[] { PROPOSAL, "grunnlag", "2026–2027" }),
				panel.getHeadingText());
		// The base is the template's baseline: its 2026 total, the category lines of kopinor.vederlag (2023 rates with the published KPI steps)
		// on its national counts; the agreed amount is the protocol's NOK 226 M.
		assertEquals("213 099 052,06 kr", panel.getText(2026, Column.BASE));
		assertEquals("226 000 000,00 kr", panel.getText(2026, Column.AGREED));
		assertShowsTheHeadlessFigures(template, edited, PROPOSAL);
		String before = panel.getText(2026, Column.SCENARIO);

		// The negotiator raises the proposal's index factor for 2026 from 1,06 to 1,20.
		RateChange factor = (RateChange) Scenarios.find(edited, PROPOSAL).getChanges().get(0);
		assertEquals("prisjustering", factor.getRate());
		factor.setValue(new BigDecimal("1.20"));
		showAndWait(template, edited, PROPOSAL);
		assertNotEquals(before, panel.getText(2026, Column.SCENARIO));
		assertShowsTheHeadlessFigures(template, edited, PROPOSAL);
	}

	@Test
	void aMisspeltRateShowsItsErrorInThePanelAndTheLastOfABurstOfEditsIsShown() throws Exception {
		Case template = Cases.openExample();
		AgreementModel edited = EcoreUtil.copy(template.model());
		RateChange factor = (RateChange) Scenarios.find(edited, PROPOSAL).getChanges().get(0);
		factor.setRate("prisjusteringg");
		showAndWait(template, edited, PROPOSAL);
		assertNull(panel.getResult());
		String failed = NLS.bind(Messages.WhatIf_failed, PROPOSAL, "");
		assertTrue(panel.getMessageText().startsWith(failed), panel.getMessageText());
		assertTrue(panel.getMessageText().contains("'prisjusteringg'"), panel.getMessageText());

		factor.setRate("prisjustering");
		for (String value : new String[] { "1.01", "1.02", "1.03", "1.04", "1.05" }) {
			factor.setValue(new BigDecimal(value));
			panel.show(template, edited, PROPOSAL);
		}
		WhatIfResult last = new WhatIf(template).compute(edited, PROPOSAL);
		waitUntil(() -> panel.getResult() != null && panel.getResult().equals(last),
				"the panel shows the last of five edits", TIMEOUT);
		assertNull(panel.getMessageText());
		assertShowsTheHeadlessFigures(template, edited, PROPOSAL);
	}

	@Test
	void theBaselineIsShownAgainstItselfAndTheChartCanShowTheCategoriesOfAYear() throws Exception {
		Case template = Cases.openExample();
		showAndWait(template, template.model(), null);
		assertEquals(NLS.bind(Messages.WhatIf_headingBaseline, "grunnlag", "2026–2027"), panel.getHeadingText());
		assertEquals("213 099 052,06 kr", panel.getText(2027, Column.SCENARIO));
		assertEquals("0,00 kr", panel.getText(2027, Column.DIFFERENCE));
		// 213 099 052,06 − 226 000 000 = −12 900 947,94
		assertEquals("-12 900 947,94 kr", panel.getText(2027, Column.GAP));

		panel.getChartChoice().select(2);
		int seen = redraws.get();
		panel.getChartChoice().notifyListeners(SWT.Selection, null);
		waitUntil(() -> redraws.get() > seen, "the chart is drawn per category", TIMEOUT);
		CategoryDataset dataset = panel.getChart().getCategoryPlot().getDataset();
		// 589 453 pupils × NOK 237,71 (222,78 with the published KPI steps) = NOK 140 118 872,63
		assertEquals(new BigDecimal("140118872.63"),
				dataset.getValue("grunnlag", PaymentsViewTest.GRUNNSKOLE));
		assertEquals(NLS.bind(Messages.WhatIf_chartBaselineByCategory, "grunnlag", "2027"),
				panel.getChart().getTitle().getText());
	}

	private void showAndWait(Case aCase, AgreementModel model, String scenario) throws InterruptedException {
		int seen = redraws.get();
		panel.show(aCase, model, scenario);
		waitUntil(() -> redraws.get() > seen, "the what-if panel redraws", TIMEOUT);
	}

	/** Table and chart show what the headless what-if computes for the same edited model. */
	private void assertShowsTheHeadlessFigures(Case aCase, AgreementModel model, String scenario) throws Exception {
		WhatIfResult expected = new WhatIf(aCase).compute(model, scenario);
		CategoryDataset dataset = panel.getChart().getCategoryPlot().getDataset();
		for (WhatIfYear year : expected.years()) {
			int y = year.year();
			assertEquals(money(year.scenario()), panel.getText(y, Column.SCENARIO));
			assertEquals(money(year.base()), panel.getText(y, Column.BASE));
			assertEquals((year.difference().signum() > 0 ? "+" : "") + money(year.difference()),
					panel.getText(y, Column.DIFFERENCE));
			assertEquals(money(year.agreed()), panel.getText(y, Column.AGREED));
			assertEquals((year.gap().signum() > 0 ? "+" : "") + money(year.gap()), panel.getText(y, Column.GAP));
			assertEquals(year.scenario(), dataset.getValue(scenario, Integer.toString(y)));
			assertEquals(year.base(), dataset.getValue(expected.base(), Integer.toString(y)));
		}
	}

	private static String money(BigDecimal amount) {
		return NumberStyle.NORWEGIAN.money(amount);
	}
}
