package no.avtalebenk.app.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.ui.MonteCarloView;

/** The defaults of {@link AvtalebenkPreferences}: those of the command line where it has the same setting. */
public class PreferenceInitializer extends AbstractPreferenceInitializer {

	/** The width of a saved chart when none is set: the command line's {@code chart} default. */
	public static final int DEFAULT_CHART_WIDTH = 1000;
	/** The height of a saved chart when none is set: the command line's {@code chart} default. */
	public static final int DEFAULT_CHART_HEIGHT = 600;

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(AvtalebenkPreferences.NODE);
		defaults.put(AvtalebenkPreferences.LANGUAGE, AvtalebenkPreferences.LANGUAGE_NB);
		defaults.put(AvtalebenkPreferences.NUMBER_STYLE, NumberStyle.NORWEGIAN.name());
		defaults.putInt(AvtalebenkPreferences.DRAWS, MonteCarloView.DEFAULT_DRAWS);
		defaults.putInt(AvtalebenkPreferences.SEED, MonteCarloView.DEFAULT_SEED);
		defaults.putInt(AvtalebenkPreferences.CHART_WIDTH, DEFAULT_CHART_WIDTH);
		defaults.putInt(AvtalebenkPreferences.CHART_HEIGHT, DEFAULT_CHART_HEIGHT);
	}
}
