package no.avtalebenk.simulation.projection;

import no.avtalebenk.simulation.result.PaymentResult;

/**
 * A projection model: turns a scenario's counts, formulas and overrides into payments per
 * reporting unit, category and year. Contributed through the extension point
 * {@value ProjectionRegistry#EXTENSION_POINT} (schema {@code schema/projections.exsd}); the
 * registry creates one instance per contribution with a public no-argument constructor.
 * <p>
 * Implementations must be stateless between calls and must not change the input: a scenario's
 * baseline is shared. Every result is a {@link PaymentResult}, the one type every consumer reads.
 */
public interface ProjectionModel {

	/**
	 * @param input what to project
	 * @return the payments, one cell per unit, category and year the model prices
	 * @throws no.avtalebenk.formula.interpreter.EvaluationException when a formula cannot be evaluated
	 * @throws IllegalArgumentException                              when the input does not suit the
	 *                                                               model, with a message a negotiator
	 *                                                               understands
	 */
	PaymentResult project(ProjectionInput input);

	/**
	 * @return the names of the rates and parameters the model reads from files of its own (besides
	 *         the agreement's formula file), which scenarios, goal seek and sensitivity may change
	 */
	default java.util.Set<String> ownNames() {
		return java.util.Set.of();
	}

	/**
	 * @return the formula files of the model's own (besides the agreement's formula file), whose rates
	 *         and parameters it reads, so that their sources and assumptions can be listed with the
	 *         case's; empty when it reads none
	 */
	default java.util.List<no.avtalebenk.formula.vederlag.Model> ownFormulas() {
		return java.util.List.of();
	}

	/**
	 * @return what the model prices, in a few words (e.g. "a licence to copy protected works, per pupil
	 *         and årsverk"), so that a comparison of models can say when they price different goods;
	 *         empty when not stated
	 */
	default String pricedGood() {
		return "";
	}
}
