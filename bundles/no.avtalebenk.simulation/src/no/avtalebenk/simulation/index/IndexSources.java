package no.avtalebenk.simulation.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * Makes an {@link IndexSeries} the source of an index of a formula file: its steps replace the file's
 * steps of the same years while the file is evaluated, without editing the file, the way a scenario
 * changes an index factor. A formula {@code indexed(rate by prisjustering since 2023, …)} then follows
 * the series instead of the factors written in the file.
 */
public final class IndexSources {

	private IndexSources() {
	}

	/**
	 * @param formulas  the formula file
	 * @param index     the name of one of its indexes, or null for every index of the file
	 * @param series    the series that gives the steps
	 * @param years     the years whose steps are replaced (1 January of each); a year the series has no
	 *                  step for keeps the file's step
	 * @param overrides the scenario's overrides, kept; the series' steps are added after them and so win
	 *                  on the same date
	 * @return the overrides with the series' steps
	 * @throws IllegalArgumentException when the file has no index of that name
	 */
	public static Overrides drive(Model formulas, String index, IndexSeries series, List<Integer> years,
			Overrides overrides) {
		List<Index> indexes = formulas.getElements().stream().filter(Index.class::isInstance).map(Index.class::cast)
				.filter(i -> index == null || i.getName().equals(index)).toList();
		if (index != null && indexes.isEmpty()) {
			throw new IllegalArgumentException("The formula file has no index '" + index + "'; it has "
					+ String.join(", ", formulas.getElements().stream().filter(Index.class::isInstance)
							.map(e -> ((Index) e).getName()).toList()) + ".");
		}
		Overrides result = overrides;
		for (Index each : indexes) {
			for (int year : years) {
				Optional<BigDecimal> step = series.step(year);
				if (step.isPresent()) {
					result = result.withRate(each.getName(), year + "-01-01", step.get());
				}
			}
		}
		return result;
	}
}
