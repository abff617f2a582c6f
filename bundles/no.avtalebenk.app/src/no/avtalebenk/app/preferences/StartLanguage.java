package no.avtalebenk.app.preferences;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Makes a chosen language the one the next start uses: Equinox reads {@code osgi.nl} from the
 * configuration area's {@code config.ini} when it starts (the start option {@code -nl} overrides it).
 * The language of the running workbench cannot change: its menus and views are already translated.
 * A user's configuration area below a shared one (the product's, as {@code ./avtalebenk} starts it) has
 * no {@code config.ini} of its own at first; Equinox then reads the shared one, and once the user's
 * exists, only that: so the user's starts as a copy of the shared one, with the language set.
 */
public final class StartLanguage {

	/** The framework property with the language. */
	public static final String PROPERTY = "osgi.nl";

	private StartLanguage() {
	}

	/** @return the running configuration's {@code config.ini} */
	public static Path configIni() throws IOException {
		Location location = Platform.getConfigurationLocation();
		if (location == null || location.getURL() == null) {
			throw new IOException("the workbench has no configuration area");
		}
		if (location.isReadOnly()) {
			throw new IOException("the configuration area " + location.getURL() + " is read-only");
		}
		URL url = location.getURL();
		try {
			return Path.of(url.toURI()).resolve("config.ini");
		} catch (URISyntaxException | IllegalArgumentException e) {
			// Equinox gives file URLs with unencoded spaces; their path is the folder.
			return Path.of(url.getPath()).resolve("config.ini");
		}
	}

	/**
	 * @return the {@code config.ini} of the shared configuration area the running one is below, or null
	 *         when there is none
	 */
	public static Path sharedConfigIni() {
		Location location = Platform.getConfigurationLocation();
		Location shared = location == null ? null : location.getParentLocation();
		if (shared == null || shared.getURL() == null) {
			return null;
		}
		URL url = shared.getURL();
		try {
			return Path.of(url.toURI()).resolve("config.ini");
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Path.of(url.getPath()).resolve("config.ini");
		}
	}

	/**
	 * Sets {@code osgi.nl} in a config.ini, keeping its other lines as they are; the file is replaced
	 * in one step, so that a start never reads half of it.
	 *
	 * @param configIni the file; created when missing
	 * @param language  {@link AvtalebenkPreferences#LANGUAGE_NB} or {@link AvtalebenkPreferences#LANGUAGE_EN}
	 */
	public static void write(Path configIni, String language) throws IOException {
		write(configIni, null, language);
	}

	/**
	 * Sets {@code osgi.nl} in a config.ini, keeping its other lines as they are; a config.ini that does
	 * not exist yet starts as a copy of the shared one, whose settings it replaces. The file is replaced in
	 * one step, so that a start never reads half of it.
	 *
	 * @param configIni the file; created when missing
	 * @param shared    the shared configuration's config.ini, or null
	 * @param language  {@link AvtalebenkPreferences#LANGUAGE_NB} or {@link AvtalebenkPreferences#LANGUAGE_EN}
	 */
	public static void write(Path configIni, Path shared, String language) throws IOException {
		String locale = switch (language) {
		case AvtalebenkPreferences.LANGUAGE_NB -> "nb_NO";
		case AvtalebenkPreferences.LANGUAGE_EN -> "en";
		default -> throw new IllegalArgumentException("unknown language '" + language + "' (nb or en)");
		};
		List<String> lines = new ArrayList<>();
		if (Files.exists(configIni)) {
			lines.addAll(Files.readAllLines(configIni, StandardCharsets.ISO_8859_1));
		} else if (shared != null && Files.isRegularFile(shared)) {
			lines.addAll(Files.readAllLines(shared, StandardCharsets.ISO_8859_1));
		}
		lines.removeIf(line -> line.strip().startsWith(PROPERTY + "=") || line.strip().startsWith(PROPERTY + " "));
		lines.add(PROPERTY + "=" + locale);
		Path folder = configIni.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, "config", ".ini.tmp");
		try {
			Files.write(temp, lines, StandardCharsets.ISO_8859_1);
			Files.move(temp, configIni, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
