package no.avtalebenk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code ./avtalebenk --version}: {@code avtalebenk <version>}, the version of this bundle as the
 * OSGi framework reports it, or, outside OSGi, as its manifest states it.
 */
final class BundleVersion implements IVersionProvider {

	private static final String SYMBOLIC_NAME = "no.avtalebenk.cli";

	@Override
	public String[] getVersion() throws IOException {
		return new String[] { "avtalebenk " + version() };
	}

	/** @return e.g. "0.1.0.202612021200" */
	static String version() throws IOException {
		String version = osgiVersion();
		return version != null ? version : manifestVersion();
	}

	private static String osgiVersion() {
		try {
			Bundle bundle = FrameworkUtil.getBundle(BundleVersion.class);
			return bundle == null ? null : bundle.getVersion().toString();
		} catch (LinkageError e) {
			// No OSGi framework on the class path: the manifest says the same.
			return null;
		}
	}

	private static String manifestVersion() throws IOException {
		Enumeration<URL> manifests = BundleVersion.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
		while (manifests.hasMoreElements()) {
			try (InputStream in = manifests.nextElement().openStream()) {
				Attributes main = new Manifest(in).getMainAttributes();
				String name = main.getValue("Bundle-SymbolicName");
				if (name != null && name.split(";")[0].trim().equals(SYMBOLIC_NAME)) {
					return main.getValue("Bundle-Version");
				}
			}
		}
		throw new IOException("the manifest of " + SYMBOLIC_NAME + " is not on the class path");
	}
}
