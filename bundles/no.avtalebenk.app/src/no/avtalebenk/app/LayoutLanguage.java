package no.avtalebenk.app;

import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import no.avtalebenk.app.preferences.AvtalebenkPreferences;

/**
 * The language the workbench's saved layout was made in. The workbench saves its layout (open views,
 * their places and sizes, the perspectives) when it closes and restores it at the next start, and with
 * it the names of the views and perspectives as they were then written. A start in another language
 * (Språk in the preferences, or {@code -nl}) therefore does not restore the old layout, which would show
 * the other language's names, but opens the perspectives as they are first laid out, in the new language.
 */
final class LayoutLanguage {

	/** The preference with the language of the saved layout. */
	static final String KEY = "layout.language";
	/**
	 * The e4 workbench's switch for starting without the saved layout (the start option
	 * {@code -clearPersistedState}); it is also read as a system property.
	 */
	static final String CLEAR_PERSISTED_STATE = "clearPersistedState";

	private LayoutLanguage() {
	}

	/** Before the workbench starts: a layout saved in another language than this start's is not restored. */
	static void forgetLayoutOfAnotherLanguage() {
		String saved = node().get(KEY, null);
		if (saved != null && !saved.equals(current())) {
			System.setProperty(CLEAR_PERSISTED_STATE, Boolean.TRUE.toString());
		}
	}

	/** When the workbench closes and saves its layout: notes the language it is in. */
	static void remember() {
		IEclipsePreferences node = node();
		node.put(KEY, current());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(LayoutLanguage.class).warn("The language of the saved layout is not remembered: " + e.getMessage());
		}
	}

	/** @return the language of this start, "nb" or "en" */
	static String current() {
		return Locale.getDefault().getLanguage();
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(AvtalebenkPreferences.NODE);
	}
}
