package no.avtalebenk.simulation;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;

/**
 * How the registries of Avtalebenk's extension points name a contribution they skip: by its bundle and
 * its extension, and the reason with the cause that made it fail, so that an analyst finds the broken
 * line of a plugin.xml from one message.
 */
public final class Contributions {

	private Contributions() {
	}

	/**
	 * @param element a configuration element of a contribution
	 * @return e.g. "no.example.plugin (extension no.example.plugin.models)", or "(extension without id)"
	 *         when the extension has no id
	 */
	public static String name(IConfigurationElement element) {
		IExtension extension = element.getDeclaringExtension();
		String id = extension == null ? null : extension.getUniqueIdentifier();
		return element.getContributor().getName() + " (extension " + (id == null ? "without id" : id) + ")";
	}

	/**
	 * @param failure why a contribution could not be created
	 * @return its message followed by that of its innermost cause, e.g. the exception its constructor threw
	 */
	public static String reason(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(failure.getMessage());
		return root == failure ? message
				: message + ": " + root.getClass().getName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
	}
}
