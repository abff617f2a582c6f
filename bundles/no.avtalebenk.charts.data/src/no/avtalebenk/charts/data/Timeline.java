package no.avtalebenk.charts.data;

import java.time.LocalDate;
import java.util.List;

/**
 * Intervals on a calendar: one bar per item from its start to its end date, coloured by its
 * {@link Phase}, and vertical markers for dates that matter (today, the end of the case's period).
 * The register of agreements is drawn this way: what expires when.
 *
 * @param title   the title
 * @param bars    the bars, top to bottom
 * @param markers the marked dates
 * @param texts   the legend's and the markers' words
 * @param skipped the labels of items without a usable start or end date, which have no bar
 */
public record Timeline(String title, List<Bar> bars, List<Marker> markers, Texts texts, List<String> skipped)
		implements ChartData {

	/** Copies the lists and checks that every bar ends on or after its start and labels are unique. */
	public Timeline {
		bars = List.copyOf(bars);
		markers = List.copyOf(markers);
		skipped = List.copyOf(skipped);
		if (bars.stream().map(Bar::label).distinct().count() != bars.size()) {
			throw new IllegalArgumentException("two bars of the timeline have the same label");
		}
		for (Bar bar : bars) {
			if (bar.to().isBefore(bar.from())) {
				throw new IllegalArgumentException(bar.label() + " ends before it starts");
			}
		}
	}

	/** Where a bar's end lies: before today, within the case's period, or after it. */
	public enum Phase {
		/** ended before today */
		EXPIRED,
		/** ends today or later, by the end of the case's period */
		IN_PERIOD,
		/** ends after the case's period (or, without one, after today) */
		LATER
	}

	/**
	 * One bar.
	 *
	 * @param label   the bar's label, unique in the chart
	 * @param detail  more about it for a tooltip (the parties and the area of an agreement), or ""
	 * @param from    the first day
	 * @param to      the last day
	 * @param phase   where its end lies
	 */
	public record Bar(String label, String detail, LocalDate from, LocalDate to, Phase phase) {
	}

	/**
	 * A marked date.
	 *
	 * @param label what the date is, e.g. "I dag 2026-12-02"
	 * @param date  the date
	 */
	public record Marker(String label, LocalDate date) {
	}

	/**
	 * The words of a timeline of the register, in one language.
	 *
	 * @param title     the chart's title
	 * @param today     the today marker's label, before the date
	 * @param periodEnd the period end marker's label, before the date
	 * @param expired   the legend of {@link Phase#EXPIRED}
	 * @param inPeriod  the legend of {@link Phase#IN_PERIOD}
	 * @param later     the legend of {@link Phase#LATER}
	 */
	public record Texts(String title, String today, String periodEnd, String expired, String inPeriod, String later) {

		/** Norwegian bokmål. */
		public static final Texts NORWEGIAN = new Texts("Avtaleregisteret: hva utløper når", "I dag",
				"Avtaleperioden slutter", "Utløpt", "Utløper innen sakens avtaleperiode",
				"Utløper etter sakens avtaleperiode");
		/** English. */
		public static final Texts ENGLISH = new Texts("Agreement register: what expires when", "Today",
				"Agreement period ends", "Expired", "Expires within the case's agreement period",
				"Expires after the case's agreement period");

		/**
		 * @param phase a phase
		 * @return its legend
		 */
		public String legend(Phase phase) {
			return switch (phase) {
			case EXPIRED -> expired;
			case IN_PERIOD -> inPeriod;
			case LATER -> later;
			};
		}
	}
}
