package no.avtalebenk.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.report.assumptions.Assumptions;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * What a briefing is made from: the model file's content, its formulas, the payments of each scenario
 * and the assumptions gathered from the case. Everything in the briefing derives from these; nothing
 * else is read.
 *
 * @param model       the agreement model (clauses, units, counts, scenarios)
 * @param modelFile   the model file's name, cited in the briefing
 * @param formulas    the remuneration formulas (rates and their sources)
 * @param scenarios   payments by scenario name; the first is the baseline
 * @param holders     whose position each scenario is, by name: a literal of {@code ScenarioHolder} (e.g.
 *                    {@code ksPosition}), shown by its label ("KS' posisjon"), or a text shown as it is
 * @param extra       further blocks (goal-seek answers, sensitivity, Monte Carlo), in order
 * @param unit        the reporting unit whose payments are explained line by line
 * @param assumptions every assumption of the case and the open questions of its agreement
 */
public record BriefingInput(AgreementModel model, String modelFile, Model formulas,
		Map<String, PaymentResult> scenarios, Map<String, String> holders, List<Block> extra, String unit,
		Assumptions assumptions) {

	/**
	 * A briefing of these files alone: the assumptions are gathered from the model (its counts included),
	 * the formulas and the analyses' defaults, not from other data sets of a case.
	 */
	public BriefingInput(AgreementModel model, String modelFile, Model formulas, Map<String, PaymentResult> scenarios,
			Map<String, String> holders, List<Block> extra, String unit) {
		this(model, modelFile, formulas, scenarios, holders, extra, unit,
				Assumptions.of(model, modelFile, List.of(formulas), Labels.BOKMAL));
	}

	/** Copies the maps and lists, keeping the scenarios' order. */
	public BriefingInput {
		if (scenarios.isEmpty()) {
			throw new IllegalArgumentException("a briefing needs at least the baseline's payments");
		}
		scenarios = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
		holders = Map.copyOf(holders);
		extra = List.copyOf(extra);
	}

	/** @return the baseline's name */
	public String baselineName() {
		return scenarios.keySet().iterator().next();
	}

	/** @return the baseline's payments */
	public PaymentResult baseline() {
		return scenarios.get(baselineName());
	}
}
