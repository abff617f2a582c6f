package no.avtalebenk.charts.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;

import no.avtalebenk.cases.Case;

/**
 * A dialog whose work runs in a {@link Job}, never on the display thread: «Beregn» starts it, the
 * dialog's own bar and status line follow it, «Avbryt» cancels it, and «Lukk» closes the dialog
 * (cancelling a run nobody would see). A cancelled run shows no figures. The dialog works on the case
 * it was opened for.
 *
 * @param <J> the job
 */
abstract class JobDialog<J extends Job> extends Dialog {

	/** The id of the «Beregn» button. */
	static final int RUN_ID = IDialogConstants.CLIENT_ID + 1;
	/** The id of the «Avbryt» button, which stops a run. */
	static final int STOP_ID = IDialogConstants.CLIENT_ID + 2;
	/** The status line after a cancelled run. */
	static final String CANCELLED = Messages.JobDialog_cancelled;

	private static final int POLL_MILLIS = 100;

	/** The case worked on. */
	protected final Case value;
	private final String title;

	private ProgressBar progress;
	private Label status;
	private J job;
	private J last;
	private boolean cancelRequested;

	/**
	 * @param parent the window
	 * @param value  the case worked on
	 * @param title  the dialog's title
	 */
	JobDialog(Shell parent, Case value, String title) {
		super(parent);
		this.value = value;
		this.title = title;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title + ": " + value.folder().getFileName());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label heading = new Label(area, SWT.WRAP);
		GridData headingData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		headingData.widthHint = 720;
		heading.setLayoutData(headingData);
		heading.setText(NLS.bind(Messages.JobDialog_heading, new Object[] { value.folder().getFileName(), value.folder(),
				value.baselineName(), Case.DEFAULT_PROJECTION }));
		createInputs(area);
		Composite row = new Composite(area, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		row.setLayout(layout);
		progress = new ProgressBar(row, SWT.HORIZONTAL | SWT.SMOOTH);
		progress.setMaximum(100);
		GridData bar = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		bar.widthHint = 240;
		progress.setLayoutData(bar);
		status = new Label(row, SWT.WRAP);
		GridData line = new GridData(SWT.FILL, SWT.CENTER, true, false);
		line.widthHint = 480;
		status.setLayoutData(line);
		status.setText(Messages.JobDialog_ready);
		createResult(area);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, RUN_ID, Messages.JobDialog_run, true);
		createButton(parent, STOP_ID, Messages.JobDialog_stop, false).setEnabled(false);
		createButton(parent, IDialogConstants.CLOSE_ID, Messages.JobDialog_close, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == RUN_ID) {
			run();
		} else if (buttonId == STOP_ID) {
			cancel();
		} else if (buttonId == IDialogConstants.CLOSE_ID) {
			setReturnCode(OK);
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	@Override
	public boolean close() {
		if (job != null) {
			job.cancel();
			job = null;
		}
		return super.close();
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** @param parent where the inputs go, above the progress bar */
	abstract void createInputs(Composite parent);

	/** @param parent where the result goes, below the progress bar */
	abstract void createResult(Composite parent);

	/**
	 * @return a job for the inputs shown, or null when they are wrong: then {@link #status(String)} has
	 *         been told why
	 */
	abstract J createJob();

	/** @return the status line while the job runs */
	abstract String running(J running);

	/** @return how much of the job is done, 0 to 100 */
	abstract int percent(J running);

	/** Shows a finished job's result, or why it has none. */
	abstract void showResult(J done);

	/** Shows no figures. */
	abstract void clearResult();

	/** @param enabled whether the inputs can be changed (not while a job runs) */
	abstract void setInputsEnabled(boolean enabled);

	/** @param text the status line */
	void status(String text) {
		status.setText(text);
		status.getParent().layout(true);
	}

	/** Starts a job with the inputs shown, unless one is running. */
	void run() {
		if (job != null) {
			return;
		}
		J started = createJob();
		if (started == null) {
			return;
		}
		clearResult();
		Display display = getShell().getDisplay();
		started.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				display.asyncExec(() -> finished(started, event.getResult()));
			}
		});
		job = started;
		last = started;
		cancelRequested = false;
		setRunning(true);
		progress.setSelection(0);
		status(running(started));
		started.schedule();
		display.timerExec(POLL_MILLIS, this::poll);
	}

	/** Cancels the running job, if any; the dialog then says "Avbrutt" and shows no figures. */
	void cancel() {
		if (job != null) {
			cancelRequested = true;
			getButton(STOP_ID).setEnabled(false);
			status(Messages.JobDialog_cancelling);
			job.cancel();
		}
	}

	private void poll() {
		if (job == null || status.isDisposed() || cancelRequested) {
			return;
		}
		progress.setSelection(percent(job));
		status(running(job));
		status.getDisplay().timerExec(POLL_MILLIS, this::poll);
	}

	private void finished(J finished, IStatus outcome) {
		if (status.isDisposed() || finished != job) {
			return;
		}
		job = null;
		setRunning(false);
		if (outcome.getSeverity() == IStatus.CANCEL || cancelRequested) {
			// A run cancelled just after its last step still counts as cancelled: the user asked for no result.
			progress.setSelection(0);
			clearResult();
			status(CANCELLED);
		} else {
			progress.setSelection(100);
			showResult(finished);
		}
	}

	private void setRunning(boolean running) {
		getButton(RUN_ID).setEnabled(!running);
		getButton(STOP_ID).setEnabled(running);
		setInputsEnabled(!running);
	}

	/** @return the running job, or the last one when none runs; null before the first run */
	public J getJob() {
		return job != null ? job : last;
	}

	/** @return whether a job runs */
	public boolean isRunning() {
		return job != null;
	}

	/** @return the status line's text */
	public String getStatusText() {
		return status.getText();
	}

	/** @return the «Beregn» button */
	public Button getRunButton() {
		return getButton(RUN_ID);
	}

	/** @return the «Avbryt» button, which stops a run */
	public Button getCancelButton() {
		return getButton(STOP_ID);
	}
}
