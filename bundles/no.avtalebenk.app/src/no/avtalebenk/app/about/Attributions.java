package no.avtalebenk.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import no.avtalebenk.app.Messages;

/**
 * Where the bundled data come from, as {@code docs/data-sources.md} and the examples' {@code data/README.md}
 * say, with the norway-geodata licence text that must travel with the register derived from it.
 */
public final class Attributions {

	/** The bundle with the example case and the register. */
	public static final String EXAMPLES_BUNDLE = "no.avtalebenk.examples";
	/** The licence of norway-geodata in that bundle. */
	public static final String GEODATA_LICENCE = "data/LICENSE-norway-geodata.txt";

	private Attributions() {
	}

	/** @return the attributions, followed by the norway-geodata licence text when the examples bundle is installed */
	public static String text() {
		String attributions = NLS.bind(Messages.About_attributions, EXAMPLES_BUNDLE, GEODATA_LICENCE);
		String licence = geodataLicence();
		return licence == null ? attributions : attributions + "\n" + Messages.About_geodataLicence + "\n\n" + licence;
	}

	/** @return the licence text, or null when the examples bundle or its file is missing */
	private static String geodataLicence() {
		Bundle examples = Platform.getBundle(EXAMPLES_BUNDLE);
		URL entry = examples == null ? null : examples.getEntry(GEODATA_LICENCE);
		if (entry == null) {
			return null;
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return null;
		}
	}
}
