package no.avtalebenk.app.about;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

import no.avtalebenk.app.Messages;

/**
 * A library Avtalebenk is built on, with the bundle whose running version the About dialog shows.
 *
 * @param name    the library's name
 * @param bundle  the symbolic name of its bundle
 * @param licence the licence it is used under (SPDX identifiers)
 */
public record Library(String name, String bundle, String licence) {

	/** The main libraries, in the order the About dialog lists them. */
	public static final List<Library> MAIN = List.of( //
			new Library("Eclipse Platform", "org.eclipse.ui.workbench", "EPL-2.0"),
			new Library("Eclipse Modeling Framework (EMF)", "org.eclipse.emf.ecore", "EPL-2.0"),
			new Library("Xtext", "org.eclipse.xtext", "EPL-2.0"),
			new Library("JFreeChart", "org.jfree.jfreechart", "LGPL-2.1-or-later"),
			new Library("JFreeSVG", "org.jfree.svg", "GPL-3.0-only"),
			new Library("OpenPDF", "com.github.librepdf.openpdf", Messages.About_lgplOrMpl),
			new Library("picocli", "picocli", "Apache-2.0"),
			new Library("Guava", "com.google.guava", "Apache-2.0"),
			new Library("Guice", "com.google.inject", "Apache-2.0"));

	/** @return the version of the bundle in this installation, or null when it is not installed */
	public String version() {
		Bundle running = Platform.getBundle(bundle);
		return running == null ? null : running.getVersion().toString();
	}
}
