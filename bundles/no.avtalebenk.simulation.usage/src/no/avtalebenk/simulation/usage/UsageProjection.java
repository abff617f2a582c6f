package no.avtalebenk.simulation.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import no.avtalebenk.formula.interpreter.EvaluationException;
import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.vederlag.Category;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.evaluation.OverridingEvaluator;
import no.avtalebenk.simulation.projection.ProjectionInput;
import no.avtalebenk.simulation.projection.ProjectionModel;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Usage-based payment with an annual cap, the model of KS's AVT project ("bruksbasert betaling":
 * payment per opened resource per user per day, with a maximum annual price), so that it can be
 * compared with the Kopinor per-capita payment on the same units. For each unit, user category and
 * year: users × min(price per opening × openings per user, maximum annual price), rounded half up
 * to øre. The users are the counts of the categories declared in {@code model/avt.vederlag}; the
 * price, openings and cap are that file's {@value #PRICE}, {@value #OPENINGS} and {@value #CAP},
 * each with its source, and a scenario can change them by name.
 */
public class UsageProjection implements ProjectionModel {

	/** Rate: NOK per opened resource per user per day. */
	public static final String PRICE = "avtPrisPerApning";
	/** Parameter: openings per user per year. */
	public static final String OPENINGS = "apningerPerBruker";
	/** Parameter: maximum annual price per user. */
	public static final String CAP = "maksArspris";
	/** The parameter file inside this bundle. */
	public static final String FILE = "/model/avt.vederlag";

	private Model parameters;

	private synchronized Model parameters() {
		if (parameters == null) {
			try (InputStream in = UsageProjection.class.getResourceAsStream(FILE)) {
				if (in == null) {
					throw new IOException("The usage model's parameter file " + FILE + " is missing from the installation.");
				}
				parameters = new FormulaLoader().load(URI.createURI("platform:/plugin/no.avtalebenk.simulation.usage" + FILE),
						in);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return parameters;
	}

	@Override
	public java.util.Set<String> ownNames() {
		java.util.Set<String> names = new java.util.TreeSet<>();
		for (no.avtalebenk.formula.vederlag.Element element : parameters().getElements()) {
			if (element instanceof no.avtalebenk.formula.vederlag.Rate
					|| element instanceof no.avtalebenk.formula.vederlag.Parameter) {
				names.add(element.getName());
			}
		}
		return names;
	}

	@Override
	public PaymentResult project(ProjectionInput input) {
		Model model = parameters();
		Rate price = find(model, PRICE, Rate.class);
		Parameter openings = find(model, OPENINGS, Parameter.class);
		Parameter cap = find(model, CAP, Parameter.class);
		List<String> categories = new ArrayList<>();
		for (Element element : model.getElements()) {
			if (element instanceof Category category) {
				categories.add(category.getName());
			}
		}
		List<PaymentCell> cells = new ArrayList<>();
		for (String unit : input.counts().units()) {
			for (int year : input.years()) {
				OverridingEvaluator evaluator = new OverridingEvaluator(year, c -> java.util.Optional.empty(),
						input.overrides());
				BigDecimal uncapped = evaluator.rateValue(price).multiply(evaluator.explain(openings).value());
				BigDecimal perUser = uncapped.min(evaluator.explain(cap).value());
				for (String category : categories) {
					Count users = input.counts().get(unit, category, year).orElseThrow(() -> new EvaluationException(
							"The usage model needs the count of " + category + " for unit " + unit + " in " + year
									+ " (the users), but there is none.",
							find(model, category, Category.class)));
					BigDecimal amount = users.value().multiply(perUser).setScale(2, RoundingMode.HALF_UP);
					cells.add(new PaymentCell(input.scenario(), unit, category, year, amount, "usage: min("
							+ PRICE + " × " + OPENINGS + ", " + CAP + ") per user", perUser, "annual price per user",
							users));
				}
			}
		}
		return new PaymentResult(input.title() + ", usage-based (AVT)", cells, categories, input.years());
	}

	private static <T extends Element> T find(Model model, String name, Class<T> type) {
		for (Element element : model.getElements()) {
			if (type.isInstance(element) && name.equals(element.getName())) {
				return type.cast(element);
			}
		}
		throw new IllegalStateException("The usage model's file " + FILE + " has no " + type.getSimpleName().toLowerCase()
				+ " '" + name + "'.");
	}
}
