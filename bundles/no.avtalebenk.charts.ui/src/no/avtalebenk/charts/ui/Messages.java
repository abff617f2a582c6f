package no.avtalebenk.charts.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of the workbench's views and dialogs in this package: payments, comparison, explanation,
 * Monte Carlo, projection models, goal seek and sensitivity.
 * Norwegian bokmål in {@code messages.properties} (the default), English in {@code messages_en.properties};
 * the platform's language (-nl, or osgi.nl in the start configuration) chooses. Each field's comment
 * gives its bokmål text.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.avtalebenk.charts.ui.messages";

	/** «Vederlag» */
	public static String Payments_partName;
	/** «Vederlag for saken {0}» */
	public static String Payments_job;
	/** «Saken i {0} kan ikke beregnes:  {1}» */
	public static String Payments_notComputed;
	/** «Sak: {0} ({1}), grunnlaget «{2}», {3}–{4}» */
	public static String Payments_heading;
	/** «{0}: vederlag per kategori og år» */
	public static String Payments_chartTitle;
	/** «Kategori» */
	public static String Payments_category;
	/** «Sum» */
	public static String Payments_total;
	/** «Sammenligning» */
	public static String Comparison_partName;
	/** «Avtalt beløp» */
	public static String Comparison_agreedRow;
	/** «avtalen» */
	public static String Comparison_agreedHolder;
	/** «Sum {0}» */
	public static String Comparison_totalHeader;
	/** «Endring {0}» */
	public static String Comparison_differenceHeader;
	/** «Mot avtalt {0}» */
	public static String Comparison_gapHeader;
	/** «Kopier» */
	public static String Comparison_copy;
	/** «Fossefall fra grunnlaget til scenarioet som er valgt i tabellen, år:» */
	public static String Comparison_waterfallYear;
	/** «Kopier tabellen» */
	public static String Comparison_copyTable;
	/** «Kopierer tabellen til utklippstavlen som tabulatordelt tekst (også Ctrl+C)» */
	public static String Comparison_copyTableTip;
	/** «Sammenligning av scenarioene i saken {0}» */
	public static String Comparison_job;
	/** «Scenarioene i saken i {0} kan ikke beregnes:  {1}» */
	public static String Comparison_notComputed;
	/** «Sak: {0} ({1}), scenarioene mot grunnlaget «{2}», projeksjonsmodellen {3}» */
	public static String Comparison_heading;
	/** «Scenario» */
	public static String Comparison_scenario;
	/** «Posisjon» */
	public static String Comparison_holder;
	/** «Forklaring» */
	public static String Explanation_partName;
	/** «Hva» */
	public static String Explanation_what;
	/** «Verdi» */
	public static String Explanation_value;
	/** «Enhet» */
	public static String Explanation_unit;
	/** «Merknad» */
	public static String Explanation_detail;
	/** «Kilde» */
	public static String Explanation_source;
	/** «Klausul» */
	public static String Explanation_clause;
	/** «Sted» */
	public static String Explanation_location;
	/** «Enhet:» */
	public static String Explanation_pickUnit;
	/** «År:» */
	public static String Explanation_pickYear;
	/** «Scenario:» */
	public static String Explanation_pickScenario;
	/** «Formel:» */
	public static String Explanation_pickFormula;
	/** «formel {0}» */
	public static String Explanation_formula;
	/** «formel for {0}» */
	public static String Explanation_formulaFor;
	/** «parameter {0}» */
	public static String Explanation_parameter;
	/** «sats {0}» */
	public static String Explanation_rate;
	/** «sats for {0}» */
	public static String Explanation_rateFor;
	/** «antall {0}» */
	public static String Explanation_count;
	/** «indekssteg {0}» */
	public static String Explanation_indexStep;
	/** «tall {0}» */
	public static String Explanation_number;
	/** «år» */
	public static String Explanation_year;
	/** «enhet {0}» */
	public static String Explanation_reportingUnit;
	/** «holder» */
	public static String Explanation_holds;
	/** «holder ikke» */
	public static String Explanation_holdsNot;
	/** «Saken i {0} kan ikke åpnes, så ingenting kan forklares:  {1}» */
	public static String Explanation_failed;
	/** «Forklaring i saken {0}» */
	public static String Explanation_job;
	/** «Betalingen kan ikke forklares:  {0}» */
	public static String Explanation_notExplained;
	/** «{0}: {1} = {2} {3} for {4} ({5}), {6}, scenario {7}» */
	public static String Explanation_heading;
	/** «Monte Carlo» */
	public static String MonteCarlo_partName;
	/** «Avbrutt. Kjøringen ble stoppet før den var ferdig, så ingen tall vises.» */
	public static String MonteCarlo_cancelled;
	/** «Ingen resultat ennå. Velg frø og antall trekk, og trykk «Kjør».» */
	public static String MonteCarlo_noResultYet;
	/** «Åpner saken …» */
	public static String MonteCarlo_opening;
	/** «Saken i {0} kan ikke åpnes, så den kan ikke kjøres:  {1}» */
	public static String MonteCarlo_failed;
	/** «Ingen resultat ennå for saken {0}. Velg frø og antall trekk, og trykk «Kjør».» */
	public static String MonteCarlo_noResultForCase;
	/** «Saken ble endret mens kjøringen pågikk, så den ble avbrutt. {0}» */
	public static String MonteCarlo_changedWhileRunning;
	/** «Klar.» */
	public static String MonteCarlo_ready;
	/** «Saken er ikke åpen.» */
	public static String MonteCarlo_notOpen;
	/** «Frø:» */
	public static String MonteCarlo_seed;
	/** «Antall trekk:» */
	public static String MonteCarlo_draws;
	/** «Kjør» */
	public static String MonteCarlo_run;
	/** «Avbryt» */
	public static String MonteCarlo_cancel;
	/** «Lagre diagram …» */
	public static String MonteCarlo_save;
	/** «Lagrer viftediagrammet som PNG eller SVG, i størrelsen fra Vindu › Innstillinger › Avta…» */
	public static String MonteCarlo_saveTip;
	/** «Årlig vekst, normalfordelt: elever snitt {0}, std.avvik {1}; årsverk snitt {2}, std.avv…» */
	public static String MonteCarlo_drivers;
	/** «År» */
	public static String MonteCarlo_year;
	/** «P50 (median)» */
	public static String MonteCarlo_median;
	/** «Saken kan ikke kjøres: {0}» */
	public static String MonteCarlo_notRunnable;
	/** «Beregner … Resultatet vises når alle trekkene er gjort.» */
	public static String MonteCarlo_computing;
	/** «Monte Carlo: {0} trekk, frø {1}» */
	public static String MonteCarlo_job;
	/** «Beregner: {0} % av {1} trekk (frø {2}) …» */
	public static String MonteCarlo_progress;
	/** «Avbryter …» */
	public static String MonteCarlo_cancelling;
	/** «Avbrutt: ingen resultat.» */
	public static String MonteCarlo_cancelledStatus;
	/** «Ferdig: {0} trekk, frø {1}, {2} enhet. Persentilene er nøyaktige innen {3}.» */
	public static String MonteCarlo_doneOneUnit;
	/** «Ferdig: {0} trekk, frø {1}, {2} enheter. Persentilene er nøyaktige innen {3}.» */
	public static String MonteCarlo_doneUnits;
	/** «Feil: {0}» */
	public static String MonteCarlo_error;
	/** «Kjøringen feilet; se statuslinjen over.» */
	public static String MonteCarlo_failedRun;
	/** «Lagre diagram» */
	public static String MonteCarlo_saveDialog;
	/** «PNG-bilde (*.png)» */
	public static String MonteCarlo_png;
	/** «SVG-tegning (*.svg)» */
	public static String MonteCarlo_svg;
	/** «Lagret {0} ({1}×{2} piksler).» */
	public static String MonteCarlo_saved;
	/** «Diagrammet kunne ikke lagres i {0}: {1}  En fil som fantes der fra før, er uendret.» */
	public static String MonteCarlo_notSaved;
	/** «Modell» */
	public static String Projections_model;
	/** «Betegnelse» */
	public static String Projections_label;
	/** «Bidratt av» */
	public static String Projections_contributor;
	/** «Hoppet over: {0}» */
	public static String Projections_skipped;
	/** «Ingen projeksjonsmodeller er installert.» */
	public static String Projections_none;
	/** «Velg en modell for å se beskrivelsen.» */
	public static String Projections_choose;
	/** «(Ingen beskrivelse.)» */
	public static String Projections_noDescription;
	/** «Diagramtype» */
	public static String ChartKinds_name;
	/** «Betegnelse» */
	public static String ChartKinds_label;
	/** «Bidratt av» */
	public static String ChartKinds_contributor;
	/** «I meklingsnotatet» */
	public static String ChartKinds_briefing;
	/** «ja» */
	public static String ChartKinds_yes;
	/** «nei» */
	public static String ChartKinds_no;
	/** «Ingen tillegg bidrar med diagramtyper. …» */
	public static String ChartKinds_none;
	/** «Velg en diagramtype for å se beskrivelsen.» */
	public static String ChartKinds_choose;
	/** «Tegnes med: ./avtalebenk chart --kind {0} --out {0}.svg» */
	public static String ChartKinds_command;
	/** «Sak: {0} ({1}). Grunnlaget «{2}», projeksjonsmodellen {3}.» */
	public static String JobDialog_heading;
	/** «Klar. Trykk «Beregn».» */
	public static String JobDialog_ready;
	/** «Beregn» */
	public static String JobDialog_run;
	/** «Avbryt» */
	public static String JobDialog_stop;
	/** «Lukk» */
	public static String JobDialog_close;
	/** «Avbryter …» */
	public static String JobDialog_cancelling;
	/** «Avbrutt: beregningen ble stoppet før den var ferdig, så ingen tall vises.» */
	public static String JobDialog_cancelled;
	/** «Saken i {0} åpnes ennå. Prøv igjen når tallene vises.» */
	public static String OpenCase_opening;
	/** «Saken i {0} kan ikke åpnes, så den kan ikke beregnes:  {1}» */
	public static String OpenCase_failed;
	/** «Målsøk» */
	public static String GoalSeek_title;
	/** «År:» */
	public static String GoalSeek_year;
	/** «Mål for årets sum (kr):» */
	public static String GoalSeek_target;
	/** «Løs for:» */
	public static String GoalSeek_solveFor;
	/** «Nedre grense:» */
	public static String GoalSeek_low;
	/** «Øvre grense:» */
	public static String GoalSeek_high;
	/** «Toleranse:» */
	public static String GoalSeek_tolerance;
	/** «{0} (summen må treffe målet så nær)» */
	public static String GoalSeek_toleranceValue;
	/** «Resultat» */
	public static String GoalSeek_result;
	/** «Svar:» */
	public static String GoalSeek_answer;
	/** «Ny sum (beregnet på nytt):» */
	public static String GoalSeek_total;
	/** «Differanse mot målet:» */
	public static String GoalSeek_difference;
	/** «Med satsene avrundet til hele øre:» */
	public static String GoalSeek_rounded;
	/** «Skriv inn et mål: avtalen oppgir ikke noe avtalt beløp for {0}.» */
	public static String GoalSeek_noTarget;
	/** «Målet «{0}» er ikke et beløp; skriv for eksempel 226 000 000.» */
	public static String GoalSeek_badTarget;
	/** «Grensene må være tall, for eksempel 0,5 og 2.» */
	public static String GoalSeek_badBounds;
	/** «Nedre grense ({0}) må være lavere enn øvre grense ({1}).» */
	public static String GoalSeek_reversedBounds;
	/** «Søker: forsøk {0} (høyst {1}) …» */
	public static String GoalSeek_running;
	/** «Ingen løsning: {0}» */
	public static String GoalSeek_noSolution;
	/** «{0}  ({1})» */
	public static String GoalSeek_answerValue;
	/** «{0} (differanse {1})» */
	public static String GoalSeek_roundedValue;
	/** «Ingen verdi gir en sum innenfor {0} fra målet: summen går i trinn her (satsene avrundes…» */
	public static String GoalSeek_notReached;
	/** «Ferdig: målet er nådd innenfor {0} etter {1} forsøk.» */
	public static String GoalSeek_reached;
	/** «Ferdig, men målet kan ikke nås nøyaktig etter {0} forsøk.» */
	public static String GoalSeek_notReachedStatus;
	/** «Målsøk {0}: {1}» */
	public static String GoalSeek_job;
	/** «Felles faktor på alle kategorisatser» */
	public static String GoalSeek_ratesFactor;
	/** «Parameteren {0}» */
	public static String GoalSeek_parameter;
	/** «Følsomhet» */
	public static String Sensitivity_title;
	/** «År:» */
	public static String Sensitivity_year;
	/** «Satser ± %:» */
	public static String Sensitivity_rates;
	/** «Antall ± %:» */
	public static String Sensitivity_counts;
	/** «Indekssteg ± %:» */
	public static String Sensitivity_index;
	/** «Inndata» */
	public static String Sensitivity_input;
	/** «Type» */
	public static String Sensitivity_kind;
	/** «Lav faktor» */
	public static String Sensitivity_lowFactor;
	/** «Høy faktor» */
	public static String Sensitivity_highFactor;
	/** «Sum ved lav» */
	public static String Sensitivity_lowTotal;
	/** «Sum ved høy» */
	public static String Sensitivity_highTotal;
	/** «Utslag» */
	public static String Sensitivity_swing;
	/** «Beregner: {0} % …» */
	public static String Sensitivity_running;
	/** «Følsomheten kan ikke beregnes: {0}» */
	public static String Sensitivity_failed;
	/** «Ferdig: {0} inndata, årets sum i grunnlaget {1}. Største utslag først.» */
	public static String Sensitivity_done;
	/** «sats» */
	public static String Sensitivity_rate;
	/** «antall» */
	public static String Sensitivity_count;
	/** «indeks» */
	public static String Sensitivity_indexKind;
	/** «parameter» */
	public static String Sensitivity_parameterKind;
	/** «{0} {1} ×{2}–{3}» */
	public static String Sensitivity_bar;
	/** «Følsomhet {0}: samlet vederlag ved lav og høy verdi» */
	public static String Sensitivity_chartTitle;
	/** «Følsomhet {0}» */
	public static String Sensitivity_job;
	/** «ANTAKELSE: {0}» */
	public static String Explanation_assumption;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
