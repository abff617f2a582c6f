package no.avtalebenk.model.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.ui.CurrentCase;

/**
 * The case an agreement file belongs to, for the what-if figures (its formulas and counts): the
 * workbench's current case when the file is in its folder (and its new state each time the case is
 * opened again), otherwise the folder opened with {@link Cases#open} in a job. What is found is handed
 * to the display thread.
 */
final class CaseSource {

	/** What is known of the case. */
	sealed interface State permits Opening, Open, Failed {
	}

	/** The case is being opened. */
	record Opening() implements State {
	}

	/** @param value the opened case */
	record Open(Case value) implements State {
	}

	/** @param message why it cannot be opened, with the places of its errors */
	record Failed(String message) implements State {
	}

	private final Path folder;
	private final Display display;
	private final Consumer<State> consumer;
	private final Consumer<CurrentCase.State> currentListener = this::currentChanged;
	private volatile boolean disposed;

	/**
	 * @param folder   the case folder (the agreement file's)
	 * @param display  the display the consumer runs on
	 * @param consumer told of each state of the case, on the display thread
	 */
	CaseSource(Path folder, Display display, Consumer<State> consumer) {
		this.folder = folder.toAbsolutePath().normalize();
		this.display = display;
		this.consumer = consumer;
	}

	/** Starts finding the case. */
	void start() {
		consumer.accept(new Opening());
		CurrentCase current = CurrentCase.get();
		current.addListener(currentListener);
		CurrentCase.State state = current.state();
		if (state.folder().equals(folder)) {
			currentChanged(state);
		} else {
			openInJob();
		}
	}

	/** Opens the case again after its agreement file was saved, unless the current case's watcher does. */
	void saved() {
		if (!CurrentCase.get().state().folder().equals(folder)) {
			openInJob();
		}
	}

	/** Stops listening. */
	void dispose() {
		disposed = true;
		CurrentCase.get().removeListener(currentListener);
	}

	private void currentChanged(CurrentCase.State state) {
		if (!state.folder().equals(folder)) {
			return;
		}
		switch (state) {
		case CurrentCase.Open open -> deliver(new Open(open.value()));
		case CurrentCase.Failed failed -> deliver(new Failed(failed.error().getMessage()));
		case CurrentCase.Opening opening -> deliver(new Opening());
		}
	}

	private void openInJob() {
		Job job = Job.create(NLS.bind(Messages.Job_openCase, folder), monitor -> {
			try {
				deliver(new Open(Cases.open(folder)));
			} catch (CaseException e) {
				deliver(new Failed(e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void deliver(State state) {
		if (disposed || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (!disposed) {
				consumer.accept(state);
			}
		});
	}
}
