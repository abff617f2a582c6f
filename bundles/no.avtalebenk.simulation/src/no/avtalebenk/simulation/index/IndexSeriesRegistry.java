package no.avtalebenk.simulation.index;

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
 * The one reader of the extension point {@value #EXTENSION_POINT}: creates an {@link IndexSeries} for
 * each {@code series} element. A broken contribution (no valid name, a name already taken, a class that
 * is missing, does not implement {@link IndexSeries}, throws in its constructor or has no values) is
 * reported by bundle, extension and reason — in the log and in {@link #problems()} — and skipped; the
 * other series still work.
 */
public final class IndexSeriesRegistry {

	/** The extension point's id; permanent API. */
	public static final String EXTENSION_POINT = "no.avtalebenk.simulation.indexSeries";

	private final List<IndexSeriesDescriptor> series;
	private final List<String> problems;

	private IndexSeriesRegistry(List<IndexSeriesDescriptor> series, List<String> problems) {
		this.series = List.copyOf(series);
		this.problems = List.copyOf(problems);
	}

	/** @return the series contributed to the running platform's extension registry */
	public static IndexSeriesRegistry load() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return new IndexSeriesRegistry(List.of(), List.of("No extension registry is running; no index series."));
		}
		return read(registry.getConfigurationElementsFor(EXTENSION_POINT));
	}

	/**
	 * @param elements the extension point's configuration elements
	 * @return the series they contribute, by name
	 */
	static IndexSeriesRegistry read(IConfigurationElement[] elements) {
		List<IndexSeriesDescriptor> found = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			if (!"series".equals(element.getName())) {
				continue;
			}
			String name = element.getAttribute("name");
			String where = "Index series '" + name + "' from " + Contributions.name(element);
			if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
				report(problems, "An index series from " + Contributions.name(element)
						+ " has no valid name (lower-case letters, digits and '-'); skipped.");
				continue;
			}
			if (found.stream().anyMatch(s -> s.name().equals(name))) {
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
			if (!(created instanceof IndexSeries indexSeries)) {
				report(problems, where + ": class " + created.getClass().getName() + " is not a "
						+ IndexSeries.class.getName() + "; skipped.");
				continue;
			}
			try {
				if (indexSeries.points().isEmpty()) {
					report(problems, where + " has no values; skipped.");
					continue;
				}
			} catch (RuntimeException e) {
				report(problems, where + " cannot give its values (" + Contributions.reason(e) + "); skipped.");
				continue;
			}
			String label = element.getAttribute("label");
			String description = element.getAttribute("description");
			found.add(new IndexSeriesDescriptor(name, label == null ? name : label,
					description == null ? "" : description, element.getContributor().getName(), indexSeries));
		}
		found.sort(Comparator.comparing(IndexSeriesDescriptor::name));
		return new IndexSeriesRegistry(found, problems);
	}

	private static void report(List<String> problems, String message) {
		problems.add(message);
		ILog.of(IndexSeriesRegistry.class).log(Status.warning(message));
	}

	/** @return the working series, by name */
	public List<IndexSeriesDescriptor> series() {
		return series;
	}

	/** @return one message for each contribution that was skipped */
	public List<String> problems() {
		return problems;
	}

	/**
	 * @param name a series' name
	 * @return the series of that name, if contributed
	 */
	public Optional<IndexSeriesDescriptor> find(String name) {
		return series.stream().filter(s -> s.name().equals(name)).findFirst();
	}

	/**
	 * @param name a series' name
	 * @return the series of that name
	 * @throws IllegalArgumentException naming the series there are
	 */
	public IndexSeriesDescriptor get(String name) {
		return find(name).orElseThrow(() -> new IllegalArgumentException("There is no index series '" + name
				+ "'; installed are " + String.join(", ", series.stream().map(IndexSeriesDescriptor::name).toList())
				+ "."));
	}
}
