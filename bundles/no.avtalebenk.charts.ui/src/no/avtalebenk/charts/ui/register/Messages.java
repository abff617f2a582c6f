package no.avtalebenk.charts.ui.register;

import org.eclipse.osgi.util.NLS;

import no.avtalebenk.charts.data.Timeline;

/**
 * The texts of the agreement register view and its chart: Norwegian bokmål in
 * {@code messages.properties}, English in {@code messages_en.properties}, chosen by the platform's
 * locale.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.avtalebenk.charts.ui.register.messages";

	/** Text {@code RegisterView_partName}. */
	public static String RegisterView_partName;
	/** Text {@code RegisterView_heading}. */
	public static String RegisterView_heading;
	/** Text {@code RegisterView_opening}. */
	public static String RegisterView_opening;
	/** Text {@code RegisterView_failed}. */
	public static String RegisterView_failed;
	/** Text {@code RegisterView_empty}. */
	public static String RegisterView_empty;
	/** Text {@code RegisterView_shown}. */
	public static String RegisterView_shown;
	/** Text {@code RegisterView_skipped}. */
	public static String RegisterView_skipped;
	/** Text {@code RegisterView_jobName}. */
	public static String RegisterView_jobName;
	/** Text {@code RegisterView_save}. */
	public static String RegisterView_save;
	/** Text {@code RegisterView_saveTip}. */
	public static String RegisterView_saveTip;
	/** Text {@code RegisterView_saveTitle}. */
	public static String RegisterView_saveTitle;
	/** Text {@code RegisterView_pngFilter}. */
	public static String RegisterView_pngFilter;
	/** Text {@code RegisterView_svgFilter}. */
	public static String RegisterView_svgFilter;
	/** Text {@code RegisterView_saved}. */
	public static String RegisterView_saved;
	/** Text {@code RegisterView_saveFailed}. */
	public static String RegisterView_saveFailed;
	/** Text {@code RegisterView_columnName}. */
	public static String RegisterView_columnName;
	/** Text {@code RegisterView_columnParties}. */
	public static String RegisterView_columnParties;
	/** Text {@code RegisterView_columnArea}. */
	public static String RegisterView_columnArea;
	/** Text {@code RegisterView_columnSigned}. */
	public static String RegisterView_columnSigned;
	/** Text {@code RegisterView_columnExpires}. */
	public static String RegisterView_columnExpires;
	/** Text {@code RegisterView_columnFirstSigned}. */
	public static String RegisterView_columnFirstSigned;
	/** Text {@code RegisterView_columnSource}. */
	public static String RegisterView_columnSource;
	/** Text {@code Chart_title}. */
	public static String Chart_title;
	/** Text {@code Chart_today}. */
	public static String Chart_today;
	/** Text {@code Chart_periodEnd}. */
	public static String Chart_periodEnd;
	/** Text {@code Chart_expired}. */
	public static String Chart_expired;
	/** Text {@code Chart_inPeriod}. */
	public static String Chart_inPeriod;
	/** Text {@code Chart_later}. */
	public static String Chart_later;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** @return the chart's words in the workbench's language */
	public static Timeline.Texts chartTexts() {
		return new Timeline.Texts(Chart_title, Chart_today, Chart_periodEnd, Chart_expired, Chart_inPeriod, Chart_later);
	}
}
