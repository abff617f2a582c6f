package no.avtalebenk.data.reference;

/**
 * A national total the reference data set is calibrated to: the per-unit estimates of one category
 * add up to exactly this figure.
 *
 * @param category  the category id
 * @param owners    who holds the category: {@code municipalities}, {@code counties} or {@code ks}
 * @param total     the whole-number total the units' counts sum to
 * @param published the published figure the total rests on, with its year, as a sentence
 * @param source    who published it
 * @param method    how the total follows from the published figure; assumptions are named
 *                  ASSUMPTION
 */
public record Calibration(String category, String owners, long total, String published, String source, String method) {

	/** Owner value for categories municipalities hold. */
	public static final String MUNICIPALITIES = "municipalities";
	/** Owner value for categories counties hold. */
	public static final String COUNTIES = "counties";
	/** Owner value for the KS organisation's own årsverk (protocol point 6). */
	public static final String KS = "ks";
}
