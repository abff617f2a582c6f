package no.avtalebenk.data.ui.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.UnitKind;

/**
 * The counts of a data set as the editor's table lists them, and the filters on them: a search in the
 * unit's number and name, a county, a category, a year and estimates only. A county's own counts
 * belong to that county, a municipality's to the county it lies in. Cheap enough to run on every
 * keystroke: a data set of the whole sector has about 15 000 counts.
 */
public final class CountRows {

	/**
	 * What the table shows; an empty or null field does not filter.
	 *
	 * @param search        part of a unit's number or name, in any case
	 * @param county        a county's id (fylkesnummer)
	 * @param category      a category's id
	 * @param year          a year, or null
	 * @param estimatesOnly only counts whose provenance says they are estimates
	 */
	public record Filter(String search, String county, String category, Integer year, boolean estimatesOnly) {

		/** No filter: every count. */
		public static final Filter NONE = new Filter("", null, null, null, false);

		/**
		 * @param count a count of the data set
		 * @return whether the table shows it
		 */
		public boolean test(Count count) {
			ReportingUnit unit = count.getUnit();
			if (unit == null) {
				return search == null || search.isBlank();
			}
			if (search != null && !search.isBlank()) {
				String wanted = search.trim().toLowerCase(Locale.ROOT);
				boolean found = unit.getId() != null && unit.getId().toLowerCase(Locale.ROOT).contains(wanted)
						|| unit.getName() != null && unit.getName().toLowerCase(Locale.ROOT).contains(wanted);
				if (!found) {
					return false;
				}
			}
			if (county != null) {
				ReportingUnit own = countyOf(unit);
				if (own == null || !county.equals(own.getId())) {
					return false;
				}
			}
			if (category != null && (count.getCategory() == null || !category.equals(count.getCategory().getId()))) {
				return false;
			}
			if (year != null && count.getYear() != year) {
				return false;
			}
			return !estimatesOnly || count.getProvenance() != null && count.getProvenance().isEstimated();
		}
	}

	private CountRows() {
	}

	/**
	 * @param unit a reporting unit
	 * @return the county it belongs to: itself for a county, the county it lies in otherwise; null when
	 *         it lies in none (Longyearbyen, KS, the nation)
	 */
	public static ReportingUnit countyOf(ReportingUnit unit) {
		if (unit.getKind() == UnitKind.COUNTY) {
			return unit;
		}
		return unit.getCounty();
	}

	/**
	 * @param model  a data set
	 * @param filter what to show
	 * @return the counts the filter lets through, in file order
	 */
	public static List<Count> filter(AgreementModel model, Filter filter) {
		List<Count> shown = new ArrayList<>();
		for (Count count : model.getCounts()) {
			if (filter.test(count)) {
				shown.add(count);
			}
		}
		return shown;
	}

	/**
	 * @param model a data set
	 * @return the counties its counts belong to, by id
	 */
	public static Map<String, ReportingUnit> counties(AgreementModel model) {
		Map<String, ReportingUnit> counties = new TreeMap<>();
		for (Count count : model.getCounts()) {
			ReportingUnit county = count.getUnit() == null ? null : countyOf(count.getUnit());
			if (county != null && county.getId() != null) {
				counties.putIfAbsent(county.getId(), county);
			}
		}
		return counties;
	}

	/**
	 * @param model a data set
	 * @return the years of its counts, ascending
	 */
	public static List<Integer> years(AgreementModel model) {
		TreeSet<Integer> years = new TreeSet<>();
		model.getCounts().forEach(c -> years.add(c.getYear()));
		return List.copyOf(years);
	}

	/**
	 * @param counts counts
	 * @return their sum
	 */
	public static BigDecimal sum(List<Count> counts) {
		return counts.stream().map(Count::getValue).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
