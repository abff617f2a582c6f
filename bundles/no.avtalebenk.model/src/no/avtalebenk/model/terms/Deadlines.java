package no.avtalebenk.model.terms;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.MeetingArrangement;
import no.avtalebenk.model.avtale.MeetingClause;
import no.avtalebenk.model.avtale.MeetingFrequency;
import no.avtalebenk.model.avtale.RenegotiationClause;
import no.avtalebenk.model.avtale.ReportingDuty;
import no.avtalebenk.model.avtale.ReportingDutyClause;
import no.avtalebenk.model.validation.ElementPaths;

/**
 * The dated deadlines an agreement's duties give in its period: each reporting duty on its month and
 * day in every year of the period (the protocol's point 7: PAI årsverk by 1 April 2026 and 2027),
 * each meeting arrangement once per half year or year as its frequency says (meetings "by agreement"
 * have no date), the start of renegotiation its lead time before the period ends (point 9), and the
 * end of the period. Headless, for the command line, the briefing and the workbench alike.
 */
public final class Deadlines {

	/** What a deadline is for. */
	public enum Kind {
		/** A statistic a party delivers. */
		REPORTING,
		/** A meeting to be held by the date. */
		MEETING,
		/** Renegotiation for a new period starts by the date. */
		RENEGOTIATION,
		/** The agreement's period ends. */
		EXPIRY;

		/** @return the name in outputs, e.g. {@code reporting} */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/**
	 * One dated deadline.
	 *
	 * @param date   by when
	 * @param kind   what kind of duty
	 * @param what   what is due, in the agreement's words
	 * @param party  who is to act (a party's short name), or empty when both are
	 * @param clause the clause's number
	 * @param path   the element that sets the duty, as validation names it
	 * @param basis  how the date follows from the agreement (e.g. "due 04-01 each year"), and for a lead
	 *               time its source
	 */
	public record Deadline(LocalDate date, Kind kind, String what, String party, String clause, String path,
			String basis) {
	}

	private Deadlines() {
	}

	/**
	 * @param model a model
	 * @return the deadlines of its first agreement in date order (ties in clause order); empty when it has
	 *         no agreement or no valid period. Duties whose dates cannot be read are left out: validation
	 *         reports them as errors with their place.
	 */
	public static List<Deadline> of(AgreementModel model) {
		List<Deadline> deadlines = new ArrayList<>();
		if (model.getAgreements().isEmpty()) {
			return deadlines;
		}
		Agreement agreement = model.getAgreements().get(0);
		LocalDate start = date(agreement.getPeriodStart());
		LocalDate end = date(agreement.getPeriodEnd());
		if (start == null || end == null || end.isBefore(start)) {
			return deadlines;
		}
		for (Clause clause : agreement.getClauses()) {
			if (clause instanceof ReportingDutyClause duties) {
				for (ReportingDuty duty : duties.getDuties()) {
					MonthDay due = monthDay(duty.getDueMonthDay());
					if (due == null) {
						continue;
					}
					for (int year = start.getYear(); year <= end.getYear(); year++) {
						LocalDate date = due.atYear(year);
						if (!date.isBefore(start) && !date.isAfter(end)) {
							deadlines.add(new Deadline(date, Kind.REPORTING, duty.getStatistic(),
									duty.getDeliveredBy() == null ? "" : shortName(duty.getDeliveredBy()), clause.getNumber(),
									ElementPaths.of(duty), "due " + duty.getDueMonthDay() + " each year of the period"
											+ (duty.isFreeOfCharge() ? ", free of charge" : "")));
						}
					}
				}
			} else if (clause instanceof MeetingClause meetings) {
				for (MeetingArrangement meeting : meetings.getMeetings()) {
					meetings(meeting, clause, start, end, deadlines);
				}
			} else if (clause instanceof RenegotiationClause renegotiation && renegotiation.getLeadTime() != null) {
				Period lead = period(renegotiation.getLeadTime());
				if (lead != null) {
					deadlines.add(new Deadline(end.minus(lead), Kind.RENEGOTIATION,
							"Renegotiation for a new period starts (" + clause.getHeading() + ")", "", clause.getNumber(),
							ElementPaths.of(renegotiation), "lead time " + renegotiation.getLeadTime() + " before " + end
									+ (renegotiation.getLeadTimeSource() == null ? "" : "; " + renegotiation.getLeadTimeSource())));
				}
			}
		}
		deadlines.add(new Deadline(end, Kind.EXPIRY, "The agreement's period ends", "", "", ElementPaths.of(agreement),
				"period " + start + " – " + end));
		deadlines.sort(Comparator.comparing(Deadline::date));
		return deadlines;
	}

	/** Half-yearly: one meeting in each half year of the period; yearly: one in each year. */
	private static void meetings(MeetingArrangement meeting, Clause clause, LocalDate start, LocalDate end,
			List<Deadline> deadlines) {
		MeetingFrequency frequency = meeting.getFrequency();
		if (frequency == MeetingFrequency.BY_AGREEMENT) {
			return;
		}
		boolean halfYearly = frequency == MeetingFrequency.HALF_YEARLY;
		for (int year = start.getYear(); year <= end.getYear(); year++) {
			List<LocalDate> dues = halfYearly ? List.of(LocalDate.of(year, 6, 30), LocalDate.of(year, 12, 31))
					: List.of(LocalDate.of(year, 12, 31));
			for (int i = 0; i < dues.size(); i++) {
				LocalDate due = dues.get(i).isAfter(end) ? end : dues.get(i);
				LocalDate from = halfYearly && i == 1 ? LocalDate.of(year, 7, 1) : LocalDate.of(year, 1, 1);
				if (due.isBefore(start) || from.isAfter(end)) {
					continue;
				}
				String window = halfYearly ? (i == 0 ? "first" : "second") + " half of " + year : Integer.toString(year);
				deadlines.add(new Deadline(due, Kind.MEETING, meeting.getDescription() + " (" + window + ")", "",
						clause.getNumber(), ElementPaths.of(meeting),
						(halfYearly ? "half-yearly: one in each half year" : "yearly: one each year") + " of the period"));
			}
		}
	}

	private static String shortName(no.avtalebenk.model.avtale.Party party) {
		return party.getShortName() == null ? party.getName() : party.getShortName();
	}

	/**
	 * @param text a month and day written MM-DD
	 * @return the month and day, or null when the text is not one (13-45, 02-30, 4-1)
	 */
	public static MonthDay monthDay(String text) {
		if (text == null || !text.matches("\\d\\d-\\d\\d")) {
			return null;
		}
		try {
			return MonthDay.parse("--" + text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/**
	 * @param text an ISO 8601 period such as P6M or P90D
	 * @return the period, or null when the text is not one or is not more than zero
	 */
	public static Period period(String text) {
		if (text == null) {
			return null;
		}
		try {
			Period period = Period.parse(text);
			return period.isNegative() || period.isZero() ? null : period;
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static LocalDate date(String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
