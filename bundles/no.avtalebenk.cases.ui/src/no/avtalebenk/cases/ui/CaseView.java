package no.avtalebenk.cases.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;

/**
 * A view of the workbench's {@link CurrentCase current case}: from {@link #followCurrentCase} until it
 * is closed it hears every change of the case on the display thread, names the case in its title
 * («Vederlag: ks-kopinor-2026-2027», the folder as tool tip) and hands each state to
 * {@link #showOpening}, {@link #showFailed} or {@link #showOpen}. What a view computes from an open case
 * runs in a job ({@link #compute}); its outcome is shown only when the view was not asked to show
 * something else meanwhile, so that a computation that finishes late never replaces a newer one.
 */
public abstract class CaseView extends ViewPart {

	/**
	 * Work on a case, run in a job.
	 *
	 * @param <T> what it gives
	 */
	@FunctionalInterface
	public interface Work<T> {
		/**
		 * @return the outcome
		 * @throws CaseException when the case cannot give it; the view shows why
		 */
		T run() throws CaseException;
	}

	private Consumer<CurrentCase.State> listener;
	/** Counts what the view was asked to show, so that a computation finished late is not shown. */
	private long request;

	/** @return the view's name ahead of the case's folder in its title, e.g. «Vederlag» */
	protected abstract String partName();

	/**
	 * Shows that the case is being opened.
	 *
	 * @param folder the case folder
	 */
	protected abstract void showOpening(Path folder);

	/**
	 * Shows that the case cannot be opened, and why.
	 *
	 * @param folder the case folder
	 * @param error  why
	 */
	protected abstract void showFailed(Path folder, CaseException error);

	/**
	 * Shows an open case, usually by {@linkplain #compute computing} what the view shows.
	 *
	 * @param value the case
	 * @param asked this request's number, for {@link #compute}
	 */
	protected abstract void showOpen(Case value, long asked);

	/**
	 * Starts following the current case, and shows its state now. Called at the end of
	 * {@code createPartControl}, once the controls exist.
	 *
	 * @param alive a control of the view: changes are shown while it is not disposed
	 */
	protected final void followCurrentCase(Control alive) {
		Display display = alive.getDisplay();
		CurrentCase current = CurrentCase.get();
		listener = state -> display.asyncExec(() -> {
			if (!alive.isDisposed()) {
				changed(state);
			}
		});
		current.addListener(listener);
		changed(current.state());
	}

	private void changed(CurrentCase.State state) {
		long asked = nextRequest();
		setPartName(NLS.bind(Messages.CaseView_partName, partName(), state.folder().getFileName()));
		setTitleToolTip(state.folder().toString());
		switch (state) {
		case CurrentCase.Opening opening -> showOpening(state.folder());
		case CurrentCase.Failed failed -> showFailed(state.folder(), failed.error());
		case CurrentCase.Open open -> showOpen(open.value(), asked);
		}
	}

	/** @return the number of a new request, which makes every earlier one stale */
	protected final long nextRequest() {
		return ++request;
	}

	/**
	 * @param asked a request's number
	 * @return whether it is the latest request
	 */
	protected final boolean isLatest(long asked) {
		return asked == request;
	}

	/**
	 * Runs work in a job and hands its outcome, or why there is none, to the display thread, unless the
	 * view was asked to show something else meanwhile or has been closed.
	 *
	 * @param <T>    what the work gives
	 * @param name   the job's name
	 * @param system whether the job is a system job (not shown in the progress view)
	 * @param asked  the request's number
	 * @param alive  a control of the view
	 * @param work   the work
	 * @param done   shows the outcome
	 * @param failed shows why there is none (a {@link CaseException} or a runtime exception)
	 */
	protected final <T> void compute(String name, boolean system, long asked, Control alive, Work<T> work,
			Consumer<T> done, Consumer<Exception> failed) {
		Display display = alive.getDisplay();
		Job job = Job.create(name, monitor -> {
			T outcome;
			try {
				outcome = work.run();
			} catch (CaseException | RuntimeException e) {
				display.asyncExec(() -> {
					if (isLatest(asked) && !alive.isDisposed()) {
						failed.accept(e);
					}
				});
				return Status.OK_STATUS;
			}
			display.asyncExec(() -> {
				if (isLatest(asked) && !alive.isDisposed()) {
					done.accept(outcome);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(system);
		job.schedule();
	}

	/**
	 * @param folder a case folder
	 * @return the line naming it above the view's figures: «Sak: name (folder)», and where the counts come
	 *         from when the current case is projected with a data set chosen in the preferences
	 */
	public static String heading(Path folder) {
		String heading = NLS.bind(Messages.CaseView_heading, folder.getFileName(), folder);
		return CurrentCase.get().state() instanceof CurrentCase.Open open && open.folder().equals(folder)
				? heading + countsOf(open.value())
				: heading;
	}

	/**
	 * @param value an opened case
	 * @return nothing when it projects the agreement file's own counts, else «; tall fra …» naming the data
	 *         set, so that figures on the reference data set's estimates are never taken for the agreement's own
	 */
	public static String countsOf(Case value) {
		String data = value.data();
		if (data == null) {
			return "";
		}
		return NLS.bind(Messages.CaseView_counts, Case.REFERENCE.equals(data) ? Messages.CaseView_referenceData : data);
	}

	/**
	 * @param folder a case folder
	 * @return the message while it opens
	 */
	public static String openingMessage(Path folder) {
		return NLS.bind(Messages.CaseView_opening, folder);
	}

	/**
	 * @param folder a case folder
	 * @param error  why it cannot be opened
	 * @return the message instead of figures: why, and how to go on
	 */
	public static String failedMessage(Path folder, CaseException error) {
		return NLS.bind(Messages.CaseView_failed, folder, CaseMessages.describe(error));
	}

	/**
	 * @param error why a computation failed
	 * @return its description: a case's problems with their places, or the message
	 */
	public static String describe(Exception error) {
		return error instanceof CaseException caseError ? CaseMessages.describe(caseError)
				: String.valueOf(error.getMessage());
	}

	@Override
	public void dispose() {
		if (listener != null) {
			CurrentCase.get().removeListener(listener);
		}
		super.dispose();
	}
}
