package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.processEvents;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.app.Messages;
import no.avtalebenk.app.preferences.AvtalebenkPreferencePage;
import no.avtalebenk.app.preferences.AvtalebenkPreferences;
import no.avtalebenk.app.preferences.StartLanguage;
import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.ui.MonteCarloView;
import no.avtalebenk.charts.ui.PaymentsView;
import no.avtalebenk.simulation.result.PaymentResult;

/** Vindu › Innstillinger › Avtalebenk stores what is valid, refuses what is not, and new views use it. */
class PreferencesTest {

	@TempDir
	Path temp;

	private PreferenceDialog dialog;

	@AfterEach
	void restoreTheDefaults() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		var node = InstanceScope.INSTANCE.getNode(AvtalebenkPreferences.NODE);
		node.clear();
		node.flush();
		var caseNode = InstanceScope.INSTANCE.getNode(CurrentCase.PREFERENCES);
		if (caseNode.get(CurrentCase.DATA_KEY, null) != null) {
			caseNode.remove(CurrentCase.DATA_KEY);
			caseNode.flush();
			Workbench.waitUntil(() -> CurrentCase.get().state() instanceof CurrentCase.Open open
					&& open.value().data() == null, "the demo case has its own counts again", Workbench.CASE_TIMEOUT);
		}
		IWorkbenchPage page = window().getActivePage();
		var shown = page.findView(MonteCarloView.ID);
		if (shown != null) {
			page.hideView(shown);
		}
		page.showView(PaymentsView.ID);
	}

	@Test
	void theDefaultsAreThoseOfTheCommandLine() {
		// docs/cli.md: montecarlo --seed 1 --draws 10000; chart 1000×600 pixels
		assertEquals(10_000, intPreference(AvtalebenkPreferences.DRAWS));
		assertEquals(1, intPreference(AvtalebenkPreferences.SEED));
		assertEquals(1000, intPreference(AvtalebenkPreferences.CHART_WIDTH));
		assertEquals(600, intPreference(AvtalebenkPreferences.CHART_HEIGHT));
		assertEquals("nb", AvtalebenkPreferences.get(AvtalebenkPreferences.LANGUAGE));
		assertEquals("NORWEGIAN", AvtalebenkPreferences.get(AvtalebenkPreferences.NUMBER_STYLE));
	}

	@Test
	void zeroDrawsAreRefusedAndAChangedNumberIsStoredAndUsedByANewMonteCarloView() throws Exception {
		IWorkbenchPage workbenchPage = window().getActivePage();
		var earlier = workbenchPage.findView(MonteCarloView.ID);
		if (earlier != null) {
			workbenchPage.hideView(earlier);
		}
		AvtalebenkPreferencePage page = open();
		Text draws = page.getDrawsEditor().getTextControl(page.getFieldParent());

		type(draws, "0");
		assertFalse(page.isValid());
		assertEquals("Antall trekk må være et heltall fra 1 til 100000000.", page.getErrorMessage());
		assertFalse(okButton().isEnabled(), "OK cannot be pressed while a field is wrong");

		type(draws, "25000");
		assertTrue(page.isValid(), page.getErrorMessage());
		Button ok = okButton();
		assertTrue(ok.isEnabled());
		ok.notifyListeners(SWT.Selection, new Event());
		processEvents();
		assertEquals(25_000, intPreference(AvtalebenkPreferences.DRAWS));

		MonteCarloView view = (MonteCarloView) workbenchPage.showView(MonteCarloView.ID);
		assertEquals(List.of(1, 25_000), List.of(view.getInputs()[0], view.getInputs()[1]));
	}

	@Test
	void theReferenceDataSetChosenIsWhatTheViewsProjectAndTheyNameIt() throws Exception {
		PaymentsView view = Workbench.paymentsOf(Workbench.demoFolder());
		assertEquals("213 099 052,06 kr", Workbench.cell(view, PaymentsView.TOTAL_ROW, 2026), "the own counts first");
		AvtalebenkPreferencePage page = open();
		Combo data = comboWith(page.getFieldParent(), Messages.Preferences_data_reference);
		data.select(List.of(data.getItems()).indexOf(Messages.Preferences_data_reference));
		data.notifyListeners(SWT.Selection, new Event());
		okButton().notifyListeners(SWT.Selection, new Event());
		processEvents();
		assertEquals(Case.REFERENCE,
				InstanceScope.INSTANCE.getNode(CurrentCase.PREFERENCES).get(CurrentCase.DATA_KEY, null));

		// The same case projected headless on the reference data set's 374 units (estimates).
		Case reference = Cases.open(Workbench.demoFolder()).withData(Case.REFERENCE);
		PaymentResult expected = reference.project(reference.projection(null), reference.scenario(null));
		String total = NumberStyle.NORWEGIAN.money(expected.total(2026));
		assertNotEquals("213 099 052,06 kr", total, "the reference data set's counts differ from the template's own");
		Workbench.waitUntil(() -> total.equals(Workbench.cell(view, PaymentsView.TOTAL_ROW, 2026)),
				() -> "the payments view shows the reference data set's total " + total + " (it shows "
						+ Workbench.cell(view, PaymentsView.TOTAL_ROW, 2026) + ")", Workbench.CASE_TIMEOUT);
		assertTrue(view.getHeadingText().contains("tall fra referansedatasettet (estimater)"), view.getHeadingText());
	}

	private static Combo comboWith(Composite parent, String item) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Combo combo && List.of(combo.getItems()).contains(item)) {
				return combo;
			}
			if (child instanceof Composite composite) {
				Combo inner = comboWith(composite, item);
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}

	@Test
	void aChosenLanguageIsWrittenForTheNextStartKeepingTheOtherLines() throws Exception {
		Path configIni = temp.resolve("config.ini");
		Files.writeString(configIni, "#Product Runtime Configuration File\nosgi.bundles.defaultStartLevel=4\nosgi.nl=nb_NO\n");
		StartLanguage.write(configIni, AvtalebenkPreferences.LANGUAGE_EN);
		assertEquals(List.of("#Product Runtime Configuration File", "osgi.bundles.defaultStartLevel=4", "osgi.nl=en"),
				Files.readAllLines(configIni));
	}

	@Test
	void aUsersFirstConfigIniStartsAsACopyOfTheSharedOneWithTheLanguage() throws Exception {
		// ./avtalebenk starts with the product's configuration as the shared one and the user's below it
		Path shared = temp.resolve("product-config.ini");
		Files.writeString(shared, "osgi.bundles=org.eclipse.equinox.simpleconfigurator@1:start\nosgi.nl=nb_NO\n");
		Path own = temp.resolve("user").resolve("config.ini");
		StartLanguage.write(own, shared, AvtalebenkPreferences.LANGUAGE_EN);
		assertEquals(List.of("osgi.bundles=org.eclipse.equinox.simpleconfigurator@1:start", "osgi.nl=en"),
				Files.readAllLines(own));
		assertEquals(List.of("osgi.bundles=org.eclipse.equinox.simpleconfigurator@1:start", "osgi.nl=nb_NO"),
				Files.readAllLines(shared), "the shared configuration is left as it was");
	}

	private AvtalebenkPreferencePage open() {
		dialog = PreferencesUtil.createPreferenceDialogOn(window().getShell(), AvtalebenkPreferencePage.ID,
				new String[] { AvtalebenkPreferencePage.ID }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		return (AvtalebenkPreferencePage) dialog.getSelectedPage();
	}

	/** Replaces a field's text as typing does: the field is checked when a key is released. */
	private static void type(Text field, String value) {
		field.setText(value);
		Event released = new Event();
		released.character = value.isEmpty() ? 0 : value.charAt(value.length() - 1);
		field.notifyListeners(SWT.KeyUp, released);
		processEvents();
	}

	private Button okButton() {
		Button found = find(dialog.getShell());
		if (found == null) {
			throw new AssertionError("the preference dialog has no OK button");
		}
		return found;
	}

	private static Button find(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && Integer.valueOf(IDialogConstants.OK_ID).equals(button.getData())) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button below = find(composite);
				if (below != null) {
					return below;
				}
			}
		}
		return null;
	}

	private static int intPreference(String key) {
		return Platform.getPreferencesService().getInt(AvtalebenkPreferences.NODE, key, -1, null);
	}
}
