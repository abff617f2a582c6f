package no.avtalebenk.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.ui.CaseProjects;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.charts.ui.PaymentsView;

/**
 * What the UI tests do to the running workbench: find its window, press buttons, wait for work, make a
 * case current.
 */
final class Workbench {

	/** How long opening a case and projecting its payments may take at most. */
	static final Duration CASE_TIMEOUT = Duration.ofMinutes(1);

	private Workbench() {
	}

	/** @return the demo case's folder, which the first start creates in the workspace */
	static Path demoFolder() {
		return CurrentCase.workspace().resolve(CurrentCase.DEMO_FOLDER).toAbsolutePath().normalize();
	}

	/**
	 * Makes a case current, as Avtalebenk › Åpne sak… does once a folder is chosen, and waits until the
	 * payments view shows it.
	 *
	 * @param folder the case folder
	 * @return the payments view, showing the case
	 */
	static PaymentsView makeCurrent(Path folder) throws Exception {
		AtomicReference<CaseException> refused = new AtomicReference<>();
		Job job = CurrentCase.get().open(folder, refused::set);
		waitUntil(() -> job.getState() == Job.NONE, "the case is opened", CASE_TIMEOUT);
		if (refused.get() != null) {
			fail("the case " + folder + " was refused: " + refused.get().getMessage());
		}
		return paymentsOf(folder);
	}

	/**
	 * Makes the demo case current again after a test, and removes the workspace projects of the test's
	 * own cases (their folders, the test's temporary ones, are left to the test), so that the workspace
	 * does not keep projects of folders that are gone.
	 */
	static void makeTheDemoCurrentAgain() throws Exception {
		makeCurrent(demoFolder());
		waitUntil(() -> Job.getJobManager().find(CaseProjects.FAMILY).length == 0,
				"the demo case is a project again", CASE_TIMEOUT);
		IProject demo = CaseProjects.find(demoFolder());
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!project.equals(demo)) {
				project.delete(false, true, null);
			}
		}
	}

	/**
	 * @param folder a case folder
	 * @return the payments view, once it shows that case's payments
	 */
	static PaymentsView paymentsOf(Path folder) throws Exception {
		Path expected = folder.toAbsolutePath().normalize();
		PaymentsView view = (PaymentsView) window().getActivePage().showView(PaymentsView.ID);
		waitUntil(() -> view.getCase() != null && view.getCase().folder().equals(expected),
				() -> "the payments view shows the case " + expected + " (it shows: "
						+ (view.getMessageText() != null ? view.getMessageText() : view.getHeadingText()) + ")",
				CASE_TIMEOUT);
		return view;
	}

	/**
	 * @param view     the payments view
	 * @param category a category, or {@link PaymentsView#TOTAL_ROW}
	 * @param year     a year of the case
	 * @return the amount the view's table shows, as the user reads it
	 */
	static String cell(PaymentsView view, String category, int year) {
		var table = view.getTable();
		int column = -1;
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().equals(Integer.toString(year))) {
				column = i;
			}
		}
		for (var item : table.getItems()) {
			if (item.getText(0).equals(category) && column >= 0) {
				return item.getText(column);
			}
		}
		return fail("the table has no cell for " + category + " in " + year);
	}

	/** @return the one workbench window */
	static IWorkbenchWindow window() {
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		assertEquals(1, windows.length);
		return windows[0];
	}

	/** Presses a button as a click does: its selection listeners run. */
	static void press(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}

	/**
	 * Runs the display's event loop until the condition holds: the tests run on the UI thread, so a
	 * job's results, posted with asyncExec, arrive only while events are processed.
	 *
	 * @param condition what to wait for
	 * @param what      what it means, for the failure message
	 * @param timeout   how long to wait at most
	 */
	static void waitUntil(BooleanSupplier condition, String what, Duration timeout) throws InterruptedException {
		waitUntil(condition, () -> what, timeout);
	}

	/**
	 * Runs the display's event loop until the condition holds.
	 *
	 * @param condition what to wait for
	 * @param what      what it means, for the failure message, as it stands when the time is up
	 * @param timeout   how long to wait at most
	 */
	static void waitUntil(BooleanSupplier condition, Supplier<String> what, Duration timeout)
			throws InterruptedException {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Timed out after " + timeout.toSeconds() + " s waiting until " + what.get());
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(5);
			}
		}
	}

	/** Processes the events that are waiting, e.g. so that the window lays itself out. */
	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// until the queue is empty
		}
	}
}
