package no.avtalebenk.charts.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.simulation.analysis.Sweep;
import no.avtalebenk.simulation.analysis.SweepParameter;

/**
 * A sweep as lines: the total against the varied value, one line per year (one parameter), or one
 * line per value of the second parameter in one year (two parameters).
 *
 * @param title     the title
 * @param valueAxis what is varied, for the horizontal axis
 * @param axisLabel what the totals are
 * @param lines     the lines
 */
public record SweepLines(String title, String valueAxis, String axisLabel, List<Line> lines) implements ChartData {

	/** The most lines a chart draws; more would not be told apart. */
	public static final int MAX_LINES = 12;

	/** Copies the list. */
	public SweepLines {
		lines = List.copyOf(lines);
	}

	/**
	 * One line.
	 *
	 * @param name   the line's name (a year, or the second parameter's value)
	 * @param values the varied value of each point
	 * @param totals the total at each point
	 */
	public record Line(String name, List<BigDecimal> values, List<BigDecimal> totals) {
		/** Copies the lists. */
		public Line {
			values = List.copyOf(values);
			totals = List.copyOf(totals);
		}
	}

	/**
	 * @param result a sweep
	 * @param year   the year drawn when two parameters were varied
	 * @return its lines
	 * @throws IllegalArgumentException when there would be more than {@value #MAX_LINES} lines
	 */
	public static SweepLines of(Sweep.Result result, int year) {
		SweepParameter first = result.parameters().get(0);
		List<Line> lines = new ArrayList<>();
		if (result.parameters().size() == 1) {
			for (int y = 0; y < result.years().size(); y++) {
				int index = y;
				lines.add(new Line(String.valueOf(result.years().get(y)), first.values(),
						result.points().stream().map(p -> p.totals().get(index)).toList()));
			}
			return new SweepLines("Samlet vederlag per år etter " + first.label(), first.label(), "NOK", lines);
		}
		SweepParameter second = result.parameters().get(1);
		if (second.values().size() > MAX_LINES) {
			throw new IllegalArgumentException("a chart draws at most " + MAX_LINES + " lines, one per value of "
					+ second.label() + ", which takes " + second.values().size());
		}
		int y = result.years().indexOf(year);
		int columns = second.values().size();
		for (int j = 0; j < columns; j++) {
			List<BigDecimal> totals = new ArrayList<>();
			for (int i = 0; i < first.values().size(); i++) {
				totals.add(result.points().get(i * columns + j).totals().get(y));
			}
			lines.add(new Line(second.label() + " = " + second.values().get(j).toPlainString(), first.values(), totals));
		}
		return new SweepLines("Samlet vederlag " + year + " etter " + first.label() + " og " + second.label(),
				first.label(), "NOK", lines);
	}
}
