package no.avtalebenk.model.ui.edit;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the agreement model's labels and property editing: Norwegian bokmål in
 * {@code editmessages.properties}, English in {@code editmessages_en.properties}.
 */
public final class EditMessages extends NLS {

	private static final String BUNDLE_NAME = "no.avtalebenk.model.ui.edit.editmessages";

	/** A yes/no value: yes. */
	public static String Value_yes;
	/** A yes/no value: no. */
	public static String Value_no;
	/** An optional reference that points nowhere. */
	public static String Value_none;
	/** Text that is not a value: {0} the text, {1} the field. */
	public static String Value_invalid;
	/** A required number left empty: {0} the field. */
	public static String Value_required;

	/** A group of the root's elements: {0} the kind, {1} how many. */
	public static String Text_group;
	/** A party: {0} name, {1} role. */
	public static String Text_party;
	/** A clause: {0} number, {1} heading. */
	public static String Text_clause;
	/** A reporting unit: {0} id, {1} name. */
	public static String Text_unit;
	/** A count: {0} category, {1} unit, {2} year, {3} value. */
	public static String Text_count;
	/** A scenario: {0} name, {1} whose position. */
	public static String Text_scenario;
	/** A count change: {0} category, {1} unit, {2} year, {3} value. */
	public static String Text_countChange;
	/** A growth change: {0} category, {1} unit, {2} rate per year, {3} from year. */
	public static String Text_growthChange;
	/** A count year change: category, rule, data year of a fixed year (or empty). */
	public static String Text_countYearChange;
	/** A rate change: {0} rate, {1} valid from, {2} value. */
	public static String Text_rateChange;
	/** A share change: {0} parameter, {1} value. */
	public static String Text_shareChange;
	/** An agreed amount: {0} year, {1} amount. */
	public static String Text_agreedAmount;
	/** A meeting: {0} kind, {1} frequency. */
	public static String Text_meeting;
	/** A source reference: {0} system, {1} table or field. */
	public static String Text_source;
	/** A category subtracted in a derivation: {0} category. */
	public static String Text_subtracted;
	/** A kind with its description: {0} kind, {1} text. */
	public static String Text_kindAndText;
	/** The unit of a change that applies to every unit. */
	public static String Text_allUnits;

	static {
		NLS.initializeMessages(BUNDLE_NAME, EditMessages.class);
	}

	private EditMessages() {
	}
}
