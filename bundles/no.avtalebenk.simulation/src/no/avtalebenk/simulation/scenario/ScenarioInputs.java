package no.avtalebenk.simulation.scenario;

import java.util.List;

import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * What a scenario evaluates: its counts (the baseline's, with the scenario stack's count changes)
 * and its rate and parameter values. The baseline's own table and formula model are untouched.
 *
 * @param name        the scenario's name
 * @param description what it is
 * @param holder      whose position it is: baseline, ksPosition, kopinorPosition or mediatorProposal
 * @param stack       the scenario names from the baseline up to this one
 * @param counts      the counts to evaluate
 * @param overrides   the rate and parameter values to evaluate with
 */
public record ScenarioInputs(String name, String description, String holder, List<String> stack, CountTable counts,
		Overrides overrides) {

	/** Copies the stack so that it never changes. */
	public ScenarioInputs {
		stack = List.copyOf(stack);
	}
}
