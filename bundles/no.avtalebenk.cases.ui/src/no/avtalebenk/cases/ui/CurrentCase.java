package no.avtalebenk.cases.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;

/**
 * The case the workbench works on: one per workbench, its folder remembered in the instance (workspace)
 * preferences so that the next start reopens it. On the first start, when none is remembered, the demo
 * case is created from the bundled template in the workspace folder {@value #DEMO_FOLDER} (unless that
 * folder exists already) and made current.
 * <p>
 * Opening a case parses and validates its files, so it runs in a {@link Job}; the jobs run one at a
 * time in the order they were asked for. Listeners hear of every new {@link State} in the job's thread
 * and hand it to the display themselves. While a case is current its folder is watched: when a file in
 * it (or in its {@value Cases#DATA}/ folder) changes, for instance because the formula editor saved
 * it, the case is opened again and listeners hear of the new state, which may be a failure naming the
 * errors just saved.
 * <p>
 * Each case made current becomes a workspace project with the {@link CaseNature} (see
 * {@link CaseProjects}), refreshed on every new state, so that it shows in the Project Explorer and
 * its problems in the Problems view.
 */
public final class CurrentCase {

	/** The preference node (instance scope) that remembers the current case. */
	public static final String PREFERENCES = "no.avtalebenk.cases.ui";
	/** The preference key of the current case's folder. */
	public static final String FOLDER_KEY = "folder";
	/**
	 * The preference key (same node) of the counts the workbench projects a case with: empty for the
	 * agreement file's own counts, {@value Case#REFERENCE} for the reference data set (estimates), or a
	 * data set of the case by file name. A case without that data set is shown with its own counts.
	 */
	public static final String DATA_KEY = "data";
	/** The workspace folder the demo case is created in on the first start. */
	public static final String DEMO_FOLDER = "ks-kopinor-2026-2027";
	/** How long a change in the case folder settles before the case is opened again, in milliseconds. */
	static final long SETTLE_MILLIS = 300;

	/** What the workbench knows of its current case. */
	public sealed interface State permits Opening, Open, Failed {
		/** @return the case folder */
		Path folder();
	}

	/**
	 * The case is being opened for the first time since the start.
	 *
	 * @param folder the case folder
	 */
	public record Opening(Path folder) implements State {
	}

	/**
	 * The case is open.
	 *
	 * @param folder the case folder
	 * @param value  the opened case
	 */
	public record Open(Path folder, Case value) implements State {
	}

	/**
	 * The case's folder is current, but the case could not be opened: its files have errors, or the
	 * folder is gone or is not a case.
	 *
	 * @param folder      the case folder
	 * @param formulaFile the formula file the agreement names, so that it can be opened to mend it; null
	 *                    when the agreement cannot be read either
	 * @param error       why it could not be opened, with the problems' places
	 */
	public record Failed(Path folder, Path formulaFile, CaseException error) implements State {
	}

	/** What a job does to get a case: open it, or create it and open it. */
	@FunctionalInterface
	private interface Opener {
		Case open() throws CaseException;
	}

	private static CurrentCase instance;

	/** One job at a time, in the order asked for, so that the last request decides the current case. */
	private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}
	};

	private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
	private final Job reload;
	private volatile State state;
	private CaseWatcher watcher;

	private CurrentCase(State initial) {
		state = initial;
		reload = Job.create(Messages.CurrentCase_reload, monitor -> {
			Path folder = state.folder();
			set(openOrFail(folder));
			return Status.OK_STATUS;
		});
		reload.setRule(ONE_AT_A_TIME);
		reload.setSystem(true);
		preferences().addPreferenceChangeListener(event -> {
			if (DATA_KEY.equals(event.getKey())) {
				reload.schedule();
			}
		});
	}

	/**
	 * @return the workbench's current case; the first call starts opening the remembered case, or
	 *         creates the demo case on the first start
	 */
	public static synchronized CurrentCase get() {
		if (instance == null) {
			String remembered = preferences().get(FOLDER_KEY, null);
			Path folder = (remembered != null ? Path.of(remembered) : workspace().resolve(DEMO_FOLDER)).toAbsolutePath()
					.normalize();
			boolean create = remembered == null && !Files.exists(folder);
			instance = new CurrentCase(new Opening(folder));
			CaseProjects.follow(instance);
			instance.start(folder, create);
		}
		return instance;
	}

	/**
	 * @return the workspace folder (the instance location), where the demo case is created; the user's
	 *         {@code ~/.avtalebenk} when the workbench runs without one
	 */
	public static Path workspace() {
		Location location = Platform.getInstanceLocation();
		if (location != null && location.getURL() != null && !location.isReadOnly()) {
			try {
				return Path.of(location.getURL().toURI());
			} catch (URISyntaxException | IllegalArgumentException e) {
				// A location URL with unescaped characters (spaces) is still a plain file path.
				return Path.of(location.getURL().getPath());
			}
		}
		return Path.of(System.getProperty("user.home"), ".avtalebenk");
	}

	/** @return what is known of the current case now */
	public State state() {
		return state;
	}

	/**
	 * @return the current case's formula file, also when the case cannot be opened (as long as its
	 *         agreement can be read and names one), so that errors in it can be mended; null when unknown
	 */
	public Path formulaFile() {
		return switch (state) {
		case Open open -> open.value().formulaFile();
		case Failed failed -> failed.formulaFile();
		case Opening opening -> formulaFileOf(opening.folder());
		};
	}

	/**
	 * @param listener told of each new state, in the thread of the job that opened the case (not the
	 *                 display's)
	 */
	public void addListener(Consumer<State> listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeListener(Consumer<State> listener) {
		listeners.remove(listener);
	}

	/**
	 * Opens the case in a folder and makes it current, unless it cannot be opened: then the current case
	 * stays as it was and {@code refused} hears why.
	 *
	 * @param folder  the case folder
	 * @param refused told, in the job's thread, why the folder could not be opened as a case
	 * @return the scheduled job
	 */
	public Job open(Path folder, Consumer<CaseException> refused) {
		Path absolute = folder.toAbsolutePath().normalize();
		return schedule(NLS.bind(Messages.CurrentCase_opening, absolute), () -> withPreferredData(Cases.open(absolute)),
				refused);
	}

	/**
	 * Creates a case from the bundled KS–Kopinor template in an empty or new folder, opens it and makes
	 * it current; a folder that is not empty is refused and left as it was.
	 *
	 * @param folder  the new case's folder
	 * @param refused told, in the job's thread, why the case could not be created or opened
	 * @return the scheduled job
	 */
	public Job create(Path folder, Consumer<CaseException> refused) {
		Path absolute = folder.toAbsolutePath().normalize();
		return schedule(NLS.bind(Messages.CurrentCase_creating, absolute), () -> {
			createFromTemplate(absolute);
			return withPreferredData(Cases.open(absolute));
		}, refused);
	}

	/**
	 * Opens the current case again from its folder, as a change in the folder does.
	 *
	 * @return the scheduled job
	 */
	public Job reload() {
		reload.schedule();
		return reload;
	}

	private void start(Path folder, boolean create) {
		Job job = Job.create(NLS.bind(Messages.CurrentCase_opening, folder), monitor -> {
			State opened;
			try {
				if (create) {
					createFromTemplate(folder);
				}
				Case value = withPreferredData(Cases.open(folder));
				opened = new Open(value.folder(), value);
			} catch (CaseException e) {
				opened = new Failed(folder, formulaFileOf(folder), e);
			}
			set(opened);
			return Status.OK_STATUS;
		});
		job.setRule(ONE_AT_A_TIME);
		job.schedule();
	}

	private Job schedule(String name, Opener opener, Consumer<CaseException> refused) {
		Job job = Job.create(name, monitor -> {
			Case opened;
			try {
				opened = opener.open();
			} catch (CaseException e) {
				refused.accept(e);
				return Status.OK_STATUS;
			}
			set(new Open(opened.folder(), opened));
			return Status.OK_STATUS;
		});
		job.setRule(ONE_AT_A_TIME);
		job.schedule();
		return job;
	}

	private static void createFromTemplate(Path folder) throws CaseException {
		try {
			Cases.create(folder);
		} catch (IllegalStateException e) {
			throw new CaseException(CaseException.Kind.REQUEST, e.getMessage());
		} catch (IOException e) {
			throw new CaseException(CaseException.Kind.INPUT,
					"the template could not be copied into " + folder + ": " + e.getMessage());
		}
	}

	private State openOrFail(Path folder) {
		try {
			Case value = withPreferredData(Cases.open(folder));
			return new Open(value.folder(), value);
		} catch (CaseException e) {
			return new Failed(folder, formulaFileOf(folder), e);
		}
	}

	/** Makes a state current: remembers its folder, watches it, and tells the listeners. */
	private void set(State next) {
		State previous = state;
		state = next;
		if (!next.folder().equals(previous.folder()) || previous instanceof Opening) {
			remember(next.folder());
			watch(next.folder());
		}
		for (Consumer<State> listener : listeners) {
			try {
				listener.accept(next);
			} catch (RuntimeException e) {
				ILog.of(CurrentCase.class).error("A listener of the current case failed", e);
			}
		}
	}

	private synchronized void watch(Path folder) {
		if (watcher != null) {
			watcher.close();
			watcher = null;
		}
		try {
			watcher = new CaseWatcher(folder, () -> reload.schedule(SETTLE_MILLIS));
		} catch (IOException e) {
			ILog.of(CurrentCase.class).warn("Changes to the case in " + folder
					+ " are not seen until it is opened again: its folder cannot be watched (" + e.getMessage() + ")");
		}
	}

	private static void remember(Path folder) {
		IEclipsePreferences node = preferences();
		node.put(FOLDER_KEY, folder.toString());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(CurrentCase.class).warn("The current case " + folder + " is not remembered for the next start: "
					+ e.getMessage());
		}
	}

	/**
	 * @param opened a case just opened
	 * @return the case with the counts of the {@link #DATA_KEY} preference, or as it is when none is set
	 *         or the case cannot use it (then the error log says why)
	 */
	private static Case withPreferredData(Case opened) {
		String data = preferences().get(DATA_KEY, "").strip();
		if (data.isEmpty()) {
			return opened;
		}
		try {
			return opened.withData(data);
		} catch (CaseException e) {
			ILog.of(CurrentCase.class).warn("The case in " + opened.folder() + " is shown with its own counts: the "
					+ "data set '" + data + "' chosen in the preferences cannot be used (" + e.getMessage() + ")");
			return opened;
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(PREFERENCES);
	}

	/**
	 * @return the formula file the folder's agreement names, read from the agreement alone so that a
	 *         formula file with errors can still be opened to mend them; null when there is none to read
	 */
	static Path formulaFileOf(Path folder) {
		if (!Files.isDirectory(folder)) {
			return null;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.avtale")) {
			for (Path file : files) {
				try {
					for (var agreement : AgreementFiles.load(file).getAgreements()) {
						for (Clause clause : agreement.getClauses()) {
							if (clause instanceof RemunerationClause remuneration && remuneration.getFormulaFile() != null
									&& !remuneration.getFormulaFile().isBlank()) {
								return file.toAbsolutePath().getParent().resolve(remuneration.getFormulaFile()).normalize();
							}
						}
					}
				} catch (AgreementFileException e) {
					// a damaged agreement names no formula file; another *.avtale may be the agreement
				}
			}
		} catch (IOException e) {
			return null;
		}
		return null;
	}
}
