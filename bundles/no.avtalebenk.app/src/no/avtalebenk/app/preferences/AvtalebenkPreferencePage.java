package no.avtalebenk.app.preferences;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import no.avtalebenk.app.Messages;
import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.charts.NumberStyle;

/**
 * Vindu › Innstillinger › Avtalebenk: language, number style, the counts (data set) the workbench
 * projects a case with, the Monte Carlo view's draws and seed, and the size of saved charts. Numbers out of their bounds are refused with a message naming the
 * field and the bounds, and the page cannot be applied until they are mended.
 */
public class AvtalebenkPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The page's id. */
	public static final String ID = "no.avtalebenk.app.preferences";

	private IntegerFieldEditor draws;
	private IntegerFieldEditor seed;
	private String languageBefore;
	private ComboFieldEditor data;
	/** The data set is the current case's setting, kept with it in its own preference node. */
	private final ScopedPreferenceStore caseStore = new ScopedPreferenceStore(InstanceScope.INSTANCE,
			CurrentCase.PREFERENCES);

	/** A page laid out in a grid of labels and fields. */
	public AvtalebenkPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(AvtalebenkPreferences.store());
		setDescription(Messages.Preferences_description + "\n\n" + Messages.Preferences_language_note);
		languageBefore = getPreferenceStore().getString(AvtalebenkPreferences.LANGUAGE);
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		addField(new ComboFieldEditor(AvtalebenkPreferences.LANGUAGE, Messages.Preferences_language,
				new String[][] { { Messages.Preferences_language_nb, AvtalebenkPreferences.LANGUAGE_NB },
						{ Messages.Preferences_language_en, AvtalebenkPreferences.LANGUAGE_EN } },
				parent));
		addField(new RadioGroupFieldEditor(AvtalebenkPreferences.NUMBER_STYLE, Messages.Preferences_numberStyle, 1,
				new String[][] { { Messages.Preferences_numberStyle_norwegian, NumberStyle.NORWEGIAN.name() },
						{ Messages.Preferences_numberStyle_english, NumberStyle.ENGLISH.name() } },
				parent, true));
		data = new ComboFieldEditor(CurrentCase.DATA_KEY, Messages.Preferences_data, dataChoices(), parent);
		addField(data);
		draws = integer(AvtalebenkPreferences.DRAWS, Messages.Preferences_draws, AvtalebenkPreferences.MIN_DRAWS,
				AvtalebenkPreferences.MAX_DRAWS, parent);
		seed = integer(AvtalebenkPreferences.SEED, Messages.Preferences_seed, AvtalebenkPreferences.MIN_SEED,
				AvtalebenkPreferences.MAX_SEED, parent);
		integer(AvtalebenkPreferences.CHART_WIDTH, Messages.Preferences_chartWidth, AvtalebenkPreferences.MIN_CHART_SIZE,
				AvtalebenkPreferences.MAX_CHART_SIZE, parent);
		integer(AvtalebenkPreferences.CHART_HEIGHT, Messages.Preferences_chartHeight,
				AvtalebenkPreferences.MIN_CHART_SIZE, AvtalebenkPreferences.MAX_CHART_SIZE, parent);
	}

	/** @return the agreement file's own counts, the reference data set and the current case's data sets */
	private String[][] dataChoices() {
		List<String[]> choices = new ArrayList<>();
		choices.add(new String[] { Messages.Preferences_data_own, "" });
		choices.add(new String[] { Messages.Preferences_data_reference, Case.REFERENCE });
		if (CurrentCase.get().state() instanceof CurrentCase.Open open) {
			for (Path dataSet : open.value().dataSets()) {
				String name = dataSet.getFileName().toString();
				choices.add(new String[] { name, name });
			}
		}
		String chosen = caseStore.getString(CurrentCase.DATA_KEY);
		if (choices.stream().noneMatch(choice -> choice[1].equals(chosen))) {
			choices.add(new String[] { chosen, chosen });
		}
		return choices.toArray(String[][]::new);
	}

	@Override
	protected void initialize() {
		super.initialize();
		data.setPreferenceStore(caseStore);
		data.load();
	}

	private IntegerFieldEditor integer(String key, String label, int least, int most, Composite parent) {
		IntegerFieldEditor editor = new IntegerFieldEditor(key, label, parent, Integer.toString(most).length());
		editor.setValidRange(least, most);
		editor.setErrorMessage(NLS.bind(Messages.Preferences_range,
				new Object[] { label.replace("&", "").replace(":", ""), least, most }));
		addField(editor);
		return editor;
	}

	@Override
	public boolean performOk() {
		boolean stored = super.performOk();
		if (stored && caseStore.needsSaving()) {
			try {
				caseStore.save();
			} catch (IOException e) {
				setErrorMessage(NLS.bind(Messages.Preferences_data_notSaved, e.getMessage()));
				return false;
			}
		}
		String language = getPreferenceStore().getString(AvtalebenkPreferences.LANGUAGE);
		if (stored && !Objects.equals(language, languageBefore)) {
			String place = "config.ini";
			try {
				Path configIni = StartLanguage.configIni();
				place = configIni.toString();
				StartLanguage.write(configIni, StartLanguage.sharedConfigIni(), language);
				languageBefore = language;
			} catch (IOException | RuntimeException e) {
				setErrorMessage(NLS.bind(Messages.Preferences_language_notWritten, place, e.getMessage()));
				return false;
			}
		}
		return stored;
	}

	/** @return the field with the number of draws */
	public IntegerFieldEditor getDrawsEditor() {
		return draws;
	}

	/** @return the field with the data set the workbench projects a case with */
	public ComboFieldEditor getDataEditor() {
		return data;
	}

	/** @return the field with the seed */
	public IntegerFieldEditor getSeedEditor() {
		return seed;
	}

	/** @return the composite the fields are in, which their text controls are asked for with */
	public Composite getFieldParent() {
		return getFieldEditorParent();
	}
}
