package no.avtalebenk.report.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of the briefing view (Meklingsnotat).
 * Norwegian bokmål in {@code messages.properties} (the default), English in {@code messages_en.properties};
 * the platform's language (-nl, or osgi.nl in the start configuration) chooses. Each field's comment
 * gives its bokmål text.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.avtalebenk.report.ui.messages";

	/** «Meklingsnotat» */
	public static String Briefing_partName;
	/** «Eksporter PDF…» */
	public static String Briefing_exportPdf;
	/** «Eksporter HTML…» */
	public static String Briefing_exportHtml;
	/** «Saken i {0} kan ikke åpnes, så det er ikke noe meklingsnotat å vise:  {1}  Rett feilen …» */
	public static String Briefing_failed;
	/** «Lager meklingsnotatet for saken i {0} …» */
	public static String Briefing_building;
	/** «Meklingsnotat for saken {0}» */
	public static String Briefing_job;
	/** «Meklingsnotatet for saken i {0} kan ikke lages:  {1}» */
	public static String Briefing_notBuilt;
	/** «Forhåndsvisning: usikkerheten er regnet med {0} Monte Carlo-trekk (./avtalebenk report …» */
	public static String Briefing_note;
	/** «Eksporter meklingsnotatet som PDF» */
	public static String Briefing_exportPdfDialog;
	/** «Eksporter meklingsnotatet som HTML» */
	public static String Briefing_exportHtmlDialog;
	/** «{0}-meklingsnotat.{1}» */
	public static String Briefing_fileName;
	/** «Eksporten mislyktes» */
	public static String Briefing_exportFailed;
	/** «Meklingsnotatet kunne ikke skrives til {0}:  {1}  En fil som fantes der fra før, er uen…» */
	public static String Briefing_notWritten;
	/** «mappen til {0} finnes ikke» */
	public static String Briefing_noFolder;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
