package no.avtalebenk.data.ui.editor;

import java.math.BigDecimal;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import no.avtalebenk.data.dataset.ManualEntry;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.Provenance;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.labels.Labels;

/**
 * How a count and its provenance read in the editor: numbers in the user's number style (the
 * workbench's setting: Norwegian "76 224" and "12,5", or English "76,224" and "12.5"), estimates
 * with the sign {@value #ESTIMATE}, manual entries with {@value #MANUAL}, kinds of unit with the
 * model's labels in the workbench's language.
 */
public final class CountText {

	/** Marks an estimated value, in the table and the legend. */
	public static final String ESTIMATE = "≈";
	/** Marks a value entered by hand. */
	public static final String MANUAL = "✎";

	/** The preference node and key of the workbench's number style (set in Vindu › Innstillinger). */
	private static final String STYLE_NODE = "no.avtalebenk.app";
	private static final String STYLE_KEY = "numberStyle";

	private CountText() {
	}

	/** @return whether the workbench writes numbers the English way */
	static boolean english() {
		String style = Platform.isRunning()
				? Platform.getPreferencesService().getString(STYLE_NODE, STYLE_KEY, "NORWEGIAN", null)
				: "NORWEGIAN";
		return "ENGLISH".equals(style);
	}

	/**
	 * @param value a count's value
	 * @return it with exactly its own decimals, grouped in thousands
	 */
	public static String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		char grouping = english() ? ',' : ' ';
		char decimal = english() ? '.' : ',';
		String plain = value.toPlainString();
		boolean negative = plain.startsWith("-");
		String digits = negative ? plain.substring(1) : plain;
		int point = digits.indexOf('.');
		String whole = point < 0 ? digits : digits.substring(0, point);
		StringBuilder text = new StringBuilder(negative ? "-" : "");
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				text.append(grouping);
			}
			text.append(whole.charAt(i));
		}
		return point < 0 ? text.toString() : text.append(decimal).append(digits, point + 1, digits.length()).toString();
	}

	/**
	 * Reads a number as people type it: spaces (also non-breaking) group thousands, a comma or a point
	 * is the decimal sign; in the English style a comma groups thousands.
	 *
	 * @param text what was typed
	 * @return the number
	 * @throws NumberFormatException when it is not a number
	 */
	public static BigDecimal parse(String text) {
		String plain = text.trim().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
		if (english()) {
			plain = plain.replace(",", "");
		} else if (plain.indexOf(',') >= 0) {
			if (plain.indexOf('.') >= 0) {
				throw new NumberFormatException(text);
			}
			plain = plain.replace(',', '.');
		}
		if (plain.isEmpty() || !plain.matches("-?\\d+(\\.\\d+)?")) {
			throw new NumberFormatException(text);
		}
		return new BigDecimal(plain);
	}

	/**
	 * @param count a count
	 * @return its value as the table shows it: an estimate with {@value #ESTIMATE} in front
	 */
	public static String value(Count count) {
		String number = number(count.getValue());
		return isEstimate(count) ? ESTIMATE + " " + number : number;
	}

	/**
	 * @param count a count
	 * @return whether its provenance says it is an estimate
	 */
	public static boolean isEstimate(Count count) {
		return count.getProvenance() != null && count.getProvenance().isEstimated();
	}

	/**
	 * @param count a count
	 * @return whether it was entered by hand
	 */
	public static boolean isManual(Count count) {
		return ManualEntry.isManual(count.getProvenance());
	}

	/**
	 * @param count a count
	 * @return its source in one line: for an estimate the method, for a manual entry who and when
	 */
	public static String source(Count count) {
		Provenance p = count.getProvenance();
		if (p == null) {
			return Messages.Provenance_none;
		}
		if (ManualEntry.isManual(p)) {
			return MANUAL + " " + NLS.bind(Messages.Provenance_manual, ManualEntry.who(p), nonNull(p.getRetrieved()));
		}
		String source = nonNull(p.getSource()) + (blank(p.getTableOrField()) ? "" : ", " + p.getTableOrField());
		if (p.isEstimated()) {
			return ESTIMATE + " " + NLS.bind(Messages.Provenance_estimate, blank(p.getMethod()) ? source : p.getMethod());
		}
		return source;
	}

	/**
	 * @param unit a unit
	 * @return the name of the county it belongs to, or empty
	 */
	public static String county(ReportingUnit unit) {
		ReportingUnit county = unit == null ? null : CountRows.countyOf(unit);
		return county == null ? "" : nonNull(county.getName());
	}

	/**
	 * @param unit a unit
	 * @return its kind in the workbench's language, e.g. "kommune"
	 */
	public static String kind(ReportingUnit unit) {
		return unit == null || unit.getKind() == null ? "" : Labels.literal(unit.getKind(), locale());
	}

	/** @return the workbench's language */
	static Locale locale() {
		String nl = Platform.isRunning() ? Platform.getNL() : null;
		return nl == null ? Labels.BOKMAL : Locale.forLanguageTag(nl.replace('_', '-'));
	}

	static String nonNull(String text) {
		return text == null ? "" : text;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
