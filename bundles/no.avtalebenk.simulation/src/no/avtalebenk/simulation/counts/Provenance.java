package no.avtalebenk.simulation.counts;

/**
 * Where a count comes from.
 *
 * @param source   the publication, table or field (e.g. "GSI, field A-15 d57")
 * @param estimate true when the value is an estimate rather than a published figure
 * @param method   how an estimate was made; empty for published figures
 */
public record Provenance(String source, boolean estimate, String method) {

	/** @return a one-line description, with "ESTIMATE" in front of estimated values */
	public String describe() {
		return (estimate ? "ESTIMATE: " : "") + source + (method.isEmpty() ? "" : " (" + method + ")");
	}
}
