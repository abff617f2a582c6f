package no.avtalebenk.simulation.projection;

import java.util.List;

import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * What a {@link ProjectionModel} projects.
 *
 * @param scenario  the scenario's name, to be carried into every cell
 * @param title     what is projected, for headings
 * @param formulas  the agreement's formula file
 * @param counts    the scenario's counts (never to be changed by a model)
 * @param years     the years to project, ascending
 * @param overrides the scenario's rate and parameter values; a model with its own parameter file
 *                  applies those whose names it has
 */
public record ProjectionInput(String scenario, String title, Model formulas, CountTable counts, List<Integer> years,
		Overrides overrides) {

	/** Copies the years so that the input never changes. */
	public ProjectionInput {
		years = List.copyOf(years);
	}
}
