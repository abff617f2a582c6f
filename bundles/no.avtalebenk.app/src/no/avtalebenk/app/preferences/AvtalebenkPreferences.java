package no.avtalebenk.app.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.ui.MonteCarloView;

/**
 * The user's Avtalebenk settings (Vindu › Innstillinger › Avtalebenk): the keys, their bounds and
 * defaults, kept on the instance scope in the node {@value #NODE}. The Monte Carlo view reads its
 * keys itself (it cannot see this bundle), so they are defined there and named here.
 */
public final class AvtalebenkPreferences {

	/** The preference node, the workbench bundle's id. */
	public static final String NODE = MonteCarloView.PREFERENCES;

	/** The user interface language: {@value #LANGUAGE_NB} or {@value #LANGUAGE_EN}. */
	public static final String LANGUAGE = "language";
	/** Norwegian bokmål, the default. */
	public static final String LANGUAGE_NB = "nb";
	/** English. */
	public static final String LANGUAGE_EN = "en";

	/** How amounts are written: a {@link NumberStyle} name, NORWEGIAN (default) or ENGLISH. */
	public static final String NUMBER_STYLE = MonteCarloView.NUMBER_STYLE_PREFERENCE;

	/** The draws a new Monte Carlo run starts with. */
	public static final String DRAWS = MonteCarloView.DRAWS_PREFERENCE;
	/** The fewest draws. */
	public static final int MIN_DRAWS = 1;
	/** The most draws, as the Monte Carlo view allows. */
	public static final int MAX_DRAWS = MonteCarloView.MAX_DRAWS;

	/** The seed a new Monte Carlo run starts with. */
	public static final String SEED = MonteCarloView.SEED_PREFERENCE;
	/** The least seed. */
	public static final int MIN_SEED = 0;
	/** The greatest seed. */
	public static final int MAX_SEED = Integer.MAX_VALUE;

	/** The width in pixels of a chart saved as an image. */
	public static final String CHART_WIDTH = MonteCarloView.CHART_WIDTH_PREFERENCE;
	/** The height in pixels of a chart saved as an image. */
	public static final String CHART_HEIGHT = MonteCarloView.CHART_HEIGHT_PREFERENCE;
	/** The least width or height, as for the command line's {@code chart --width/--height}. */
	public static final int MIN_CHART_SIZE = 100;
	/** The greatest width or height, as for the command line. */
	public static final int MAX_CHART_SIZE = 10_000;

	private AvtalebenkPreferences() {
	}

	/** @return a store on the instance scope of {@value #NODE}, with the defaults of {@link PreferenceInitializer} */
	public static IPreferenceStore store() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
	}

	/**
	 * @param key a key of this node
	 * @return its value as the user set it, or its default
	 */
	public static String get(String key) {
		return Platform.getPreferencesService().getString(NODE, key, null, null);
	}
}
