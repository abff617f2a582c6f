package no.avtalebenk.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Reads help topics by the addresses the help system gives them: {@code /bundle/path/file.html}, with
 * an optional {@code #anchor} or {@code ?query}. A translation in the bundle's {@code nl/<language>/}
 * folder is preferred, as the help system does.
 */
public final class Topics {

	private Topics() {
	}

	/**
	 * @param href a topic's address, e.g. {@code /no.avtalebenk.doc/html/forhandlere.html}
	 * @return the topic's bytes
	 * @throws IOException when the address names no bundle or no file in it
	 */
	public static byte[] read(String href) throws IOException {
		String path = withoutFragment(href);
		if (!path.startsWith("/") || path.indexOf('/', 1) < 0) {
			throw new IOException("the address " + href + " is not of the form /bundle/path");
		}
		int slash = path.indexOf('/', 1);
		String bundleId = path.substring(1, slash);
		String file = path.substring(slash + 1);
		Bundle bundle = Platform.getBundle(bundleId);
		if (bundle == null) {
			throw new IOException("no bundle " + bundleId + " is installed");
		}
		URL url = FileLocator.find(bundle, IPath.fromPortableString("$nl$/" + file));
		if (url == null) {
			throw new IOException("the bundle " + bundleId + " has no file " + file);
		}
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}

	/**
	 * @param href an address
	 * @return the address without its {@code #anchor} and {@code ?query}
	 */
	public static String withoutFragment(String href) {
		int end = href.length();
		for (char c : new char[] { '#', '?' }) {
			int at = href.indexOf(c);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		return href.substring(0, end);
	}

	/**
	 * @param base the address of the topic a link is in
	 * @param link the link's {@code href}, relative to the topic or absolute
	 * @return the link's target as a help address
	 */
	public static String resolve(String base, String link) {
		if (link.startsWith("/")) {
			return link;
		}
		String folder = withoutFragment(base);
		folder = folder.substring(0, folder.lastIndexOf('/') + 1);
		String joined = link.startsWith("#") ? withoutFragment(base) + link : folder + link;
		URI normalized = URI.create("help:" + joined).normalize();
		return normalized.getRawPath() + (normalized.getRawFragment() != null ? "#" + normalized.getRawFragment() : "");
	}
}
