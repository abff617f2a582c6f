package no.avtalebenk.charts.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.RegisteredAgreement;

/**
 * The register of other agreements ({@code <register>} in the agreement file) as a {@link Timeline}:
 * one bar per registered agreement from the day it was signed to the day it expires, in the file's
 * order, with markers for today and for the end of the case's own agreement period, so that a
 * negotiator sees which agreements run out before, with or after the one being negotiated.
 */
public final class RegisterChartData {

	private RegisterChartData() {
	}

	/**
	 * @param model the agreement model of a case
	 * @param today the day the chart is drawn on
	 * @param texts the words of the chart, e.g. {@link Timeline.Texts#NORWEGIAN}
	 * @return the timeline, each bar from the signing date (without one, from the start); a registered
	 *         agreement without a signing or start date, or without an expiry date (yyyy-mm-dd), has no bar and is named in {@link Timeline#skipped()}
	 */
	public static Timeline timeline(AgreementModel model, LocalDate today, Timeline.Texts texts) {
		LocalDate periodEnd = periodEnd(model);
		List<Timeline.Bar> bars = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		Set<String> labels = new HashSet<>();
		for (RegisteredAgreement registered : model.getRegister()) {
			String name = registered.getName() == null || registered.getName().isBlank() ? "?" : registered.getName();
			// An agreement whose signing date the source does not give is drawn from its start.
			LocalDate from = date(registered.getSigned()) != null ? date(registered.getSigned()) : date(registered.getStart());
			LocalDate to = date(registered.getExpires());
			if (from == null || to == null || to.isBefore(from)) {
				skipped.add(name);
				continue;
			}
			// The chart keys bars by label: a second agreement of the same name gets a number.
			String label = name;
			for (int n = 2; !labels.add(label); n++) {
				label = name + " (" + n + ")";
			}
			Timeline.Phase phase = to.isBefore(today) ? Timeline.Phase.EXPIRED
					: periodEnd != null && !to.isAfter(periodEnd) ? Timeline.Phase.IN_PERIOD : Timeline.Phase.LATER;
			bars.add(new Timeline.Bar(label, detail(registered), from, to, phase));
		}
		List<Timeline.Marker> markers = new ArrayList<>();
		markers.add(new Timeline.Marker(texts.today() + " " + today, today));
		if (periodEnd != null) {
			markers.add(new Timeline.Marker(texts.periodEnd() + " " + periodEnd, periodEnd));
		}
		return new Timeline(texts.title(), bars, markers, texts, skipped);
	}

	/** @return the end of the case's agreement period (its first agreement's), or null */
	private static LocalDate periodEnd(AgreementModel model) {
		for (Agreement agreement : model.getAgreements()) {
			LocalDate end = date(agreement.getPeriodEnd());
			if (end != null) {
				return end;
			}
		}
		return null;
	}

	private static String detail(RegisteredAgreement registered) {
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { registered.getParties(), registered.getArea() }) {
			if (part != null && !part.isBlank()) {
				parts.add(part);
			}
		}
		return String.join("; ", parts);
	}

	/** @return the date of a yyyy-mm-dd text (as the agreement file's validation requires), or null */
	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
