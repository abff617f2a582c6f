package no.avtalebenk.charts.ui.whatif;

import org.eclipse.osgi.util.NLS;

/**
 * The what-if panel's texts: Norwegian bokmål in {@code messages.properties}, English in
 * {@code messages_en.properties}, chosen by the platform's locale (-nl).
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.avtalebenk.charts.ui.whatif.messages";

	/** Shown while the first figures are computed. */
	public static String WhatIf_computing;

	/** Shown before a scenario is given. */
	public static String WhatIf_empty;

	/** Heading: {0} scenario, {1} base scenario, {2} the case. */
	public static String WhatIf_heading;

	/** Heading for the baseline: {0} its name, {1} the case. */
	public static String WhatIf_headingBaseline;

	/** Instead of figures: {0} the scenario, {1} what is wrong. */
	public static String WhatIf_failed;

	/** Table column: the year. */
	public static String WhatIf_columnYear;

	/** Table column: the scenario's total. */
	public static String WhatIf_columnScenario;

	/** Table column: the base scenario's total. */
	public static String WhatIf_columnBase;

	/** Table column: scenario minus base. */
	public static String WhatIf_columnDifference;

	/** Table column: the agreed amount. */
	public static String WhatIf_columnAgreed;

	/** Table column: scenario minus the agreed amount. */
	public static String WhatIf_columnGap;

	/** Label before the choice of chart. */
	public static String WhatIf_chartLabel;

	/** Chart choice: totals per year. */
	public static String WhatIf_byYear;

	/** Chart choice: per category in year {0}. */
	public static String WhatIf_byCategory;

	/** Chart title: {0} scenario, {1} base. */
	public static String WhatIf_chartByYear;

	/** Chart title: {0} scenario, {1} base, {2} year. */
	public static String WhatIf_chartByCategory;

	/** Chart title for the baseline: {0} its name. */
	public static String WhatIf_chartBaselineByYear;

	/** Chart title for the baseline: {0} its name, {1} year. */
	public static String WhatIf_chartBaselineByCategory;

	/** Name of the background job. */
	public static String WhatIf_job;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
