package no.avtalebenk.report.assumptions;

import java.util.Locale;

/**
 * One assumption of a case: a value that is not a published figure but taken, estimated or chosen,
 * with where it is written and the words that label it.
 *
 * @param kind  what sort of value it is; the kinds come in the order {@link Assumptions} lists them
 * @param what  which value: a rate or index with the date it applies from, a parameter, an element of
 *              the agreement file, a count category, a default of an analysis
 * @param value the value as written (e.g. {@code faktor 1.000}, {@code 207.24 NOK/elev}, {@code P6M})
 * @param where the file and line ({@code kopinor.vederlag:61}), the file and element path
 *              ({@code avtale.avtale /agreements[ks-kopinor-2026-2027]/clauses[9] leadTimeSource}), or the
 *              command whose default it is
 * @param label the text that marks it as an assumption, as written where it stands
 */
public record Assumption(Kind kind, String what, String value, String where, String label) {

	/** The sorts of assumptions, in the order they are listed: the index steps first. */
	public enum Kind {
		/** A step of a price index (or a KPI point) labelled an assumption in a formula file. */
		INDEX_STEP("index-step", "indekssteg", "index step"),
		/** A rate's dated value labelled an assumption in a formula file. */
		RATE("rate", "sats", "rate"),
		/** A parameter labelled an assumption in a formula file. */
		PARAMETER("parameter", "parameter", "parameter"),
		/** A value of the agreement file labelled an assumption, or a scenario marked as an illustration. */
		AGREEMENT("agreement", "avtalefil", "agreement file"),
		/** Estimated counts of a data set, per category and method. */
		DATA("data", "tall", "data"),
		/** A default of an analysis the briefing runs (sensitivity, Monte Carlo). */
		ANALYSIS("analysis", "analyse", "analysis");

		private final String id;
		private final String bokmal;
		private final String english;

		Kind(String id, String bokmal, String english) {
			this.id = id;
			this.bokmal = bokmal;
			this.english = english;
		}

		/** @return the kind as machine output writes it, e.g. {@code index-step} */
		public String id() {
			return id;
		}

		/**
		 * @param locale the language; English unless it is Norwegian
		 * @return the kind as people read it
		 */
		public String label(Locale locale) {
			return Assumptions.norwegian(locale) ? bokmal : english;
		}
	}
}
