package no.avtalebenk.cases.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/**
 * The nature of a workspace project that is a case folder: it runs the {@link CaseBuilder}, which checks
 * every file of the case and shows the problems in the Problems view.
 */
public final class CaseNature implements IProjectNature {

	/** The nature's id. */
	public static final String ID = "no.avtalebenk.cases.ui.caseNature";

	private IProject project;

	/** Adds the case builder to the project's build spec, unless it is there already. */
	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).anyMatch(command -> CaseBuilder.ID.equals(command.getBuilderName()))) {
			return;
		}
		ICommand builder = description.newCommand();
		builder.setBuilderName(CaseBuilder.ID);
		List<ICommand> spec = new ArrayList<>(Arrays.asList(commands));
		spec.add(builder);
		description.setBuildSpec(spec.toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	/** Removes the case builder from the project's build spec. */
	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] spec = Arrays.stream(description.getBuildSpec())
				.filter(command -> !CaseBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new);
		description.setBuildSpec(spec);
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
