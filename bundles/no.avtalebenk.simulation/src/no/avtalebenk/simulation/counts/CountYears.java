package no.avtalebenk.simulation.counts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.CountYearRule;
import no.avtalebenk.model.avtale.RemunerationClause;

/**
 * The year rules of the categories: for each agreement year, which data year's count of a category
 * is used. A category without a rule uses the count of the agreement year itself. The rules come
 * from the agreement model's categories ({@code CountCategory.yearRule}), and may be replaced per
 * category by a scenario ({@code CountYearChange}) or the command line ({@code --count-year}).
 * {@link #resolve} applies them once to a count table, so that every computation on its result
 * follows them.
 */
public final class CountYears {

	/** No rules: every agreement year uses its own counts. */
	public static final CountYears NONE = new CountYears(Map.of());

	private final Map<String, YearRule> rules;

	private CountYears(Map<String, YearRule> rules) {
		this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
	}

	/**
	 * @param model an agreement model
	 * @return the year rules its categories declare, those of its own categories first, then those of
	 *         the categories its remuneration clauses name (a snapshot of agreements and scenarios may
	 *         hold no categories of its own)
	 */
	public static CountYears of(AgreementModel model) {
		Set<CountCategory> categories = new LinkedHashSet<>(model.getCategories());
		model.getAgreements().forEach(a -> {
			for (Clause clause : a.getClauses()) {
				if (clause instanceof RemunerationClause remuneration) {
					categories.addAll(remuneration.getCategories());
				}
			}
		});
		Map<String, YearRule> rules = new LinkedHashMap<>();
		for (CountCategory category : categories) {
			CountYearRule rule = category.getYearRule();
			if (rule != null && category.getId() != null && !rules.containsKey(category.getId())) {
				rules.put(category.getId(), new YearRule(rule.getKind(), rule.getDataYear(), rule.getText(),
						rule.getSource(), rule.getAssumption()));
			}
		}
		return new CountYears(rules);
	}

	/**
	 * @param category a category
	 * @param rule     its rule from now on
	 * @return these rules with the category's replaced
	 */
	public CountYears with(String category, YearRule rule) {
		Map<String, YearRule> changed = new LinkedHashMap<>(rules);
		changed.put(category, rule);
		return new CountYears(changed);
	}

	/**
	 * @param others rules that replace these, category by category
	 * @return these rules with the others' categories replaced
	 */
	public CountYears with(CountYears others) {
		if (others.rules.isEmpty()) {
			return this;
		}
		Map<String, YearRule> changed = new LinkedHashMap<>(rules);
		changed.putAll(others.rules);
		return new CountYears(changed);
	}

	/** @return the rules by category, in the order they were declared */
	public Map<String, YearRule> rules() {
		return rules;
	}

	/**
	 * @param category a category
	 * @return its rule, if it has one
	 */
	public Optional<YearRule> rule(String category) {
		return Optional.ofNullable(rules.get(category));
	}

	/**
	 * Applies the rules: for every unit, every category with a rule and every agreement year Y, the
	 * count of (unit, category, Y) becomes the count of the data year the rule chooses, with a
	 * provenance that says so ("2025-tall brukt for 2026: sist tilgjengelige tall i GSI (…)", then the
	 * data year's own provenance); when the rule chooses Y itself the count is kept as it is, and when
	 * it finds no count the unit has none for Y (a missing count, as before). Counts of other years
	 * and categories are kept. The result records each choice ({@link CountTable#choice}).
	 *
	 * @param table the counts as the data hold them
	 * @param years the agreement years
	 * @return the counts the agreement years use; the table itself when there are no rules
	 */
	public CountTable resolve(CountTable table, List<Integer> years) {
		if (rules.isEmpty() || years.isEmpty()) {
			return table;
		}
		Map<String, Count> counts = new LinkedHashMap<>();
		for (Count count : table.all()) {
			counts.put(CountTable.key(count.unit(), count.category(), count.year()), count);
		}
		Map<String, YearChoice> choices = new LinkedHashMap<>();
		for (Map.Entry<String, YearRule> entry : rules.entrySet()) {
			String category = entry.getKey();
			YearRule rule = entry.getValue();
			// the years of the data, not those of the zeros for units that do not hold the category
			List<Integer> ofTable = new ArrayList<>();
			for (int held : table.years()) {
				if (table.units().stream().anyMatch(u -> table.holds(u, category, held))) {
					ofTable.add(held);
				}
			}
			for (String unit : table.units()) {
				if (ofTable.stream().noneMatch(y -> table.holds(unit, category, y))) {
					continue; // the unit has no count of the category in any year: nothing to choose
				}
				for (int year : years) {
					int dataYear = rule.choose(table, unit, category, year, ofTable);
					Optional<Count> chosen = dataYear == 0 ? Optional.empty() : table.get(unit, category, dataYear);
					String key = CountTable.key(unit, category, year);
					choices.put(key, new YearChoice(year, chosen.isPresent() ? dataYear : 0, rule));
					if (chosen.isEmpty()) {
						counts.remove(key);
					} else if (dataYear != year) {
						Count data = chosen.get();
						Provenance provenance = new Provenance(dataYear + "-tall brukt for " + year + ": " + rule.describe()
								+ "; " + data.provenance().source(), data.provenance().estimate(), data.provenance().method());
						counts.put(key, new Count(unit, data.unitName(), category, year, data.value(), provenance));
					}
				}
			}
		}
		return CountTable.resolved(counts, choices, table.notHeld());
	}
}
