package no.avtalebenk.model.diff;

/**
 * One difference between two agreements (or two scenarios, or two formula files): an element added,
 * removed, or one of its values changed.
 *
 * @param change   added, removed or changed
 * @param element  what kind of element, in words users know: {@code clause}, {@code term} (a use,
 *                 limit, duty, meeting or trigger of a clause), {@code agreed amount}, {@code party},
 *                 {@code agreement}, {@code category}, {@code unit}, {@code count}, {@code scenario},
 *                 {@code scenario change}, {@code register}, and for formula files {@code rate},
 *                 {@code index}, {@code parameter}, {@code formula}
 * @param path     where: an element path as validation writes it
 *                 ({@code /agreements[ks-kopinor-2026-2027]/clauses[9]}), in the second model for an
 *                 added or changed element and in the first for a removed one; in a formula file
 *                 {@code kopinor.vederlag:16:2}
 * @param feature  for a change, the value that changed ({@code text}, {@code value},
 *                 {@code grunnskoleSats from 2023-01-01}); empty for an added or removed element
 * @param before   the value in the first, or for a removed element its label; empty when added
 * @param after    the value in the second, or for an added element its label; empty when removed
 */
public record Difference(Change change, String element, String path, String feature, String before, String after) {

	/** How an element differs. */
	public enum Change {
		/** Only in the second. */
		ADDED,
		/** Only in the first. */
		REMOVED,
		/** In both, with a value that differs. */
		CHANGED;

		/** @return the name in outputs: {@code added}, {@code removed}, {@code changed} */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}
}
