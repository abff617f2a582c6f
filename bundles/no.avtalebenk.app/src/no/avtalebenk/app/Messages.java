package no.avtalebenk.app;

import org.eclipse.osgi.util.NLS;

/**
 * The workbench's own texts in code (menus, About, preferences, help, the case commands): Norwegian
 * bokmål in {@code messages.properties} (the default), English in {@code messages_en.properties}; the
 * platform's language (-nl, or osgi.nl in the start configuration) chooses.
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
	/** Preferences: the counts (data set) a case is projected with. */
	public static String Preferences_data;
	/** Preferences: the agreement file's own counts. */
	public static String Preferences_data_own;
	/** Preferences: the reference data set (estimates). */
	public static String Preferences_data_reference;
	/** Preferences: the choice of counts not saved; {0} why. */
	public static String Preferences_data_notSaved;
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
	/** Help view: it could not be opened; {0} why. */
	public static String Help_notOpened;

	/** About: the sources of the bundled data; {0} the examples bundle, {1} the licence file in it. */
	public static String About_attributions;
	/** About: the heading of the norway-geodata licence text. */
	public static String About_geodataLicence;
	/** About: OpenPDF's two licences. */
	public static String About_lgplOrMpl;

	/** Avtalebenk › Ny sak…: the dialog's title. */
	public static String NewCase_title;
	/** Ny sak: what the folder dialog asks for. */
	public static String NewCase_chooseFolder;
	/** Ny sak: the case could not be created; {0} the folder. */
	public static String NewCase_notCreated;
	/** Ny sak: the folder chosen is a file; {0} it. */
	public static String NewCase_isFile;
	/** Ny sak: the folder chosen holds files; {0} it. */
	public static String NewCase_notEmpty;
	/** Ny sak: the folder cannot be read; {0} it, {1} why. */
	public static String NewCase_unreadable;
	/** Avtalebenk › Åpne sak…: the dialog's title. */
	public static String OpenCase_title;
	/** Åpne sak: what the folder dialog asks for. */
	public static String OpenCase_chooseFolder;
	/** Åpne sak: the folder is refused; {0} it. */
	public static String OpenCase_notOpened;
	/** A case command refused: {0} what could not be done, {1} each problem with its place. */
	public static String CaseDialogs_refused;
	/** Avtalebenk › Åpne sakens formelfil: the dialogs' title. */
	public static String OpenFormulas_title;
	/** Åpne sakens formelfil: no readable agreement names a formula file; {0} the case folder. */
	public static String OpenFormulas_noFormulaFile;
	/** Åpne sakens formelfil: the file named is missing; {0} the case folder, {1} the file's name. */
	public static String OpenFormulas_missing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
