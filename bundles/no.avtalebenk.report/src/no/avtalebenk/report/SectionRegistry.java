package no.avtalebenk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

import no.avtalebenk.simulation.Contributions;

/**
 * The one reader of the extension point {@value #EXTENSION_POINT}: creates the contributed
 * {@link ReportSection}s in their order. A broken contribution (no id, an id already taken, an order
 * that is not a number, a class that is missing, is not a {@link ReportSection} or throws in its
 * constructor) is reported by bundle, extension and reason in the log and in {@link #problems()}, and
 * skipped.
 */
public final class SectionRegistry {

	/** The extension point's id; permanent API. */
	public static final String EXTENSION_POINT = "no.avtalebenk.report.sections";

	private final List<ReportSection> sections;
	private final List<String> problems;

	private SectionRegistry(List<ReportSection> sections, List<String> problems) {
		this.sections = List.copyOf(sections);
		this.problems = List.copyOf(problems);
	}

	/** @return the sections contributed to the running platform; none when there is no platform */
	public static SectionRegistry load() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return new SectionRegistry(List.of(), List.of());
		}
		return read(registry.getConfigurationElementsFor(EXTENSION_POINT));
	}

	/**
	 * @param elements the extension point's configuration elements
	 * @return the sections they contribute
	 */
	static SectionRegistry read(IConfigurationElement[] elements) {
		record Entry(int order, String id, ReportSection section) {
		}
		List<Entry> entries = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement element : elements) {
			if (!"section".equals(element.getName())) {
				continue;
			}
			String contributor = Contributions.name(element);
			String id = element.getAttribute("id");
			String where = "Report section '" + id + "' from " + contributor;
			if (id == null || id.isBlank() || !ids.add(id)) {
				report(problems, "A report section from " + contributor + " has no id or one already taken; skipped.");
				continue;
			}
			int order;
			try {
				String text = element.getAttribute("order");
				order = text == null ? 100 : Integer.parseInt(text.strip());
			} catch (NumberFormatException e) {
				report(problems, where + " has an order that is not a whole number; skipped.");
				continue;
			}
			Object created;
			try {
				created = element.createExecutableExtension("class");
			} catch (CoreException | RuntimeException | LinkageError e) {
				report(problems, where + " could not be created (" + Contributions.reason(e) + "); skipped.");
				continue;
			}
			if (!(created instanceof ReportSection section)) {
				report(problems, where + ": class " + created.getClass().getName() + " is not a "
						+ ReportSection.class.getName() + "; skipped.");
				continue;
			}
			entries.add(new Entry(order, id, section));
		}
		entries.sort(Comparator.comparingInt(Entry::order).thenComparing(Entry::id));
		return new SectionRegistry(entries.stream().map(Entry::section).toList(), problems);
	}

	private static void report(List<String> problems, String message) {
		problems.add(message);
		ILog.of(SectionRegistry.class).log(Status.warning(message));
	}

	/** @return the working sections, in order */
	public List<ReportSection> sections() {
		return sections;
	}

	/** @return one message for each contribution that was skipped */
	public List<String> problems() {
		return problems;
	}
}
