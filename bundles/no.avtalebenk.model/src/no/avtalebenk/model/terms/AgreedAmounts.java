package no.avtalebenk.model.terms;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import no.avtalebenk.model.avtale.AgreedAmount;
import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.model.validation.ElementPaths;

/**
 * The yearly payments the parties agreed, as a model states them in the remuneration clauses of its
 * first agreement. Headless, for the briefing and the command line alike.
 */
public final class AgreedAmounts {

	private AgreedAmounts() {
	}

	/**
	 * @param model a model
	 * @return the agreed amount in NOK by year, in year order; empty when the model has no agreement or
	 *         its agreement states no amount
	 * @throws IllegalArgumentException when two amounts are stated for one year or one lacks its amount
	 *                                  (validation reports both as errors), naming the elements
	 */
	public static SortedMap<Integer, BigDecimal> byYear(AgreementModel model) {
		SortedMap<Integer, BigDecimal> amounts = new TreeMap<>();
		amounts(model).forEach((year, agreed) -> amounts.put(year, agreed.getAmount()));
		return Collections.unmodifiableSortedMap(amounts);
	}

	/**
	 * @param model a model
	 * @return the agreed amounts by year, in year order, with their source and note
	 * @throws IllegalArgumentException when two amounts are stated for one year or one lacks its amount,
	 *                                  naming the elements
	 */
	public static SortedMap<Integer, AgreedAmount> amounts(AgreementModel model) {
		SortedMap<Integer, AgreedAmount> amounts = new TreeMap<>();
		if (model.getAgreements().isEmpty()) {
			return Collections.unmodifiableSortedMap(amounts);
		}
		Agreement agreement = model.getAgreements().get(0);
		for (Clause clause : agreement.getClauses()) {
			if (clause instanceof RemunerationClause remuneration) {
				for (AgreedAmount agreed : remuneration.getAgreedAmounts()) {
					if (agreed.getAmount() == null) {
						throw new IllegalArgumentException(ElementPaths.of(agreed) + ": the agreed amount for "
								+ agreed.getYear() + " has no amount.");
					}
					AgreedAmount first = amounts.putIfAbsent(agreed.getYear(), agreed);
					if (first != null) {
						throw new IllegalArgumentException("The agreement '" + agreement.getId()
								+ "' has two agreed amounts for " + agreed.getYear() + ": " + ElementPaths.of(first) + " ("
								+ first.getAmount().toPlainString() + ") and " + ElementPaths.of(agreed) + " ("
								+ agreed.getAmount().toPlainString() + ").");
					}
				}
			}
		}
		return Collections.unmodifiableSortedMap(amounts);
	}

	/**
	 * @param model a model
	 * @param year  a year
	 * @return the document that states the agreed amount for that year, if the model has an amount for
	 *         it and names its source
	 * @throws IllegalArgumentException when two amounts are stated for one year or one lacks its amount,
	 *                                  naming the elements
	 */
	public static Optional<String> source(AgreementModel model, int year) {
		AgreedAmount agreed = amounts(model).get(year);
		return agreed == null ? Optional.empty() : Optional.ofNullable(agreed.getSource());
	}
}
