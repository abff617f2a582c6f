package no.avtalebenk.charts.kinds;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * What a {@link ChartKind} draws from: one case, as the command line, the briefing and the workbench
 * have opened it.
 *
 * @param model     the agreement model (clauses, units, scenarios, register)
 * @param formulas  the agreement's formula file
 * @param counts    the baseline's counts (never to be changed)
 * @param scenarios payments by scenario name under the case's projection model, the baseline first
 * @param years     the case's years, ascending
 * @param year      the year asked for ({@code --year}), one of the years
 * @param style     how amounts and words are written (Norwegian or English)
 * @param today     the day the chart is drawn, for charts that show what has expired
 */
public record ChartInput(AgreementModel model, Model formulas, CountTable counts,
		Map<String, PaymentResult> scenarios, List<Integer> years, int year, NumberStyle style, LocalDate today) {

	/** Copies the scenarios (keeping their order) and the years. */
	public ChartInput {
		if (scenarios.isEmpty()) {
			throw new IllegalArgumentException("a chart needs at least the baseline's payments");
		}
		scenarios = Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
		years = List.copyOf(years);
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
