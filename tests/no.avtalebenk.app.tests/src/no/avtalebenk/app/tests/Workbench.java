package no.avtalebenk.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** What the UI tests do to the running workbench: find its window, press buttons, wait for work. */
final class Workbench {

	private Workbench() {
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
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Timed out after " + timeout.toSeconds() + " s waiting until " + what);
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
