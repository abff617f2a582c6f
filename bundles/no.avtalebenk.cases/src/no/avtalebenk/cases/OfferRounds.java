package no.avtalebenk.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.ScenarioHolder;
import no.avtalebenk.model.terms.AgreedAmounts;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Each party's offers by round, as a history: the scenarios that are a party's position or the
 * mediator's proposal, per holder (KS, Kopinor, the mediator) in the order of their rounds, with their
 * totals per year, the change from the same party's previous round (the first round: from the
 * baseline) and the gap to the agreed amount. Headless, for {@code compare}, the briefing and the
 * workbench alike.
 */
public final class OfferRounds {

	/**
	 * One offer.
	 *
	 * @param holder      whose offer: {@code ksPosition}, {@code kopinorPosition} or {@code mediatorProposal}
	 * @param round       its round (0 when the scenario names none)
	 * @param scenario    the scenario's name
	 * @param description the scenario's description, or empty
	 * @param totals      the total per year
	 * @param change      per year, the total minus the party's previous offer's (the first: the baseline's)
	 * @param previous    the scenario the change is measured from
	 * @param gap         per year with an agreed amount, the total minus that amount
	 */
	public record Offer(String holder, int round, String scenario, String description, Map<Integer, BigDecimal> totals,
			Map<Integer, BigDecimal> change, String previous, Map<Integer, BigDecimal> gap) {
	}

	private OfferRounds() {
	}

	/**
	 * @param scope the case
	 * @return the offers, KS's first, then Kopinor's, then the mediator's, each party's in round order
	 *         (a tie in the order of the agreement file)
	 * @throws CaseException when a scenario cannot be applied
	 */
	public static List<Offer> of(Case scope) throws CaseException {
		ProjectionDescriptor model = scope.projection(null);
		Map<String, PaymentResult> results = new LinkedHashMap<>();
		results.put(scope.baselineName(), scope.project(model, scope.scenario(null)));
		for (Scenario scenario : scope.model().getScenarios()) {
			if (scenario.getHolder() != null && scenario.getHolder() != ScenarioHolder.BASELINE) {
				results.put(scenario.getName(), scope.project(model, scope.scenario(scenario.getName())));
			}
		}
		return of(scope.model(), results, scope.baselineName());
	}

	/**
	 * @param agreement the agreement model with the scenarios and the agreed amounts
	 * @param results   the payments of the baseline and of every offer, by scenario name
	 * @param baseline  the baseline's name
	 * @return the offers as {@link #of(Case)} gives them; a scenario without a result is left out
	 */
	public static List<Offer> of(AgreementModel agreement, Map<String, PaymentResult> results, String baseline) {
		List<Scenario> offers = new ArrayList<>();
		for (Scenario scenario : agreement.getScenarios()) {
			if (scenario.getHolder() != null && scenario.getHolder() != ScenarioHolder.BASELINE
					&& results.containsKey(scenario.getName())) {
				offers.add(scenario);
			}
		}
		offers.sort(Comparator.comparing((Scenario s) -> s.getHolder().getValue()).thenComparingInt(Scenario::getRound));
		PaymentResult base = results.get(baseline);
		SortedMap<Integer, BigDecimal> agreed = AgreedAmounts.byYear(agreement);
		List<Offer> result = new ArrayList<>();
		ScenarioHolder holder = null;
		PaymentResult previous = base;
		String previousName = baseline;
		for (Scenario scenario : offers) {
			if (scenario.getHolder() != holder) {
				holder = scenario.getHolder();
				previous = base;
				previousName = baseline;
			}
			PaymentResult offer = results.get(scenario.getName());
			Map<Integer, BigDecimal> totals = new LinkedHashMap<>();
			Map<Integer, BigDecimal> change = new LinkedHashMap<>();
			Map<Integer, BigDecimal> gap = new LinkedHashMap<>();
			for (int year : offer.years()) {
				totals.put(year, offer.total(year));
				change.put(year, offer.total(year).subtract(previous.total(year)));
				if (agreed.containsKey(year)) {
					gap.put(year, offer.total(year).subtract(agreed.get(year)));
				}
			}
			result.add(new Offer(holder.getLiteral(), scenario.getRound(), scenario.getName(),
					scenario.getDescription() == null ? "" : scenario.getDescription(), totals, change, previousName, gap));
			previous = offer;
			previousName = scenario.getName();
		}
		return result;
	}
}
