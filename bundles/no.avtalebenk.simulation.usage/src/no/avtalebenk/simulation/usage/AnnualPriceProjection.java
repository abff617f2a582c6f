package no.avtalebenk.simulation.usage;

import java.math.BigDecimal;

/**
 * The AVT source's other variant, "maksimal årspris (med begrensninger)": the school buys a number of
 * copies of a title and assigns them to specific users by need; the rest of the portfolio is not
 * available. A user costs titles per user × the maximum annual price per title, however much they
 * open. Same parameter file and users as {@link UsageProjection}.
 */
public class AnnualPriceProjection extends UsageProjection {

	@Override
	protected BigDecimal perUser(BigDecimal price, BigDecimal openings, BigDecimal titleCaps) {
		return titleCaps;
	}

	@Override
	protected String formula() {
		return "usage, maximum annual price: " + TITLES + " × " + CAP + " per user";
	}

	@Override
	protected String title() {
		return ", usage-based (AVT), maximum annual price with limits";
	}

	@Override
	public String pricedGood() {
		return "copies of assigned titles for named users (the rest of the portfolio closed), not a copying licence";
	}
}
