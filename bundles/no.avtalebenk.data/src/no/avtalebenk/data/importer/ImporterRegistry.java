package no.avtalebenk.data.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * The one reader of the extension point {@value #EXTENSION_POINT}. A bad contribution (no kind, a
 * kind given twice, a class that is missing, is no {@link Importer} or throws in its constructor) is
 * reported by bundle, extension and reason in the log and in {@link #problems()} and skipped, so that one broken plug-in does not take the others down.
 */
public final class ImporterRegistry {

	/** The extension point's full id; permanent API. */
	public static final String EXTENSION_POINT = "no.avtalebenk.data.importers";

	private final Map<String, ImporterDescriptor> importers;
	private final List<String> problems;

	private ImporterRegistry(Map<String, ImporterDescriptor> importers, List<String> problems) {
		this.importers = importers;
		this.problems = problems;
	}

	/** @return the importers contributed to the running platform's extension registry */
	public static ImporterRegistry load() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return new ImporterRegistry(new TreeMap<>(), List.of("no extension registry is running, so no importers are available"));
		}
		return read(registry.getConfigurationElementsFor(EXTENSION_POINT));
	}

	/**
	 * @param elements the contributions' {@code importer} elements
	 * @return the valid ones, and a problem for each invalid one
	 */
	public static ImporterRegistry read(IConfigurationElement[] elements) {
		Map<String, ImporterDescriptor> importers = new TreeMap<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			String contributor = element.getContributor().getName();
			String named = contribution(element);
			String kind = element.getAttribute("kind");
			String name = element.getAttribute("name");
			if (!"importer".equals(element.getName())) {
				report(problems, named + ": unknown element <" + element.getName() + "> in " + EXTENSION_POINT + " skipped");
				continue;
			}
			if (kind == null || !kind.matches("[a-z0-9][a-z0-9-]*")) {
				report(problems, named + ": importer skipped: the kind '" + kind
						+ "' must be lower case letters, digits and hyphens");
				continue;
			}
			if (importers.containsKey(kind)) {
				report(problems, named + ": importer '" + kind + "' skipped: " + importers.get(kind).contributor()
						+ " already contributes that kind");
				continue;
			}
			Object created;
			try {
				created = element.createExecutableExtension("class");
			} catch (CoreException | RuntimeException | LinkageError e) {
				report(problems, named + ": importer '" + kind + "' skipped: its class " + element.getAttribute("class")
						+ " cannot be created (" + reason(e) + ")");
				continue;
			}
			if (!(created instanceof Importer importer)) {
				report(problems, named + ": importer '" + kind + "' skipped: " + created.getClass().getName()
						+ " does not implement " + Importer.class.getName());
				continue;
			}
			importers.put(kind, new ImporterDescriptor(kind, name == null ? kind : name, contributor, importer));
		}
		return new ImporterRegistry(importers, List.copyOf(problems));
	}

	private static void report(List<String> problems, String message) {
		problems.add(message);
		ILog.of(ImporterRegistry.class).log(Status.warning(message));
	}

	/** The contributing bundle and the extension's id, so that the broken plugin.xml is found. */
	private static String contribution(IConfigurationElement element) {
		IExtension extension = element.getDeclaringExtension();
		String id = extension == null ? null : extension.getUniqueIdentifier();
		return element.getContributor().getName() + " (extension " + (id == null ? "without id" : id) + ")";
	}

	/** The failure's message and its innermost cause, e.g. what the importer's constructor threw. */
	private static String reason(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root == failure ? String.valueOf(failure.getMessage())
				: failure.getMessage() + ": " + root.getClass().getName()
						+ (root.getMessage() == null ? "" : ": " + root.getMessage());
	}

	/** @return the importers, by kind in alphabetical order */
	public Collection<ImporterDescriptor> importers() {
		return importers.values();
	}

	/**
	 * @param kind an importer's kind
	 * @return the importer of that kind, if contributed
	 */
	public Optional<ImporterDescriptor> get(String kind) {
		return Optional.ofNullable(importers.get(kind));
	}

	/** @return one line per skipped contribution, naming the contributing bundle and the reason */
	public List<String> problems() {
		return problems;
	}
}
