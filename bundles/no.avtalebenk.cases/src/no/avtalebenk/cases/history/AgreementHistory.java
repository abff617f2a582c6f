package no.avtalebenk.cases.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.model.terms.PublishedTotals;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.Provenance;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.projection.ProjectionInput;
import no.avtalebenk.simulation.scenario.ScenarioInputs;

/**
 * The agreement's history: for every year with a published total (the agreement's {@code history}
 * and its agreed amounts) and every year of its period, the total the case's formulas compute beside
 * the published one; and the step from the last published total before the period to the first
 * agreed amount, split into indexation, counts and the negotiated remainder.
 * <p>
 * A year is computed at that year's rates (the formula file's dated rates and index steps, as the
 * scenario changes them) on that year's counts. A case seldom holds counts for the years before its
 * period: such a year is computed on the counts of the nearest year the case has (the first year of
 * the period for the years before it), and says so ({@link Year#countsYear()}), an assumption the
 * briefing and the command line show.
 * <p>
 * The waterfall from the published total P of year F to the agreed amount A of year T:
 * <ul>
 * <li>indexation = C(rates T, counts F) − C(rates F, counts F): what the rates' change alone adds;</li>
 * <li>counts = C(rates T, counts T) − C(rates T, counts F): what the change of the counts adds;</li>
 * <li>negotiated remainder = A − P − indexation − counts, which equals (A − C(T)) − (P − C(F)): the
 * gap the parties agreed beyond the formulas in T, less the part of F's total the formulas do not
 * reproduce.</li>
 * </ul>
 * The steps add up to A − P to the øre by construction.
 */
public final class AgreementHistory {

	private final String title;
	private final List<Year> years;
	private final Gap gap;

	private AgreementHistory(String title, List<Year> years, Gap gap) {
		this.title = title;
		this.years = List.copyOf(years);
		this.gap = gap;
	}

	/**
	 * One year: computed beside published.
	 *
	 * @param year       the year
	 * @param computed   the total the formulas give, NOK
	 * @param published  the published total or agreed amount, if any
	 * @param countsYear the year whose counts were used; another than {@code year} when the case has no
	 *                   counts for it (an assumption)
	 */
	public record Year(int year, BigDecimal computed, Optional<PublishedTotals.Total> published, int countsYear) {

		/** @return computed minus published, if a total is published for the year */
		public Optional<BigDecimal> difference() {
			return published.map(p -> computed.subtract(p.amount()));
		}

		/** @return true when the year is computed on another year's counts */
		public boolean countsAssumed() {
			return countsYear != year;
		}
	}

	/**
	 * The step from the last published total before the period to the first agreed amount.
	 *
	 * @param fromYear     the year of the published total
	 * @param published    the published total of that year
	 * @param computedFrom the formulas' total of that year
	 * @param toYear       the first agreed year
	 * @param agreed       the agreed amount
	 * @param computedTo   the formulas' total of that year
	 * @param indexation   the rates' change on the counts of {@code fromYear}
	 * @param counts       the counts' change at the rates of {@code toYear}
	 * @param remainder    what the parties agreed beyond indexation and counts
	 */
	public record Gap(int fromYear, BigDecimal published, BigDecimal computedFrom, int toYear, BigDecimal agreed,
			BigDecimal computedTo, BigDecimal indexation, BigDecimal counts, BigDecimal remainder) {

		/** @return published + indexation + counts + remainder, which is the agreed amount */
		public BigDecimal end() {
			return published.add(indexation).add(counts).add(remainder);
		}
	}

	/**
	 * @param run        the case
	 * @param scenario   a scenario name, or null for the baseline
	 * @param projection a projection model name, or null for the default
	 * @return the history
	 * @throws CaseException when the scenario or projection is unknown, or the published totals are
	 *                       inconsistent (naming the elements)
	 */
	public static AgreementHistory of(Case run, String scenario, String projection) throws CaseException {
		ScenarioInputs inputs = run.scenario(scenario);
		ProjectionDescriptor model = run.projection(projection);
		SortedMap<Integer, PublishedTotals.Total> published;
		try {
			published = PublishedTotals.byYear(run.model());
		} catch (IllegalArgumentException e) {
			throw new CaseException(CaseException.Kind.REQUEST, e.getMessage());
		}
		TreeSet<Integer> all = new TreeSet<>(published.keySet());
		all.addAll(run.years());
		CountTable counts = inputs.counts();
		List<Integer> held = counts.years();
		if (held.isEmpty()) {
			throw new CaseException(CaseException.Kind.REQUEST, "The case holds no counts to compute its history on.");
		}
		List<Year> years = new ArrayList<>();
		for (int year : all) {
			int countsYear = countsYear(held, year);
			BigDecimal computed = total(run, model, inputs, counts, countsYear, year);
			years.add(new Year(year, computed, Optional.ofNullable(published.get(year)), countsYear));
		}
		Gap gap = null;
		Optional<PublishedTotals.Total> firstAgreed = published.values().stream().filter(PublishedTotals.Total::agreed)
				.findFirst();
		if (firstAgreed.isPresent()) {
			int to = firstAgreed.get().year();
			Optional<PublishedTotals.Total> before = published.headMap(to).values().stream().filter(t -> !t.agreed())
					.reduce((first, second) -> second);
			if (before.isPresent()) {
				int from = before.get().year();
				Year fromYear = years.stream().filter(y -> y.year() == from).findFirst().orElseThrow();
				Year toYear = years.stream().filter(y -> y.year() == to).findFirst().orElseThrow();
				BigDecimal mixed = total(run, model, inputs, counts, fromYear.countsYear(), to);
				BigDecimal indexation = mixed.subtract(fromYear.computed());
				BigDecimal countChange = toYear.computed().subtract(mixed);
				BigDecimal p = before.get().amount();
				BigDecimal a = firstAgreed.get().amount();
				BigDecimal remainder = a.subtract(p).subtract(indexation).subtract(countChange);
				gap = new Gap(from, p, fromYear.computed(), to, a, toYear.computed(), indexation, countChange, remainder);
			}
		}
		return new AgreementHistory(run.title() + (inputs.name().equals(run.baselineName()) ? "" : ", scenario "
				+ inputs.name()), years, gap);
	}

	/** @return what was computed, for headings */
	public String title() {
		return title;
	}

	/** @return every year with a published total or in the period, ascending */
	public List<Year> years() {
		return years;
	}

	/** @return the step from the last published total before the period to the first agreed amount, if both exist */
	public Optional<Gap> gap() {
		return Optional.ofNullable(gap);
	}

	/** The year of counts used for a year: itself when held, else the nearest held year (the earlier one on a tie). */
	static int countsYear(List<Integer> held, int year) {
		if (held.contains(year)) {
			return year;
		}
		int best = held.get(0);
		for (int candidate : held) {
			if (Math.abs(candidate - year) < Math.abs(best - year)) {
				best = candidate;
			}
		}
		return best;
	}

	private static BigDecimal total(Case run, ProjectionDescriptor model, ScenarioInputs inputs, CountTable counts,
			int countsYear, int year) throws CaseException {
		BigDecimal total = model.model().project(new ProjectionInput(inputs.name(), run.title(), run.formulas(),
				tableFor(counts, countsYear, year, Simulator.categoryFormulas(run.formulas()).stream()
						.map(f -> f.getCategory().getName()).toList()),
				List.of(year), inputs.overrides())).total(year);
		// Shown in øre; a total with more decimals (a formula that does not round) keeps them.
		return total.scale() < 2 ? total.setScale(2) : total;
	}

	/**
	 * The counts of {@code countsYear} as the counts of {@code year}, each moved one saying so in its
	 * provenance; a unit that holds a category in no year of the table (only the zeros the case fills
	 * in for its period) gets 0 for it, as in the period, while a real gap stays a missing count.
	 */
	private static CountTable tableFor(CountTable counts, int countsYear, int year, List<String> categories)
			throws CaseException {
		List<Count> result = new ArrayList<>();
		Set<String> present = new HashSet<>();
		Set<String> held = new HashSet<>();
		for (Count count : counts.all()) {
			if (count.value().signum() != 0) {
				held.add(count.unit() + '\u0000' + count.category());
			}
			if (count.year() != countsYear) {
				continue;
			}
			Provenance p = count.provenance();
			Provenance provenance = countsYear == year ? p
					: new Provenance(p.source(), p.estimate(), (p.method().isEmpty() ? "" : p.method() + "; ")
							+ "ASSUMPTION: the count of " + countsYear + " used for " + year
							+ ", for which the case holds no counts");
			result.add(new Count(count.unit(), count.unitName(), count.category(), year, count.value(), provenance));
			present.add(count.unit() + '\u0000' + count.category());
		}
		for (String unit : counts.units()) {
			for (String category : categories) {
				String key = unit + '\u0000' + category;
				if (!held.contains(key) && !present.contains(key)) {
					result.add(new Count(unit, counts.unitName(unit), category, year, BigDecimal.ZERO,
							new Provenance("none: the unit has no " + category + " in any year, so it is billed for none",
									false, "")));
				}
			}
		}
		try {
			return CountTable.of("counts of " + countsYear + " for " + year, result);
		} catch (CountFileException e) {
			throw new CaseException(CaseException.Kind.REQUEST, e.getMessage());
		}
	}
}
