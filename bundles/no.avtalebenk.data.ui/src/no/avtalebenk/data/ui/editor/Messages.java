package no.avtalebenk.data.ui.editor;

import org.eclipse.osgi.util.NLS;

/**
 * The data set editor's texts: Norwegian bokmål in {@code messages.properties}, English in
 * {@code messages_en.properties}, chosen by the workbench's language.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.avtalebenk.data.ui.editor.messages";

	/** An editor input that is not a file. */
	public static String Editor_notAFile;
	/** While the file is read. */
	public static String Editor_loading;
	/** The job that reads the file. */
	public static String Editor_loadJob;
	/** Title of the error page. */
	public static String Editor_damaged;
	/** Below the error. */
	public static String Editor_damagedHint;
	/** Legend below the table. */
	public static String Editor_legend;
	/** Group with the selected value's provenance. */
	public static String Editor_provenance;
	/** Hint in the search field. */
	public static String Editor_search;
	/** Filter box. */
	public static String Editor_estimatesOnly;
	/** County filter: no filter. */
	public static String Editor_allCounties;
	/** Category filter: no filter. */
	public static String Editor_allCategories;
	/** Year filter: no filter. */
	public static String Editor_allYears;
	/** How many counts the table shows, of all. */
	public static String Editor_shown;
	/** Detail area without a selection. */
	public static String Editor_noSelection;
	/** Column: the unit's number. */
	public static String Column_unit;
	/** Column: the unit's name. */
	public static String Column_name;
	/** Column: county. */
	public static String Column_county;
	/** Column: kind of unit. */
	public static String Column_kind;
	/** Column: category. */
	public static String Column_category;
	/** Column: year. */
	public static String Column_year;
	/** Column: value. */
	public static String Column_value;
	/** Column: source or method. */
	public static String Column_source;
	/** Cell editor: negative. */
	public static String Edit_negative;
	/** Cell editor: not a number. */
	public static String Edit_notANumber;
	/** Label of the change in Undo/Redo: unit name and year. */
	public static String Edit_command;
	/** First line of the detail: unit, category, year: value. */
	public static String Detail_value;
	/** Detail: manual entry. */
	public static String Detail_manual;
	/** Detail: estimate. */
	public static String Detail_estimate;
	/** Detail: measured. */
	public static String Detail_measured;
	/** Properties view group. */
	public static String Property_count;
	/** Property: measured, estimate or manual. */
	public static String Property_kind;
	/** Property value. */
	public static String Property_manual;
	/** Provenance field. */
	public static String Property_source;
	/** Provenance field. */
	public static String Property_tableOrField;
	/** Provenance field. */
	public static String Property_retrieved;
	/** Provenance field. */
	public static String Property_method;
	/** A count without provenance. */
	public static String Provenance_none;
	/** Source column: manual entry. */
	public static String Provenance_manual;
	/** Source column: estimate with its method. */
	public static String Provenance_estimate;
	/** Dialog title. */
	public static String Save_failedTitle;
	/** Save failed. */
	public static String Save_failed;
	/** Edit menu. */
	public static String Action_undo;
	/** Edit menu. */
	public static String Action_redo;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
