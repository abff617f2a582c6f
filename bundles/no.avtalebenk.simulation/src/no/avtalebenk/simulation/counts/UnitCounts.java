package no.avtalebenk.simulation.counts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import no.avtalebenk.formula.interpreter.Counts;

/**
 * The counts of one reporting unit and year from a {@link CountTable}, as the formula evaluator
 * reads them: each with its provenance, and with the table's other units for {@code sum(units: …)}.
 *
 * @param table the counts
 * @param unit  the reporting unit
 * @param year  the year
 */
public record UnitCounts(CountTable table, String unit, int year) implements Counts {

	@Override
	public Optional<BigDecimal> get(String category) {
		return table.get(unit, category, year).map(Count::value);
	}

	@Override
	public Optional<String> provenance(String category) {
		return table.get(unit, category, year).map(c -> c.provenance().describe());
	}

	@Override
	public List<String> units() {
		return table.units();
	}

	@Override
	public Counts forUnit(String other) {
		if (!table.units().contains(other)) {
			throw new IllegalArgumentException("No counts for the reporting unit '" + other + "'.");
		}
		return new UnitCounts(table, other, year);
	}
}
