package no.avtalebenk.simulation.ai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;

import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.Provenance;
import no.avtalebenk.simulation.evaluation.OverridingEvaluator;
import no.avtalebenk.simulation.projection.ProjectionInput;
import no.avtalebenk.simulation.projection.ProjectionModel;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The AI årsverk driver: before the agreement's formulas are evaluated, the administrative årsverk
 * base is reduced by what AI frees and is cut rather than reinvested. The driver is written in the
 * formula language, in {@code model/ai.vederlag}: each of its category formulas gives the new count
 * of its category (share of staff affected × time saved × realisation × phase-in × share reduced,
 * from KS FoU 2024 citing Menon Economics 2023, the rest marked as assumptions). A scenario changes
 * any of its parameters by name. The counts given are copied, never changed.
 */
public class AiArsverkProjection implements ProjectionModel {

	/** The driver file inside this bundle. */
	public static final String FILE = "/model/ai.vederlag";

	private Model driver;

	private synchronized Model driver() {
		if (driver == null) {
			try (InputStream in = AiArsverkProjection.class.getResourceAsStream(FILE)) {
				if (in == null) {
					throw new IOException("The AI driver file " + FILE + " is missing from the installation.");
				}
				driver = new FormulaLoader().load(URI.createURI("platform:/plugin/no.avtalebenk.simulation.ai" + FILE), in);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return driver;
	}

	@Override
	public java.util.List<Model> ownFormulas() {
		return java.util.List.of(driver());
	}

	@Override
	public java.util.Set<String> ownNames() {
		java.util.Set<String> names = new java.util.TreeSet<>();
		for (no.avtalebenk.formula.vederlag.Element element : driver().getElements()) {
			if (element instanceof no.avtalebenk.formula.vederlag.Rate
					|| element instanceof no.avtalebenk.formula.vederlag.Parameter) {
				names.add(element.getName());
			}
		}
		return names;
	}

	@Override
	public PaymentResult project(ProjectionInput input) {
		return Simulator.simulate(input.scenario(), input.title() + ", AI årsverk driver", input.formulas(),
				drive(input), input.years(), input.overrides());
	}

	/**
	 * @param input what to project
	 * @return a copy of the counts with the driven categories replaced by the driver's values
	 */
	public CountTable drive(ProjectionInput input) {
		List<Formula> formulas = Simulator.categoryFormulas(driver());
		List<Count> counts = new ArrayList<>();
		for (Count count : input.counts().all()) {
			Optional<Formula> formula = formulas.stream()
					.filter(f -> f.getCategory().getName().equals(count.category()) && input.years().contains(count.year()))
					.findFirst();
			if (formula.isEmpty()) {
				counts.add(count);
				continue;
			}
			CountTable table = input.counts();
			OverridingEvaluator evaluator = new OverridingEvaluator(count.year(),
					category -> table.get(count.unit(), category, count.year()).map(Count::value), input.overrides());
			BigDecimal driven = evaluator.evaluate(formula.get());
			counts.add(new Count(count.unit(), count.unitName(), count.category(), count.year(), driven,
					new Provenance(count.provenance().source(), true, "AI driver " + formula.get().getName() + " on "
							+ count.value().toPlainString() + " (" + count.provenance().describe() + ")")));
		}
		try {
			return CountTable.of("AI driver", counts);
		} catch (CountFileException e) {
			throw new IllegalStateException("A valid count table became invalid: " + e.getMessage(), e);
		}
	}
}
