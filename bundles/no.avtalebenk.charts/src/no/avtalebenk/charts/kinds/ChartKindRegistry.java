package no.avtalebenk.charts.kinds;

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
 * The one reader of the extension point {@value #EXTENSION_POINT}: creates a {@link ChartKind} for each
 * {@code kind} element. A broken contribution (no valid name, a name already taken, also by a built-in
 * chart, a class that is missing, is not a {@link ChartKind} or throws in its constructor) is reported
 * by bundle, extension and reason — in the log and in {@link #problems()} — and skipped; the other
 * charts still work.
 */
public final class ChartKindRegistry {

	/** The extension point's id; permanent API. */
	public static final String EXTENSION_POINT = "no.avtalebenk.charts.kinds";

	/** The charts built into {@code chart --kind}; no contribution may take their names. */
	public static final List<String> BUILT_IN = List.of("bars", "series", "waterfall", "tornado", "fan", "histogram",
			"counties", "register", "gap");

	private final List<ChartKindDescriptor> kinds;
	private final List<String> problems;

	private ChartKindRegistry(List<ChartKindDescriptor> kinds, List<String> problems) {
		this.kinds = List.copyOf(kinds);
		this.problems = List.copyOf(problems);
	}

	/** @return the chart kinds contributed to the running platform's extension registry */
	public static ChartKindRegistry load() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return new ChartKindRegistry(List.of(), List.of());
		}
		return read(registry.getConfigurationElementsFor(EXTENSION_POINT));
	}

	/**
	 * @param elements the extension point's configuration elements
	 * @return the chart kinds they contribute, by name
	 */
	static ChartKindRegistry read(IConfigurationElement[] elements) {
		List<ChartKindDescriptor> found = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			if (!"kind".equals(element.getName())) {
				continue;
			}
			String name = element.getAttribute("name");
			String where = "Chart kind '" + name + "' from " + Contributions.name(element);
			if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
				report(problems, "A chart kind from " + Contributions.name(element)
						+ " has no valid name (lower-case letters, digits and '-'); skipped.");
				continue;
			}
			if (BUILT_IN.contains(name) || found.stream().anyMatch(k -> k.name().equals(name))) {
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
			if (!(created instanceof ChartKind kind)) {
				report(problems, where + ": class " + created.getClass().getName() + " is not a "
						+ ChartKind.class.getName() + "; skipped.");
				continue;
			}
			String label = element.getAttribute("label");
			String description = element.getAttribute("description");
			found.add(new ChartKindDescriptor(name, label == null ? name : label, description == null ? "" : description,
					Boolean.parseBoolean(element.getAttribute("briefing")), element.getContributor().getName(), kind));
		}
		found.sort(Comparator.comparing(ChartKindDescriptor::name));
		return new ChartKindRegistry(found, problems);
	}

	private static void report(List<String> problems, String message) {
		problems.add(message);
		ILog.of(ChartKindRegistry.class).log(Status.warning(message));
	}

	/** @return the working chart kinds, by name */
	public List<ChartKindDescriptor> kinds() {
		return kinds;
	}

	/** @return one message for each contribution that was skipped */
	public List<String> problems() {
		return problems;
	}

	/**
	 * @param name a chart kind's name
	 * @return the contributed kind of that name
	 */
	public Optional<ChartKindDescriptor> find(String name) {
		return kinds.stream().filter(k -> k.name().equals(name)).findFirst();
	}
}
