package no.avtalebenk.data.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The one reader of the extension point {@value #EXTENSION_POINT}. A bad contribution (no kind, a
 * kind given twice, a class that cannot be created or is no {@link Importer}) is reported in
 * {@link #problems()} and skipped, so that one broken plug-in does not take the others down.
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
			String kind = element.getAttribute("kind");
			String name = element.getAttribute("name");
			if (!"importer".equals(element.getName())) {
				problems.add(contributor + ": unknown element <" + element.getName() + "> in " + EXTENSION_POINT + " skipped");
				continue;
			}
			if (kind == null || !kind.matches("[a-z0-9][a-z0-9-]*")) {
				problems.add(contributor + ": importer skipped: the kind '" + kind
						+ "' must be lower case letters, digits and hyphens");
				continue;
			}
			if (importers.containsKey(kind)) {
				problems.add(contributor + ": importer '" + kind + "' skipped: " + importers.get(kind).contributor()
						+ " already contributes that kind");
				continue;
			}
			Object created;
			try {
				created = element.createExecutableExtension("class");
			} catch (CoreException | RuntimeException | LinkageError e) {
				problems.add(contributor + ": importer '" + kind + "' skipped: its class " + element.getAttribute("class")
						+ " cannot be created (" + e.getMessage() + ")");
				continue;
			}
			if (!(created instanceof Importer importer)) {
				problems.add(contributor + ": importer '" + kind + "' skipped: " + created.getClass().getName()
						+ " does not implement " + Importer.class.getName());
				continue;
			}
			importers.put(kind, new ImporterDescriptor(kind, name == null ? kind : name, contributor, importer));
		}
		return new ImporterRegistry(importers, List.copyOf(problems));
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
