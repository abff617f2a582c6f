package no.avtalebenk.model.terms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.RegisteredAgreement;
import no.avtalebenk.model.validation.ElementPaths;

/**
 * The register of other agreements a model holds, as of a date: each entry with when it starts and
 * expires, whether it has expired by then, what continues it and what it continues. Headless, for
 * the {@code register} command, the briefing and the workbench alike.
 */
public final class Register {

	/** Where an entry stands on the date asked about. */
	public enum Status {
		/** Signed or started, not yet expired. */
		IN_FORCE,
		/** Expired before the date. */
		EXPIRED,
		/** Starts after the date. */
		NOT_STARTED,
		/** The dates are not known well enough to say. */
		UNKNOWN;

		/** @return the name in outputs, e.g. {@code in_force} */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/**
	 * One entry of the register.
	 *
	 * @param entry       the registered agreement
	 * @param start       the first day it applies: its start, else its signing date; null when neither is known
	 * @param expires     its last day, or null
	 * @param status      where it stands on the date asked about
	 * @param successor   the name of the entry that continues it, or empty
	 * @param predecessor the name of the entry it continues, or empty
	 * @param path        the element, as validation names it
	 */
	public record Entry(RegisteredAgreement entry, LocalDate start, LocalDate expires, Status status, String successor,
			String predecessor, String path) {
	}

	private Register() {
	}

	/**
	 * @param model a model
	 * @param on    the date the status is for
	 * @return the entries in order of expiry (unknown last), then start
	 */
	public static List<Entry> entries(AgreementModel model, LocalDate on) {
		List<Entry> entries = new ArrayList<>();
		for (RegisteredAgreement registered : model.getRegister()) {
			LocalDate start = date(registered.getStart());
			if (start == null) {
				start = date(registered.getSigned());
			}
			LocalDate expires = date(registered.getExpires());
			Status status;
			if (expires != null && expires.isBefore(on)) {
				status = Status.EXPIRED;
			} else if (start != null && start.isAfter(on)) {
				status = Status.NOT_STARTED;
			} else if (start != null || expires != null) {
				status = Status.IN_FORCE;
			} else {
				status = Status.UNKNOWN;
			}
			String predecessor = "";
			for (RegisteredAgreement other : model.getRegister()) {
				if (other.getSuccessor() == registered) {
					predecessor = other.getName();
				}
			}
			entries.add(new Entry(registered, start, expires, status,
					registered.getSuccessor() == null ? "" : registered.getSuccessor().getName(), predecessor,
					ElementPaths.of(registered)));
		}
		entries.sort(Comparator.comparing(Entry::expires, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Entry::start, Comparator.nullsLast(Comparator.naturalOrder())));
		return entries;
	}

	private static LocalDate date(String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
