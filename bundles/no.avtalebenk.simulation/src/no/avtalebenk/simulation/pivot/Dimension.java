package no.avtalebenk.simulation.pivot;

/**
 * What a pivot's rows or columns are grouped by. A payment belongs to exactly one member of each
 * dimension, so summing over the members of any dimension gives the same grand total.
 */
public enum Dimension {
	/** the reporting unit that pays (municipality, county, Longyearbyen, KS, a case's own unit) */
	UNIT("unit"),
	/** the county of the paying unit; a county, and a unit without one, stands for itself */
	COUNTY("county"),
	/** the count category the payment is for */
	CATEGORY("category"),
	/** the year of the payment */
	YEAR("year");

	private final String id;

	Dimension(String id) {
		this.id = id;
	}

	/** @return the dimension's stable English identifier, as exports and the command line write it */
	public String id() {
		return id;
	}
}
