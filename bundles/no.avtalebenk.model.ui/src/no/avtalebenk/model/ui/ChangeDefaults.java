package no.avtalebenk.model.ui;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EClass;

import no.avtalebenk.cases.Case;
import no.avtalebenk.formula.vederlag.DatedValue;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.NumberLiteral;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.AvtalePackage;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.CountChange;
import no.avtalebenk.model.avtale.CountYearChange;
import no.avtalebenk.model.avtale.GrowthChange;
import no.avtalebenk.model.avtale.RateChange;
import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.model.avtale.ScenarioChange;
import no.avtalebenk.model.avtale.ShareChange;
import no.avtalebenk.model.avtale.YearRuleKind;

/**
 * A new change of a scenario, filled so that it changes nothing until the user edits it where the file
 * allows: a count as the file has it for the first billed category and the first year of the period,
 * growth 0, the formula file's first rate at its latest value from the day that value is valid (a
 * value from a later day would not reach a rate that the formulas index from its base year). A share
 * starts at the parameter's value when the formula file writes it as a number.
 */
final class ChangeDefaults {

	private ChangeDefaults() {
	}

	/**
	 * @param kind  CountChange, GrowthChange, RateChange, ShareChange or CountYearChange
	 * @param model the model the change goes into
	 * @param aCase the case, for the formula file's names and values; null when not open (yet)
	 * @return the new change
	 */
	static ScenarioChange create(EClass kind, AgreementModel model, Case aCase) {
		AvtaleFactory factory = AvtaleFactory.eINSTANCE;
		int year = firstYear(model);
		if (kind == AvtalePackage.Literals.COUNT_CHANGE) {
			CountChange change = factory.createCountChange();
			CountCategory category = billedCategory(model);
			change.setCategory(category);
			change.setYear(year);
			change.setValue(count(model, category, year));
			return change;
		}
		if (kind == AvtalePackage.Literals.GROWTH_CHANGE) {
			GrowthChange change = factory.createGrowthChange();
			change.setCategory(billedCategory(model));
			change.setRatePerYear(BigDecimal.ZERO);
			change.setFromYear(year);
			return change;
		}
		if (kind == AvtalePackage.Literals.COUNT_YEAR_CHANGE) {
			// the period's first year's counts for every year: a year the counts of the agreement hold
			CountYearChange change = factory.createCountYearChange();
			change.setCategory(billedCategory(model));
			change.setKind(YearRuleKind.FIXED_YEAR);
			change.setDataYear(year);
			return change;
		}
		if (kind == AvtalePackage.Literals.RATE_CHANGE) {
			RateChange change = factory.createRateChange();
			change.setRate(Messages.Rate_default);
			change.setValue(BigDecimal.ZERO);
			change.setValidFrom(periodStart(model));
			Rate rate = first(aCase, Rate.class);
			if (rate != null) {
				change.setRate(rate.getName());
				DatedValue latest = null;
				for (DatedValue value : rate.getValues()) {
					if (latest == null || value.getValidFrom().compareTo(latest.getValidFrom()) > 0) {
						latest = value;
					}
				}
				if (latest != null) {
					change.setValue(latest.getValue());
					change.setValidFrom(latest.getValidFrom());
				}
			}
			return change;
		}
		ShareChange change = factory.createShareChange();
		change.setParameter(Messages.Share_default);
		change.setValue(BigDecimal.ONE);
		Parameter parameter = first(aCase, Parameter.class);
		if (parameter != null) {
			change.setParameter(parameter.getName());
			if (parameter.getValue() instanceof NumberLiteral number && !number.isPercent()) {
				change.setValue(number.getValue());
			}
		}
		return change;
	}

	private static <T> T first(Case aCase, Class<T> type) {
		if (aCase == null || aCase.formulas() == null) {
			return null;
		}
		for (Element element : aCase.formulas().getElements()) {
			if (type.isInstance(element)) {
				return type.cast(element);
			}
		}
		return null;
	}

	/** @return the first category the remuneration clause bills, else the file's first category */
	private static CountCategory billedCategory(AgreementModel model) {
		for (Agreement agreement : model.getAgreements()) {
			for (Clause clause : agreement.getClauses()) {
				if (clause instanceof RemunerationClause remuneration && !remuneration.getCategories().isEmpty()) {
					return remuneration.getCategories().get(0);
				}
			}
		}
		return model.getCategories().isEmpty() ? null : model.getCategories().get(0);
	}

	private static BigDecimal count(AgreementModel model, CountCategory category, int year) {
		for (Count count : model.getCounts()) {
			if (count.getCategory() == category && count.getYear() == year && count.getValue() != null) {
				return count.getValue();
			}
		}
		return BigDecimal.ZERO;
	}

	private static String periodStart(AgreementModel model) {
		for (Agreement agreement : model.getAgreements()) {
			if (agreement.getPeriodStart() != null && !agreement.getPeriodStart().isBlank()) {
				return agreement.getPeriodStart();
			}
		}
		return null;
	}

	private static int firstYear(AgreementModel model) {
		String start = periodStart(model);
		if (start != null && start.length() >= 4 && start.substring(0, 4).chars().allMatch(Character::isDigit)) {
			return Integer.parseInt(start.substring(0, 4));
		}
		return model.getCounts().stream().mapToInt(Count::getYear).min().orElse(java.time.Year.now().getValue());
	}
}
