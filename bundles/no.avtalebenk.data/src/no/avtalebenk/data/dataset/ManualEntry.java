package no.avtalebenk.data.dataset;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.Provenance;

/**
 * The provenance of a count a person typed in rather than imported: it names the entry, who made it
 * and when, and keeps what it replaced, so that a hand-entered figure never passes for the
 * statistics source's own. The model's provenance has no fields for a person or a time, so the
 * source names the person, {@code retrieved} holds the day (UTC) and the method the instant and the
 * value and provenance replaced.
 */
public final class ManualEntry {

	/** How every manual entry's source begins. */
	public static final String SOURCE_PREFIX = "manual entry by ";

	private ManualEntry() {
	}

	/**
	 * @param replaced the count before the change (its value and provenance are recorded, not changed)
	 * @param who      the person, e.g. the operating system's user name
	 * @param when     the moment of the entry
	 * @return a new provenance for the count's new value
	 */
	public static Provenance provenance(Count replaced, String who, Instant when) {
		Instant second = when.truncatedTo(ChronoUnit.SECONDS);
		Provenance provenance = AvtaleFactory.eINSTANCE.createProvenance();
		provenance.setSource(SOURCE_PREFIX + (who == null || who.isBlank() ? "an unnamed user" : who.trim()));
		provenance.setRetrieved(DateTimeFormatter.ISO_LOCAL_DATE.format(second.atOffset(ZoneOffset.UTC)));
		provenance.setEstimated(false);
		provenance.setMethod("entered by hand at " + DateTimeFormatter.ISO_INSTANT.format(second) + "; replaces "
				+ describe(replaced.getValue(), replaced.getProvenance()));
		return provenance;
	}

	/**
	 * @param provenance a count's provenance, or null
	 * @return whether it records a manual entry
	 */
	public static boolean isManual(Provenance provenance) {
		return provenance != null && provenance.getSource() != null && provenance.getSource().startsWith(SOURCE_PREFIX);
	}

	/**
	 * @param provenance a manual entry's provenance
	 * @return the person who made it, as recorded
	 */
	public static String who(Provenance provenance) {
		return isManual(provenance) ? provenance.getSource().substring(SOURCE_PREFIX.length()) : "";
	}

	private static String describe(BigDecimal value, Provenance old) {
		String figure = value == null ? "no value" : value.toPlainString();
		if (old == null) {
			return figure + " (no provenance)";
		}
		StringBuilder text = new StringBuilder(figure).append(" (").append(old.isEstimated() ? "estimate" : "measured");
		text.append("; source: ").append(old.getSource());
		if (old.getTableOrField() != null && !old.getTableOrField().isBlank()) {
			text.append(", ").append(old.getTableOrField());
		}
		if (old.getMethod() != null && !old.getMethod().isBlank()) {
			text.append("; method: ").append(old.getMethod());
		}
		return text.append(')').toString();
	}
}
