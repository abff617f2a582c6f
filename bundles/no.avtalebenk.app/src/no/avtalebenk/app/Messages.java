package no.avtalebenk.app;

import org.eclipse.osgi.util.NLS;

/**
 * The workbench's own texts in code (menus, About, preferences, help): Norwegian bokmål in
 * {@code messages.properties}; an English {@code messages_en.properties} beside it is picked up by the
 * platform's locale (-nl en) without code changes.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.avtalebenk.app.messages";

	/** Main menu: Fil. */
	public static String Menu_file;
	/** Main menu: Rediger. */
	public static String Menu_edit;
	/** Main menu: Vindu. */
	public static String Menu_window;
	/** Main menu: Hjelp. */
	public static String Menu_help;
	/** Fil › Ny (submenu). */
	public static String Menu_file_new;
	/** Fil › Nylig brukte filer (submenu). */
	public static String Menu_file_recent;
	/** Vindu › Åpne perspektiv (submenu). */
	public static String Menu_window_perspective;
	/** Vindu › Vis visning (submenu). */
	public static String Menu_window_view;

	/** Fil › Ny › Annet… */
	public static String Action_newOther;
	/** Fil › Importer… */
	public static String Action_import;
	/** Fil › Eksporter… */
	public static String Action_export;
	/** Fil › Lagre. */
	public static String Action_save;
	/** Fil › Lagre som… */
	public static String Action_saveAs;
	/** Fil › Lagre alle. */
	public static String Action_saveAll;
	/** Fil › Tilbakestill. */
	public static String Action_revert;
	/** Fil › Lukk. */
	public static String Action_close;
	/** Fil › Lukk alle. */
	public static String Action_closeAll;
	/** Fil › Avslutt. */
	public static String Action_quit;
	/** Rediger › Angre. */
	public static String Action_undo;
	/** Rediger › Gjør om. */
	public static String Action_redo;
	/** Rediger › Klipp ut. */
	public static String Action_cut;
	/** Rediger › Kopier. */
	public static String Action_copy;
	/** Rediger › Lim inn. */
	public static String Action_paste;
	/** Rediger › Slett. */
	public static String Action_delete;
	/** Rediger › Merk alt. */
	public static String Action_selectAll;
	/** Rediger › Søk/erstatt… */
	public static String Action_find;
	/** Vindu › Innstillinger… */
	public static String Action_preferences;
	/** Vindu › Tilbakestill perspektiv… */
	public static String Action_resetPerspective;
	/** Hjelp › Hjelpeinnhold. */
	public static String Action_helpContents;
	/** Hjelp › Om Avtalebenk. */
	public static String Action_about;

	/** About: the dialog's title. */
	public static String About_title;
	/** About: the heading, {0} the product's version. */
	public static String About_heading;
	/** About: what the program is. */
	public static String About_description;
	/** About: the libraries' tab. */
	public static String About_libraries;
	/** About: the data's tab. */
	public static String About_data;
	/** About: column: library. */
	public static String About_column_library;
	/** About: column: bundle. */
	public static String About_column_bundle;
	/** About: column: version. */
	public static String About_column_version;
	/** About: column: licence. */
	public static String About_column_licence;
	/** About: a library whose bundle is not in this installation. */
	public static String About_notInstalled;

	/** Preferences: the page's description. */
	public static String Preferences_description;
	/** Preferences: language. */
	public static String Preferences_language;
	/** Preferences: language: bokmål. */
	public static String Preferences_language_nb;
	/** Preferences: language: English. */
	public static String Preferences_language_en;
	/** Preferences: when a new language takes effect. */
	public static String Preferences_language_note;
	/** Preferences: the language could not be written to the start configuration; {0} the file, {1} why. */
	public static String Preferences_language_notWritten;
	/** Preferences: number style. */
	public static String Preferences_numberStyle;
	/** Preferences: number style: Norwegian, with an example. */
	public static String Preferences_numberStyle_norwegian;
	/** Preferences: number style: English, with an example. */
	public static String Preferences_numberStyle_english;
	/** Preferences: Monte Carlo group. */
	public static String Preferences_monteCarlo;
	/** Preferences: draws. */
	public static String Preferences_draws;
	/** Preferences: seed. */
	public static String Preferences_seed;
	/** Preferences: chart group. */
	public static String Preferences_chart;
	/** Preferences: chart width. */
	public static String Preferences_chartWidth;
	/** Preferences: chart height. */
	public static String Preferences_chartHeight;
	/** Preferences: a value out of range; {0} the field, {1} the least, {2} the most. */
	public static String Preferences_range;

	/** Help view: no guides installed. */
	public static String Help_noGuides;
	/** Help view: a topic could not be read; {0} the address, {1} why. */
	public static String Help_unreadable;
	/** Help view: heading of a context's related topics. */
	public static String Help_related;
	/** Help view: the help for a context id that has none; {0} the id. */
	public static String Help_noContext;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
