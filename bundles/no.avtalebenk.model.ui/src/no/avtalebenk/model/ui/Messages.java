package no.avtalebenk.model.ui;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the agreement editor: Norwegian bokmål in {@code messages.properties}, English in
 * {@code messages_en.properties}, picked by the workbench's language ({@code -nl}).
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.avtalebenk.model.ui.messages";

	/** The page with the model tree and the form. */
	public static String Page_agreement;
	/** The scenario page. */
	public static String Page_scenarios;
	/** The page shown instead when the file cannot be read. */
	public static String Page_error;
	/** Heading of the error page. */
	public static String Error_heading;
	/** What to do about a damaged file. */
	public static String Error_hint;
	/** Title of the dialog when saving fails. */
	public static String Save_failedTitle;
	/** Saving failed: {0} the file, {1} why. */
	public static String Save_failed;
	/** Title of the Save As dialog. */
	public static String SaveAs_title;
	/** Title of the warning about a second agreement file in a case folder. */
	public static String SaveAs_secondTitle;
	/** Warning before Save As into the same case folder: {0} folder, {1} new file, {2} current file. */
	public static String SaveAs_second;
	/** Title of the dialog when the file cannot be read again. */
	public static String Revert_failedTitle;
	/** Revert failed: {0} why, with the place. */
	public static String Revert_failed;
	/** Edit › Undo while the editor is active. */
	public static String Action_undo;
	/** Edit › Redo while the editor is active. */
	public static String Action_redo;
	/** File › Revert while the editor is active. */
	public static String Action_revert;
	/** The form when nothing is selected. */
	public static String Form_empty;
	/** Heading of the form: {0} kind of element, {1} its label. */
	public static String Form_heading;
	/** Label of a list-valued field shown read-only: {0} the field. */
	public static String Form_readOnly;
	/** While the case is opened in a job. */
	public static String Case_opening;
	/** The case could not be opened: {0} its errors with their places. */
	public static String Case_failed;
	/** Name of the job that opens the case: {0} folder. */
	public static String Job_openCase;
	/** Label of the scenario chooser. */
	public static String Scenario_label;
	/** Button: a new scenario. */
	public static String Scenario_new;
	/** Button: a copy of the scenario chosen. */
	public static String Scenario_copy;
	/** Name of a new scenario (made unique by a number). */
	public static String Scenario_newName;
	/** Name of a copy: {0} the original's name. */
	public static String Scenario_copyName;
	/** Refused rename: {0} the name. */
	public static String Scenario_nameTaken;
	/** Refused rename to an empty name. */
	public static String Scenario_nameEmpty;
	/** The page when the file has no scenario. */
	public static String Scenario_none;
	/** Title of the scenario's fields. */
	public static String Scenario_details;
	/** Title of the table of changes. */
	public static String Changes_title;
	/** Column: kind of change. */
	public static String Column_kind;
	/** Column: what is changed. */
	public static String Column_what;
	/** Column: reporting unit. */
	public static String Column_unit;
	/** Column: year, first year or valid-from date. */
	public static String Column_year;
	/** Column: the new value. */
	public static String Column_value;
	/** Column: note. */
	public static String Column_note;
	/** Button: add a count change. */
	public static String Add_count;
	/** Button: add a growth change. */
	public static String Add_growth;
	/** Button: add a rate change. */
	public static String Add_rate;
	/** Button: add a share change. */
	public static String Add_share;
	/** Button: add a count year change (the data year of a category's counts). */
	public static String Add_countYear;
	/** Button: remove the changes selected. */
	public static String Remove;
	/** Rate name of a new rate change when the case's formulas are not known yet. */
	public static String Rate_default;
	/** Parameter name of a new share change when the case's formulas are not known yet. */
	public static String Share_default;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
