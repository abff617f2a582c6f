package no.avtalebenk.formula.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The formula editor's texts: its menu entries, hovers and quick fixes.
 * Norwegian bokmål in {@code messages.properties} (the default), English in {@code messages_en.properties};
 * the platform's language (-nl, or osgi.nl in the start configuration) chooses. Each field's comment
 * gives its bokmål text.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.avtalebenk.formula.ui.messages";

	/** «Vis verdier for året» */
	public static String Editor_hoverYear;
	/** «Innholdshjelp» */
	public static String Editor_contentAssist;
	/** «Formater» */
	public static String Editor_format;
	/** «rate {0} i {1}: {2} {3} gjelder fra {4}; kilde: {5}» */
	public static String Hover_rate;
	/** «ANTAKELSE: {0}» */
	public static String Hover_assumption;
	/** «ingen kilde oppgitt» */
	public static String Hover_noSource;
	/** « klausul: {0}» */
	public static String Hover_clause;
	/** «\ (ANTAKELSE: {0})» */
	public static String Hover_indexAssumption;
	/** « ANTAKELSE: {0}» */
	public static String Hover_parameterAssumption;
	/** «formula {0} i {1}» */
	public static String Hover_formula;
	/** «, betaling for {0}» */
	public static String Hover_paymentOf;
	/** «category {0}, telles i {1}» */
	public static String Hover_category;
	/** « kilde: {0}» */
	public static String Hover_source;
	/** «{0} i {1}: {2}» */
	public static String Hover_failed;
	/** «Endre datoen til {0} (1. januar)» */
	public static String QuickFix_januaryFirst;
	/** «Bruk antallet: {0}» */
	public static String QuickFix_useCount;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
