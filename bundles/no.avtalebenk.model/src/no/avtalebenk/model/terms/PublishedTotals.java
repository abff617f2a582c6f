package no.avtalebenk.model.terms;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import no.avtalebenk.model.avtale.AgreedAmount;
import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.PublishedTotal;
import no.avtalebenk.model.validation.ElementPaths;

/**
 * The history of an agreement's total payments as published: its {@code history} (totals of earlier
 * years, from the agreements before it) together with the amounts agreed for the years of its period.
 * A negotiator sets the computed totals beside these. Headless, for the briefing and the command line.
 */
public final class PublishedTotals {

	private PublishedTotals() {
	}

	/**
	 * One published total.
	 *
	 * @param year   the year paid for
	 * @param amount NOK, exact
	 * @param source the document that publishes it
	 * @param note   a remark, may be empty
	 * @param agreed true when it is an amount the agreement itself states (its period), false for history
	 */
	public record Total(int year, BigDecimal amount, String source, String note, boolean agreed) {
	}

	/**
	 * @param model a model
	 * @return the published totals of the model's first agreement by year, its history and its agreed
	 *         amounts together, in year order; empty when the model has no agreement
	 * @throws IllegalArgumentException naming the elements, when a history total lacks its amount or is
	 *                                  not positive, when a year has two history totals, or when a
	 *                                  history total differs from the amount agreed for the same year
	 */
	public static SortedMap<Integer, Total> byYear(AgreementModel model) {
		SortedMap<Integer, Total> totals = new TreeMap<>();
		if (model.getAgreements().isEmpty()) {
			return Collections.unmodifiableSortedMap(totals);
		}
		Agreement agreement = model.getAgreements().get(0);
		SortedMap<Integer, PublishedTotal> history = new TreeMap<>();
		for (PublishedTotal total : agreement.getHistory()) {
			if (total.getAmount() == null || total.getAmount().signum() <= 0) {
				throw new IllegalArgumentException(ElementPaths.of(total) + ": the published total for " + total.getYear()
						+ " needs an amount of more than 0 NOK.");
			}
			PublishedTotal first = history.putIfAbsent(total.getYear(), total);
			if (first != null) {
				throw new IllegalArgumentException("The agreement '" + agreement.getId() + "' has two published totals for "
						+ total.getYear() + ": " + ElementPaths.of(first) + " and " + ElementPaths.of(total) + ".");
			}
			totals.put(total.getYear(), new Total(total.getYear(), total.getAmount(), nonNull(total.getSource()),
					nonNull(total.getNote()), false));
		}
		for (var entry : AgreedAmounts.amounts(model).entrySet()) {
			AgreedAmount agreed = entry.getValue();
			PublishedTotal same = history.get(entry.getKey());
			if (same != null && same.getAmount().compareTo(agreed.getAmount()) != 0) {
				throw new IllegalArgumentException(ElementPaths.of(same) + ": the published total for " + entry.getKey()
						+ " (" + same.getAmount().toPlainString() + ") differs from the agreed amount "
						+ agreed.getAmount().toPlainString() + " (" + ElementPaths.of(agreed) + ").");
			}
			totals.put(entry.getKey(), new Total(entry.getKey(), agreed.getAmount(), nonNull(agreed.getSource()),
					nonNull(agreed.getNote()), true));
		}
		return Collections.unmodifiableSortedMap(totals);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
