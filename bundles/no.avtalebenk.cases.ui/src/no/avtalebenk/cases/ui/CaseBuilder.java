package no.avtalebenk.cases.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.CaseProblem;
import no.avtalebenk.cases.Cases;

/**
 * Checks a case project on every build (the auto-build after a file is saved): runs
 * {@link Cases#validate(Path)} on the project's folder and replaces the project's {@value #MARKER}
 * markers with one marker per problem, on the file it names (the project when it names none), with
 * the line for a place in a text file and the element path as the location for a place in a model.
 */
public final class CaseBuilder extends IncrementalProjectBuilder {

	/** The builder's id. */
	public static final String ID = "no.avtalebenk.cases.ui.caseBuilder";
	/** The type of the markers of a case's problems, a persistent problem marker. */
	public static final String MARKER = "no.avtalebenk.cases.ui.problem";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta == null || touchesTheCase(delta)) {
			check(getProject());
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(MARKER, true, IResource.DEPTH_INFINITE);
	}

	/**
	 * Checks a case project now and marks its problems, replacing the markers of the last check.
	 *
	 * @param project a case project
	 * @return the problems marked; a folder that is not (or no longer) a case is one error on the project
	 * @throws CoreException when the markers cannot be written
	 */
	public static List<CaseProblem> check(IProject project) throws CoreException {
		IPath location = project.getLocation();
		List<CaseProblem> problems;
		if (location == null) {
			problems = List.of(new CaseProblem("", 0, 0, "", "error",
					NLS.bind(Messages.CaseBuilder_notAFolder, project.getName())));
		} else {
			try {
				problems = Cases.validate(location.toFile().toPath());
			} catch (CaseException e) {
				problems = List.of(new CaseProblem("", 0, 0, "", "error", e.getMessage()));
			}
		}
		mark(project, problems);
		return problems;
	}

	/**
	 * Replaces the project's {@value #MARKER} markers with one per problem.
	 *
	 * @param project  a case project
	 * @param problems the problems of its files, each named relative to the project's folder
	 * @throws CoreException when the markers cannot be written
	 */
	static void mark(IProject project, List<CaseProblem> problems) throws CoreException {
		project.deleteMarkers(MARKER, true, IResource.DEPTH_INFINITE);
		for (CaseProblem problem : problems) {
			IResource resource = problem.file().isEmpty() ? project : project.findMember(problem.file());
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, problem.message());
			attributes.put(IMarker.SEVERITY, switch (problem.severity()) {
			case "error" -> IMarker.SEVERITY_ERROR;
			case "warning" -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
			});
			if (problem.line() > 0) {
				attributes.put(IMarker.LINE_NUMBER, problem.line());
			}
			if (!problem.path().isEmpty()) {
				attributes.put(IMarker.LOCATION, problem.path());
			}
			if (resource == null || !resource.exists()) {
				// A file the workspace does not know yet (not refreshed): the project, with the file named.
				resource = project;
				String place = problem.line() > 0 ? problem.file() + ":" + problem.line() + ":" + problem.column()
						: problem.path().isEmpty() ? problem.file() : problem.file() + ": " + problem.path();
				attributes.put(IMarker.LOCATION, place);
			}
			resource.createMarker(MARKER, attributes);
		}
	}

	/** @return true when a file of the case changed, not only the project's own hidden files (.project) */
	private static boolean touchesTheCase(IResourceDelta delta) throws CoreException {
		boolean[] touched = { false };
		delta.accept(child -> {
			IResource resource = child.getResource();
			if (resource.getName().startsWith(".")) {
				return false;
			}
			if (resource.getType() == IResource.FILE) {
				touched[0] = true;
			}
			return !touched[0];
		});
		return touched[0];
	}
}
