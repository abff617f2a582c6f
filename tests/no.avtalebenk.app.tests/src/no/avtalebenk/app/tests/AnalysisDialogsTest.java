package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.CASE_TIMEOUT;
import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.paymentsOf;
import static no.avtalebenk.app.tests.Workbench.press;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import no.avtalebenk.cases.Case;
import no.avtalebenk.charts.ui.GoalSeekDialog;
import no.avtalebenk.charts.ui.SensitivityDialog;
import no.avtalebenk.simulation.analysis.GoalSeek;
import no.avtalebenk.simulation.analysis.Sensitivity;

/**
 * The goal-seek and sensitivity dialogs on the demo case: their work runs in a job, the answer is
 * shown when it is done, and «Avbryt» stops a run and shows no figures.
 */
class AnalysisDialogsTest {

	private static final BigDecimal TARGET = new BigDecimal("226000000");

	@Test
	void goalSeekFindsTheCommonFactorThatGivesTheAgreedAmount() throws Exception {
		GoalSeekDialog dialog = open(new GoalSeekDialog(window().getShell(), demo()));
		try {
			assertEquals("2026", dialog.getYearCombo().getText());
			// the agreed amount of 2026 stated in the demo case's agreement
			assertEquals("226 000 000", dialog.getTargetText().getText());
			assertEquals("Felles faktor på alle kategorisatser", dialog.getUnknownCombo().getText());
			dialog.getTargetText().setText("226000000");
			press(dialog.getRunButton());
			waitUntilDone(dialog);
			GoalSeek.Result result = dialog.getResult();
			assertNotNull(result, dialog.getStatusText());
			// 226 000 000 / 213 099 052,06 = 1,06053968…: the factor scales the rates after their øre rounding
			assertTrue(result.value().toPlainString().startsWith("1.0605396"), result.value().toPlainString());
			assertTrue(result.total().subtract(TARGET).abs().compareTo(BigDecimal.ONE) <= 0, result.total().toPlainString());
			assertTrue(dialog.getAnswerText().startsWith("1,0605396"), dialog.getAnswerText());
			// within NOK 1 of 226 000 000
			assertTrue(dialog.getTotalText().startsWith("225 999 99") || dialog.getTotalText().startsWith("226 000 00"),
					dialog.getTotalText());
			assertTrue(dialog.getDifferenceText().matches("[+-]?0,\\d\\d kr"), dialog.getDifferenceText());
			assertTrue(dialog.getStatusText().startsWith("Ferdig: målet er nådd"), dialog.getStatusText());
		} finally {
			dialog.close();
		}
	}

	@Test
	void goalSeekCancelledShowsNoFigures() throws Exception {
		GoalSeekDialog dialog = open(new GoalSeekDialog(window().getShell(), demo()));
		try {
			// Held before it starts, so that Cancel comes first however fast the machine is.
			Job.getJobManager().suspend();
			try {
				press(dialog.getRunButton());
				assertTrue(dialog.isRunning());
				press(dialog.getCancelButton());
			} finally {
				Job.getJobManager().resume();
			}
			waitUntilDone(dialog);
			assertStopped(dialog.getJob().getResult());
			assertNull(dialog.getResult());
			assertTrue(dialog.getStatusText().startsWith("Avbrutt"), dialog.getStatusText());
			assertEquals("", dialog.getAnswerText());
			assertEquals("", dialog.getTotalText());
			assertTrue(dialog.getRunButton().isEnabled(), "a new run can start");
		} finally {
			dialog.close();
		}
	}

	@Test
	void sensitivityShowsTheTornadoAndItsBars() throws Exception {
		SensitivityDialog dialog = open(new SensitivityDialog(window().getShell(), demo()));
		try {
			assertEquals("2026", dialog.getYearCombo().getText());
			press(dialog.getRunButton());
			waitUntil(() -> !dialog.isRunning() && dialog.getResult() != null,
					() -> "the sensitivity is shown (" + dialog.getStatusText() + ")", CASE_TIMEOUT);
			Sensitivity.Result result = dialog.getResult();
			// 6 category rates, 7 categories' counts (KS's own årsverk among them), 1 index, 1 parameter (the billed share)
			assertEquals(15, result.bars().size());
			assertEquals(15, dialog.getTable().getItemCount());
			assertNotNull(dialog.getChart());
			TableItem widest = dialog.getTable().getItem(0);
			// 222,78 × 0,9 = 200,502 → 208,52 (2024) → 213,94 (2025): 213 099 052,06 − 140 118 872,63 + 213,94 × 589 453;
			// 222,78 × 1,1 = 245,058 → 254,86 → 261,49: the swing is 227 116 244,40 − 199 087 754,25
			// the rate of grunnskole, by the category's name in the agreement file
			assertEquals("Grunnskole, unntatt musikk- og kulturskoler", widest.getText(0));
			assertEquals("sats", widest.getText(1));
			assertEquals("0,9", widest.getText(2));
			assertEquals("1,1", widest.getText(3));
			assertEquals("199 087 754,25 kr", widest.getText(4));
			assertEquals("227 116 244,40 kr", widest.getText(5));
			assertEquals("28 028 490,15 kr", widest.getText(6));
			// the tornado's bars too: kind, name and range, no identifier
			@SuppressWarnings("unchecked")
			List<String> bars = dialog.getChart().getCategoryPlot().getDataset().getColumnKeys();
			assertEquals("sats Grunnskole, unntatt musikk- og kulturskoler ×0,9–1,1", bars.get(0));
			assertTrue(bars.contains("antall Musikk- og kulturskoler, musikklinjer ×0,95–1,05"), bars.toString());

			Job.getJobManager().suspend();
			try {
				press(dialog.getRunButton());
				press(dialog.getCancelButton());
			} finally {
				Job.getJobManager().resume();
			}
			waitUntil(() -> !dialog.isRunning(), "the cancelled run ends", CASE_TIMEOUT);
			assertStopped(dialog.getJob().getResult());
			assertNull(dialog.getResult());
			assertNull(dialog.getChart());
			assertEquals(0, dialog.getTable().getItemCount());
			assertTrue(dialog.getStatusText().startsWith("Avbrutt"), dialog.getStatusText());
		} finally {
			dialog.close();
		}
	}

	/** @param outcome a job's last result: null when it was cancelled before it started */
	private static void assertStopped(IStatus outcome) {
		assertTrue(outcome == null || outcome.getSeverity() == IStatus.CANCEL, "the job did not run to its end: " + outcome);
	}

	private static Case demo() throws Exception {
		return paymentsOf(demoFolder()).getCase();
	}

	private static <D extends org.eclipse.jface.window.Window> D open(D dialog) {
		dialog.setBlockOnOpen(false);
		dialog.open();
		Workbench.processEvents();
		return dialog;
	}

	private static void waitUntilDone(GoalSeekDialog dialog) throws InterruptedException {
		waitUntil(() -> !dialog.isRunning(), () -> "the goal seek ends (" + dialog.getStatusText() + ")", CASE_TIMEOUT);
	}
}
