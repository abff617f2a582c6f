package no.avtalebenk.charts.ui.pivot;

import org.eclipse.osgi.util.NLS;

import no.avtalebenk.simulation.pivot.Dimension;

/**
 * The texts of the payments pivot: Norwegian bokmål in {@code messages.properties}, English in
 * {@code messages_en.properties}, chosen by the platform's locale.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.avtalebenk.charts.ui.pivot.messages";

	/** Text {@code PivotView_partName}. */
	public static String PivotView_partName;
	/** Text {@code PivotView_heading}. */
	public static String PivotView_heading;
	/** Text {@code PivotView_headingResult}. */
	public static String PivotView_headingResult;
	/** Text {@code PivotView_scenario}. */
	public static String PivotView_scenario;
	/** Text {@code PivotView_data}. */
	public static String PivotView_data;
	/** Text {@code PivotView_rows}. */
	public static String PivotView_rows;
	/** Text {@code PivotView_then}. */
	public static String PivotView_then;
	/** Text {@code PivotView_columns}. */
	public static String PivotView_columns;
	/** Text {@code PivotView_none}. */
	public static String PivotView_none;
	/** Text {@code PivotView_copy}. */
	public static String PivotView_copy;
	/** Text {@code PivotView_copyTip}. */
	public static String PivotView_copyTip;
	/** Text {@code PivotView_export}. */
	public static String PivotView_export;
	/** Text {@code PivotView_exportTip}. */
	public static String PivotView_exportTip;
	/** Text {@code PivotView_ownCounts}. */
	public static String PivotView_ownCounts;
	/** Text {@code PivotView_referenceData}. */
	public static String PivotView_referenceData;
	/** Text {@code PivotView_total}. */
	public static String PivotView_total;
	/** Text {@code PivotView_opening}. */
	public static String PivotView_opening;
	/** Text {@code PivotView_failed}. */
	public static String PivotView_failed;
	/** Text {@code PivotView_computeFailed}. */
	public static String PivotView_computeFailed;
	/** Text {@code PivotView_computing}. */
	public static String PivotView_computing;
	/** Text {@code PivotView_jobName}. */
	public static String PivotView_jobName;
	/** Text {@code PivotView_shown}. */
	public static String PivotView_shown;
	/** Text {@code PivotView_scenarioNotInCase}. */
	public static String PivotView_scenarioNotInCase;
	/** Text {@code PivotView_exportTitle}. */
	public static String PivotView_exportTitle;
	/** Text {@code PivotView_csvFilter}. */
	public static String PivotView_csvFilter;
	/** Text {@code PivotView_xlsxFilter}. */
	public static String PivotView_xlsxFilter;
	/** Text {@code PivotView_exported}. */
	public static String PivotView_exported;
	/** Text {@code PivotView_exportFailed}. */
	public static String PivotView_exportFailed;
	/** Text {@code PivotView_exportType}. */
	public static String PivotView_exportType;
	/** Text {@code Dimension_unit}. */
	public static String Dimension_unit;
	/** Text {@code Dimension_county}. */
	public static String Dimension_county;
	/** Text {@code Dimension_category}. */
	public static String Dimension_category;
	/** Text {@code Dimension_year}. */
	public static String Dimension_year;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/**
	 * @param dimension a dimension of the pivot
	 * @return its name as the view shows it, e.g. "Fylke"
	 */
	public static String name(Dimension dimension) {
		return switch (dimension) {
		case UNIT -> Dimension_unit;
		case COUNTY -> Dimension_county;
		case CATEGORY -> Dimension_category;
		case YEAR -> Dimension_year;
		};
	}
}
