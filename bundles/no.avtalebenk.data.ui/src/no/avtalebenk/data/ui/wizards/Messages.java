package no.avtalebenk.data.ui.wizards;

import org.eclipse.osgi.util.NLS;

/**
 * The import and export wizards' texts: Norwegian bokmål in {@code messages.properties}, English in
 * {@code messages_en.properties}, chosen by the workbench's language.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.avtalebenk.data.ui.wizards.messages";

	/** Button that opens a file dialog. */
	public static String Wizard_browse;
	/** Window title of the import wizard. */
	public static String Import_window;
	/** Import wizard, first page title. */
	public static String Import_title;
	/** Import wizard, first page description. */
	public static String Import_description;
	/** Label of the case folder. */
	public static String Import_case;
	/** Label of the importer choice. */
	public static String Import_kind;
	/** The chosen importer's options. */
	public static String Import_kindOptions;
	/** An importer without options. */
	public static String Import_noOptions;
	/** Label of the file to import. */
	public static String Import_file;
	/** Label of the year. */
	public static String Import_year;
	/** Hint in the year field. */
	public static String Import_yearHint;
	/** Label of the retrieved date. */
	public static String Import_retrieved;
	/** Hint in the retrieved field. */
	public static String Import_retrievedHint;
	/** Label of the importer's options. */
	public static String Import_options;
	/** Hint in the options field. */
	public static String Import_optionsHint;
	/** Label of the data set to import into. */
	public static String Import_dataSet;
	/** The data set exists. */
	public static String Import_existing;
	/** The data set is new. */
	public static String Import_new;
	/** Error. */
	public static String Import_noImporters;
	/** Error. */
	public static String Import_chooseKind;
	/** Error. */
	public static String Import_chooseFile;
	/** Error. */
	public static String Import_noSuchFile;
	/** Error. */
	public static String Import_badYear;
	/** Error. */
	public static String Import_badRetrieved;
	/** Error. */
	public static String Import_badOption;
	/** Error. */
	public static String Import_unknownOption;
	/** Error. */
	public static String Import_chooseDataSet;
	/** Error. */
	public static String Import_badDataSet;
	/** Error. */
	public static String Import_noFolder;
	/** Error. */
	public static String Import_notADataSet;
	/** Error. */
	public static String Import_unsaved;
	/** Progress. */
	public static String Import_running;
	/** Status line after an import. */
	public static String Import_done;
	/** Import wizard, second page title. */
	public static String Check_title;
	/** Second page description. */
	public static String Check_description;
	/** Progress. */
	public static String Check_running;
	/** Report with problems. */
	public static String Check_problems;
	/** Error line. */
	public static String Check_refused;
	/** Report without problems. */
	public static String Check_ok;
	/** Report: new data set. */
	public static String Check_created;
	/** Report: own units. */
	public static String Check_ownUnits;
	/** Report: heading of the totals. */
	public static String Check_totals;
	/** Window title of the export wizard. */
	public static String Export_window;
	/** Export page title. */
	public static String Export_title;
	/** Export page description. */
	public static String Export_description;
	/** Label. */
	public static String Export_dataSet;
	/** Label. */
	public static String Export_format;
	/** Format choice. */
	public static String Export_csv;
	/** Format choice. */
	public static String Export_xlsx;
	/** Label. */
	public static String Export_file;
	/** Warning. */
	public static String Export_replaces;
	/** Error. */
	public static String Export_chooseDataSet;
	/** Error. */
	public static String Export_chooseFile;
	/** Error. */
	public static String Export_isFolder;
	/** Progress. */
	public static String Export_running;
	/** Error. */
	public static String Export_failed;
	/** Status line after an export. */
	public static String Export_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
