package no.avtalebenk.cases.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Case folders as workspace projects with the {@link CaseNature}, so that they appear in the Project
 * Explorer and their problems in the Problems view. A project's location is the case folder itself;
 * a case in the workspace folder has the default location.
 */
public final class CaseProjects {

	/** The family of the jobs that make the current case a project and refresh it. */
	public static final Object FAMILY = CaseProjects.class;

	private CaseProjects() {
	}

	/**
	 * @param folder a folder
	 * @return the workspace project whose location is that folder, or null when there is none
	 */
	public static IProject find(Path folder) {
		Path wanted = folder.toAbsolutePath().normalize();
		for (IProject project : root().getProjects()) {
			IPath location = project.getLocation();
			if (location != null && location.toFile().toPath().toAbsolutePath().normalize().equals(wanted)) {
				return project;
			}
		}
		return null;
	}

	/**
	 * Makes sure a case folder is an open workspace project with the case nature: the project that
	 * already has that location, or a new one named after the folder ({@code name (2)} when that name is
	 * taken by another folder).
	 *
	 * @param folder  the case folder
	 * @param monitor progress
	 * @return the project
	 * @throws CoreException when the project cannot be created, opened or given the nature
	 */
	public static IProject ensure(Path folder, IProgressMonitor monitor) throws CoreException {
		IProject[] result = new IProject[1];
		workspace().run(m -> {
			SubMonitor progress = SubMonitor.convert(m, 3);
			IProject project = find(folder);
			if (project == null) {
				project = newProject(freeName(folder), folder, progress.split(2));
			} else {
				progress.split(1);
				if (!project.isOpen()) {
					project.open(progress.split(1));
				}
			}
			addNature(project, progress.split(1));
			result[0] = project;
		}, root(), IWorkspace.AVOID_UPDATE, monitor);
		return result[0];
	}

	/**
	 * Creates an open project with the case nature for a case folder.
	 *
	 * @param name    the project's name, not taken yet
	 * @param folder  the case folder
	 * @param monitor progress
	 * @return the project
	 * @throws CoreException when the name is taken or not a valid name, the location is not allowed
	 *                       (it overlaps another project or the workspace), or the project cannot be
	 *                       created
	 */
	public static IProject create(String name, Path folder, IProgressMonitor monitor) throws CoreException {
		IProject[] result = new IProject[1];
		workspace().run(m -> {
			SubMonitor progress = SubMonitor.convert(m, 3);
			IProject project = newProject(name, folder, progress.split(2));
			try {
				addNature(project, progress.split(1));
			} catch (CoreException | RuntimeException e) {
				// no project without its nature: the folder and its files stay
				project.delete(false, true, null);
				throw e;
			}
			result[0] = project;
		}, root(), IWorkspace.AVOID_UPDATE, monitor);
		return result[0];
	}

	/**
	 * @param name   a project name
	 * @param folder the folder the project would have as its location
	 * @return why a project with that name cannot be created on that folder, or an OK status
	 */
	public static IStatus validate(String name, Path folder) {
		IStatus valid = workspace().validateName(name, IResource.PROJECT);
		if (!valid.isOK()) {
			return valid;
		}
		IProject project = root().getProject(name);
		if (project.exists()) {
			return Status.error(NLS.bind(Messages.CaseProjects_exists, name));
		}
		return workspace().validateProjectLocationURI(project, isDefaultLocation(name, folder) ? null : folder.toUri());
	}

	/**
	 * Adds the case nature to a project, unless it has it, and declares its files UTF-8.
	 *
	 * @param project an open project
	 * @param monitor progress
	 * @throws CoreException when the project's description cannot be changed
	 */
	public static void addNature(IProject project, IProgressMonitor monitor) throws CoreException {
		// Every file of a case is UTF-8; saying so keeps the workspace from warning about an implicit encoding.
		if (project.getDefaultCharset(false) == null) {
			project.setDefaultCharset(StandardCharsets.UTF_8.name(), monitor);
		}
		if (project.hasNature(CaseNature.ID)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
		natures[natures.length - 1] = CaseNature.ID;
		description.setNatureIds(natures);
		project.setDescription(description, monitor);
	}

	/**
	 * Has every state of the current case make its folder a project and refresh it, in a workspace job
	 * of the {@link #FAMILY}: the refresh has the builder check the files the case was opened from.
	 */
	static void follow(CurrentCase current) {
		current.addListener(state -> {
			Path folder = state.folder();
			if (!Files.isDirectory(folder)) {
				return;
			}
			WorkspaceJob job = new WorkspaceJob(NLS.bind(Messages.CaseProjects_job, folder.getFileName())) {
				@Override
				public IStatus runInWorkspace(IProgressMonitor monitor) {
					SubMonitor progress = SubMonitor.convert(monitor, 2);
					try {
						ensure(folder, progress.split(1)).refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
					} catch (CoreException | IllegalStateException e) {
						// The case works without; it is only missing in the Project Explorer and the Problems view.
						ILog.of(CaseProjects.class).warn("The case " + folder + " is not a workspace project: " + e.getMessage(), e);
					}
					return Status.OK_STATUS;
				}

				@Override
				public boolean belongsTo(Object family) {
					return family == FAMILY;
				}
			};
			job.setRule(root());
			job.setSystem(true);
			job.schedule();
		});
	}

	private static IProject newProject(String name, Path folder, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		IProject project = root().getProject(name);
		IProjectDescription description = workspace().newProjectDescription(name);
		description.setLocationURI(isDefaultLocation(name, folder) ? null : folder.toAbsolutePath().normalize().toUri());
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		return project;
	}

	/** @return the folder's name, or with the lowest free number after it when another project has it */
	private static String freeName(Path folder) {
		String base = folder.getFileName() == null ? "sak" : folder.getFileName().toString();
		if (!workspace().validateName(base, IResource.PROJECT).isOK()) {
			base = "sak";
		}
		String name = base;
		for (int i = 2; root().getProject(name).exists(); i++) {
			name = base + " (" + i + ")";
		}
		return name;
	}

	/** @return true when the folder is the project's default location, the folder of that name in the workspace */
	private static boolean isDefaultLocation(String name, Path folder) {
		IPath rootLocation = root().getLocation();
		return rootLocation != null
				&& rootLocation.toFile().toPath().toAbsolutePath().normalize().resolve(name)
						.equals(folder.toAbsolutePath().normalize());
	}

	private static IWorkspace workspace() {
		return ResourcesPlugin.getWorkspace();
	}

	private static IWorkspaceRoot root() {
		return workspace().getRoot();
	}
}
