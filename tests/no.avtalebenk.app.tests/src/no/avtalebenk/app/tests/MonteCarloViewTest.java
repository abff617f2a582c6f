package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.makeCurrent;
import static no.avtalebenk.app.tests.Workbench.paymentsOf;
import static no.avtalebenk.app.tests.Workbench.press;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.ui.MonteCarloView;
import no.avtalebenk.charts.ui.PaymentsView;
import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.montecarlo.DefaultGrowth;
import no.avtalebenk.simulation.montecarlo.MonteCarlo;
import no.avtalebenk.simulation.montecarlo.MonteCarloJob;
import no.avtalebenk.simulation.montecarlo.MonteCarloResult;
import no.avtalebenk.simulation.montecarlo.MonteCarloSpec;
import no.avtalebenk.simulation.montecarlo.Summary;
import no.avtalebenk.simulation.scenario.ScenarioInputs;

/**
 * Drives the Monte Carlo view in the real workbench under Xvfb, through its buttons: a finished run
 * shows the percentiles of a headless run with the same spec on the current case's inputs, and a
 * cancelled run says so and shows no figures.
 */
class MonteCarloViewTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	@TempDir
	Path temp;

	private IWorkbenchPage page;
	private MonteCarloView view;

	@BeforeEach
	void openView() throws Exception {
		paymentsOf(demoFolder());
		page = window().getActivePage();
		view = (MonteCarloView) page.showView(MonteCarloView.ID);
		waitUntil(() -> view.getCase() != null, "the view has the current case", TIMEOUT);
	}

	@AfterEach
	void closeView() throws Exception {
		// Leave the window as the perspective opens it: no run, the payments in front.
		view.cancel();
		waitUntil(() -> view.getJob() == null, "the run has stopped", TIMEOUT);
		page.hideView(view);
		page.showView(PaymentsView.ID);
		Workbench.makeTheDemoCurrentAgain();
	}

	@Test
	void runShowsTheSamePercentilesAsAHeadlessRun() throws Exception {
		view.setInputs(7, 2_000);
		press(view.getRunButton());
		waitUntil(() -> view.getJob() == null, "the run is done", TIMEOUT);
		assertTrue(view.getStatusText().startsWith("Ferdig: 2 000 trekk, frø 7"), view.getStatusText());
		assertEquals("Monte Carlo: " + CurrentCase.DEMO_FOLDER, view.getPartName());
		assertTrue(view.getHeadingText().startsWith("Sak: " + CurrentCase.DEMO_FOLDER), view.getHeadingText());

		// The same run, computed here without the workbench: the current case's formulas, baseline and
		// years, opened afresh from its folder, the default growth drivers, seed 7, 2 000 draws.
		Case opened = Cases.open(CurrentCase.get().state().folder());
		Model formulas = opened.formulas();
		ScenarioInputs baseline = opened.scenario(null);
		MonteCarloSpec spec = new MonteCarloSpec(7, 2_000, DefaultGrowth.drivers(formulas));
		MonteCarloResult expected = MonteCarlo.run(spec, formulas, baseline.overrides(), baseline.counts(),
				opened.years(), null);

		MonteCarloResult shown = view.getResult();
		assertNotNull(shown, "a result is shown");
		assertEquals(spec, shown.spec());
		assertEquals(p50sOf2026(expected), p50sOf2026(shown));

		Summary total = expected.summaries().stream().filter(s -> s.year() == 2026 && s.category().equals("total"))
				.findFirst().orElseThrow();
		TableItem row = view.getTable().getItem(0);
		assertEquals("2026", row.getText(0));
		assertEquals(NumberStyle.NORWEGIAN.money(total.p10()), row.getText(1));
		assertEquals(NumberStyle.NORWEGIAN.money(total.p50()), row.getText(2));
		assertEquals(NumberStyle.NORWEGIAN.money(total.p90()), row.getText(3));
		// Norwegian money: space between thousands, decimal comma, "kr" after
		assertTrue(row.getText(2).matches("\\d{1,3}( \\d{3})*,\\d{2} kr"), row.getText(2));
		assertEquals(2, view.getTable().getItemCount(), "one row per agreement year");

		YIntervalSeriesCollection fan = (YIntervalSeriesCollection) view.getChart().getXYPlot().getDataset();
		assertEquals(2026, fan.getXValue(0, 0));
		assertEquals(total.p50().doubleValue(), fan.getYValue(0, 0));
		assertEquals(total.p10().doubleValue(), fan.getStartYValue(0, 0));
		assertEquals(total.p90().doubleValue(), fan.getEndYValue(0, 0));
	}

	@Test
	void cancelledRunSaysAvbruttAndShowsNoResult() throws Exception {
		// The most the view allows: some 25 s on the build machine, far more than it takes to cancel.
		view.setInputs(1, MonteCarloView.MAX_DRAWS);
		press(view.getRunButton());
		MonteCarloJob job = view.getJob();
		assertNotNull(job, "the run started");
		assertTrue(job.isUser(), "a user job, so the platform shows its progress");
		waitUntil(() -> job.percentDone() >= 1, "the run has done some of its draws", TIMEOUT);
		assertTrue(view.getStatusText().startsWith("Beregner"), view.getStatusText());
		assertTrue(view.getCancelButton().isEnabled());
		assertFalse(view.getRunButton().isEnabled(), "one run at a time");

		press(view.getCancelButton());
		waitUntil(() -> view.getJob() == null, "the cancelled run has stopped", TIMEOUT);
		assertEquals(Job.NONE, job.getState());
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
		assertTrue(view.getStatusText().startsWith("Avbrutt"), view.getStatusText());
		assertNull(view.getResult(), "no half result");
		assertNull(view.getChart());
		assertEquals(0, view.getTable().getItemCount());
		assertNull(job.result());
		assertTrue(view.getRunButton().isEnabled(), "a new run can start");
	}

	@Test
	void anotherCurrentCaseClearsTheResultOfTheCaseBefore() throws Exception {
		view.setInputs(3, 1_000);
		press(view.getRunButton());
		waitUntil(() -> view.getJob() == null, "the run is done", TIMEOUT);
		assertNotNull(view.getResult(), "a result of the demo case");

		Path folder = temp.resolve("annen-sak");
		Cases.create(folder);
		makeCurrent(folder);
		page.showView(MonteCarloView.ID);
		Path expected = folder.toAbsolutePath().normalize();
		waitUntil(() -> view.getCase() != null && view.getCase().folder().equals(expected), "the view has the new case",
				TIMEOUT);
		assertNull(view.getResult(), "the demo's percentiles are not shown for another case");
		assertEquals(0, view.getTable().getItemCount());
		assertEquals("Monte Carlo: annen-sak", view.getPartName());
		assertTrue(view.getRunButton().isEnabled(), "the new case can be run");
	}

	private static Map<String, BigDecimal> p50sOf2026(MonteCarloResult result) {
		List<Summary> of2026 = result.summaries().stream().filter(s -> s.year() == 2026).toList();
		assertFalse(of2026.isEmpty());
		return of2026.stream().collect(Collectors.toMap(Summary::category, Summary::p50));
	}
}
