package no.avtalebenk.cases.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The workbench's texts about the current case: the case views' common lines, the case wizards, case projects.
 * Norwegian bokmål in {@code messages.properties} (the default), English in {@code messages_en.properties};
 * the platform's language (-nl, or osgi.nl in the start configuration) chooses. Each field's comment
 * gives its bokmål text.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.avtalebenk.cases.ui.messages";

	/** «{0}: {1}» */
	public static String CaseView_partName;
	/** «Sak: {0} ({1})» */
	public static String CaseView_heading;
	/** «; tall fra {0}» */
	public static String CaseView_counts;
	/** «referansedatasettet (estimater)» */
	public static String CaseView_referenceData;
	/** «Åpner saken i {0} …» */
	public static String CaseView_opening;
	/** «Saken i {0} kan ikke åpnes, så ingen tall vises:  {1}  Rett feilen (Avtalebenk › Åpne s…» */
	public static String CaseView_failed;
	/** «   … og {0} linje til» */
	public static String CaseMessages_moreLine;
	/** «   … og {0} linjer til» */
	public static String CaseMessages_moreLines;
	/** «Leser saken på nytt» */
	public static String CurrentCase_reload;
	/** «Åpner saken {0}» */
	public static String CurrentCase_opening;
	/** «Lager saken {0}» */
	public static String CurrentCase_creating;
	/** «Det finnes allerede et prosjekt med navnet {0}.» */
	public static String CaseProjects_exists;
	/** «Saken {0} som prosjekt» */
	public static String CaseProjects_job;
	/** «Prosjektet {0} er ikke en mappe på denne datamaskinen, så det er ikke en sak.» */
	public static String CaseBuilder_notAFolder;
	/** «Sak» */
	public static String CaseWizards_title;
	/** «Prosjektet {0} er laget, men saken i {1} kan ikke åpnes. Feilene står også i Problems-v…» */
	public static String CaseWizards_notOpened;
	/** «Ny sak» */
	public static String NewCase_window;
	/** «Saken kunne ikke lages i {0}:» */
	public static String NewCase_failed;
	/** «Ny sak» */
	public static String NewCasePage_title;
	/** «En ny sak fra KS–Kopinor-malen 2026–2027: avtalen med scenarioene, formelfilene og en t…» */
	public static String NewCasePage_description;
	/** «&Prosjektnavn:» */
	public static String NewCasePage_name;
	/** «Bruk &standardplassering (i arbeidsområdet)» */
	public static String NewCasePage_defaultLocation;
	/** «P&lassering:» */
	public static String NewCasePage_location;
	/** «Bla &gjennom…» */
	public static String NewCasePage_browse;
	/** «Mappe for den nye saken» */
	public static String NewCasePage_folderDialog;
	/** «Velg en tom mappe for saken, eller lag en ny.» */
	public static String NewCasePage_folderDialogMessage;
	/** «Gi prosjektet et navn.» */
	public static String NewCasePage_noName;
	/** «Velg mappen saken skal ligge i.» */
	public static String NewCasePage_noLocation;
	/** «Plasseringen {0} er ikke en mappe: {1}» */
	public static String NewCasePage_badLocation;
	/** «{0} er en fil, ikke en mappe.» */
	public static String NewCasePage_isFile;
	/** «Mappen {0} er ikke tom; en ny sak lages i en tom eller ny mappe, så ingen av filene din…» */
	public static String NewCasePage_notEmpty;
	/** «Mappen {0} kan ikke leses: {1}» */
	public static String NewCasePage_unreadable;
	/** «Importer sak» */
	public static String ImportCase_window;
	/** «Mappen kan ikke importeres som sak:» */
	public static String ImportCase_failed;
	/** «Importer en eksisterende sak» */
	public static String ImportCasePage_title;
	/** «Velg saksmappen: mappen med avtalefilen (*.avtale) og formelfilene (*.vederlag). Den bl…» */
	public static String ImportCasePage_description;
	/** «&Saksmappe:» */
	public static String ImportCasePage_folder;
	/** «Bla &gjennom…» */
	public static String ImportCasePage_browse;
	/** «Saksmappe» */
	public static String ImportCasePage_folderDialog;
	/** «Velg mappen med avtalefilen (*.avtale) og formelfilene (*.vederlag).» */
	public static String ImportCasePage_folderDialogMessage;
	/** «Velg saksmappen.» */
	public static String ImportCasePage_noFolder;
	/** «{0} er ikke en mappe.» */
	public static String ImportCasePage_notAFolder;
	/** «{0} er ikke en mappe: {1}» */
	public static String ImportCasePage_badFolder;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
