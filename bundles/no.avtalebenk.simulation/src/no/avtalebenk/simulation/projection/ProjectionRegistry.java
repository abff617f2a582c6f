package no.avtalebenk.simulation.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

import no.avtalebenk.simulation.Contributions;

/**
 * The one reader of the extension point {@value #EXTENSION_POINT}: creates a
 * {@link ProjectionModel} for each {@code model} element. A contribution that is broken (no name,
 * a name already taken, a class that cannot be created or does not implement
 * {@link ProjectionModel}, or throws in its constructor) is reported by bundle, extension and
 * reason — in the log and in {@link #problems()} — and skipped; the
 * other models still work.
 */
public final class ProjectionRegistry {

	/** The extension point's id; permanent API. */
	public static final String EXTENSION_POINT = "no.avtalebenk.simulation.projections";

	private final List<ProjectionDescriptor> models;
	private final List<String> problems;

	private ProjectionRegistry(List<ProjectionDescriptor> models, List<String> problems) {
		this.models = List.copyOf(models);
		this.problems = List.copyOf(problems);
	}

	/** @return the models contributed to the running platform's extension registry */
	public static ProjectionRegistry load() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return new ProjectionRegistry(List.of(), List.of("No extension registry is running; no projection models."));
		}
		return read(registry.getConfigurationElementsFor(EXTENSION_POINT));
	}

	/**
	 * @param elements the extension point's configuration elements
	 * @return the models they contribute, by name
	 */
	static ProjectionRegistry read(IConfigurationElement[] elements) {
		List<ProjectionDescriptor> models = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			String contributor = element.getContributor().getName();
			String name = element.getAttribute("name");
			String where = "Projection model '" + name + "' from " + Contributions.name(element);
			if (!"model".equals(element.getName())) {
				continue;
			}
			if (name == null || name.isBlank() || !name.matches("[a-z0-9][a-z0-9-]*")) {
				report(problems, "A projection model from " + Contributions.name(element)
						+ " has no valid name (lower-case letters, digits and '-'); skipped.");
				continue;
			}
			if (models.stream().anyMatch(m -> m.name().equals(name))) {
				report(problems, where + " has a name already taken; skipped.");
				continue;
			}
			Object created;
			try {
				created = element.createExecutableExtension("class");
			} catch (CoreException | RuntimeException | LinkageError e) {
				report(problems, where + " could not be created (" + Contributions.reason(e) + "); skipped.");
				continue;
			}
			if (!(created instanceof ProjectionModel model)) {
				report(problems, where + ": class " + created.getClass().getName() + " is not a "
						+ ProjectionModel.class.getName() + "; skipped.");
				continue;
			}
			String label = element.getAttribute("label");
			String description = element.getAttribute("description");
			models.add(new ProjectionDescriptor(name, label == null ? name : label, description == null ? "" : description,
					contributor, model));
		}
		models.sort(Comparator.comparing(ProjectionDescriptor::name));
		return new ProjectionRegistry(models, problems);
	}

	private static void report(List<String> problems, String message) {
		problems.add(message);
		ILog.of(ProjectionRegistry.class).log(Status.warning(message));
	}

	/** @return the working models, by name */
	public List<ProjectionDescriptor> models() {
		return models;
	}

	/** @return one message for each contribution that was skipped */
	public List<String> problems() {
		return problems;
	}

	/**
	 * @param name a model name
	 * @return the model of that name, if contributed
	 */
	public Optional<ProjectionDescriptor> find(String name) {
		return models.stream().filter(m -> m.name().equals(name)).findFirst();
	}

	/**
	 * @param name a model name
	 * @return the model of that name
	 * @throws IllegalArgumentException naming the models there are
	 */
	public ProjectionDescriptor get(String name) {
		return find(name).orElseThrow(() -> new IllegalArgumentException("There is no projection model '" + name
				+ "'; installed are " + String.join(", ", models.stream().map(ProjectionDescriptor::name).toList()) + "."));
	}
}
