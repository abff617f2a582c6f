package no.avtalebenk.simulation.result;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import no.avtalebenk.model.labels.Labels;

/**
 * The one result type every consumer reads (charts, report, CLI, workbench views): payments keyed
 * by scenario, reporting unit, category and year, each with its explanation. Consumers only read
 * and sum it; none computes payments on its own.
 *
 * @param title      what was simulated, for headings
 * @param cells      the payments
 * @param categories the categories, in the formula file's order
 * @param years      the years, ascending
 */
public record PaymentResult(String title, List<PaymentCell> cells, List<String> categories, List<Integer> years) {

	/**
	 * The category of the rounding lines, last in {@link #categories()} when the formula file rounds
	 * invoices per unit total: per unit and year, the unit's rounded invoice total minus the sum of
	 * its exact category lines, so that lines and rounding add up to the invoice. Not a name a
	 * category can have (it holds a space). Its label for people is {@link Labels#invoiceRounding}.
	 */
	public static final String ROUNDING = Labels.INVOICE_ROUNDING;

	/** Copies the lists so that a result never changes after it is made. */
	public PaymentResult {
		cells = List.copyOf(cells);
		categories = List.copyOf(categories);
		years = List.copyOf(years);
	}

	/**
	 * @param category category name
	 * @param year     year
	 * @return the sum over all units of that category and year
	 */
	public BigDecimal amount(String category, int year) {
		return sum(c -> c.category().equals(category) && c.year() == year);
	}

	/**
	 * @param year year
	 * @return the sum over all units and categories of that year
	 */
	public BigDecimal total(int year) {
		return sum(c -> c.year() == year);
	}

	/**
	 * @return the sums of {@link #amount} and {@link #total} for every category and year, worked out
	 *         in one pass over the cells (each call of those two goes through all of them: for a table of
	 *         10 000 units, 7 categories and 10 years, 70 passes over 700 000 cells)
	 */
	public Sums sums() {
		Map<String, Map<Integer, BigDecimal>> byCategory = new HashMap<>();
		Map<Integer, BigDecimal> byYear = new HashMap<>();
		for (PaymentCell cell : cells) {
			if (cell.amount() != null) {
				// from zero, as sum() adds: the same value and scale
				BigDecimal amount = BigDecimal.ZERO.add(cell.amount());
				byCategory.computeIfAbsent(cell.category(), c -> new HashMap<>()).merge(cell.year(), amount, BigDecimal::add);
				byYear.merge(cell.year(), amount, BigDecimal::add);
			}
		}
		return new Sums(byCategory, byYear);
	}

	/**
	 * The sums of a result by category and year and by year, exactly as {@link PaymentResult#amount}
	 * and {@link PaymentResult#total} give them (zero where there are no cells).
	 *
	 * @param byCategory the sums by category and year
	 * @param byYear     the sums by year
	 */
	public record Sums(Map<String, Map<Integer, BigDecimal>> byCategory, Map<Integer, BigDecimal> byYear) {

		/**
		 * @param category category name
		 * @param year     year
		 * @return the sum over all units of that category and year
		 */
		public BigDecimal amount(String category, int year) {
			return byCategory.getOrDefault(category, Map.of()).getOrDefault(year, BigDecimal.ZERO);
		}

		/**
		 * @param year year
		 * @return the sum over all units and categories of that year
		 */
		public BigDecimal total(int year) {
			return byYear.getOrDefault(year, BigDecimal.ZERO);
		}
	}

	/**
	 * @param filter which cells to sum
	 * @return their exact sum
	 */
	public BigDecimal sum(Predicate<PaymentCell> filter) {
		return cells.stream().filter(filter).map(PaymentCell::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO,
				BigDecimal::add);
	}
}
