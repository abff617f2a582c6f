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
 * Usage-based payment, the model of KS's AVT project as its source describes Oslo's model for digital
 * books ("bruksbasert betaling"), so that it can be set beside the Kopinor per-capita payment on the
 * same units. This class is the daily price ("døgnpris"): every title is available to every user, and
 * each opened title is paid per user per day up to a maximum annual price per title per user. With a
 * user's openings spread evenly over the titles they open, a user pays titles × min(price × openings /
 * titles, maximum) = min(price × openings, titles × maximum), computed exactly and rounded half up to
 * øre per unit, category and year. {@link AnnualPriceProjection} is the other variant. The users are
 * the counts of the categories declared in {@code model/avt.vederlag}; the price, openings, titles and
 * maximum are that file's {@value #PRICE}, {@value #OPENINGS}, {@value #TITLES} and {@value #CAP}, each
 * with its source or marked as an assumption, and a scenario can change them by name. The model prices
 * access to digital learning resources, a different good from the copying licence.
 */
public class UsageProjection implements ProjectionModel {

	/** Rate: NOK per opened resource per user per day. */
	public static final String PRICE = "avtPrisPerApning";
	/** Parameter: openings per user per year. */
	public static final String OPENINGS = "apningerPerBruker";
	/** Parameter: maximum annual price per title per user. */
	public static final String CAP = "maksArspris";
	/** Parameter: titles a user opens in a year, or is assigned copies of. */
	public static final String TITLES = "titlerPerBruker";
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
	public List<Model> ownFormulas() {
		return List.of(parameters());
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
		Parameter titles = find(model, TITLES, Parameter.class);
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
				BigDecimal titleCaps = evaluator.explain(titles).value().multiply(evaluator.explain(cap).value());
				BigDecimal perUser = perUser(evaluator.rateValue(price), evaluator.explain(openings).value(), titleCaps);
				for (String category : categories) {
					Count users = input.counts().get(unit, category, year).orElseThrow(() -> new EvaluationException(
							"The usage model needs the count of " + category + " for unit " + unit + " in " + year
									+ " (the users), but there is none.",
							find(model, category, Category.class)));
					BigDecimal amount = users.value().multiply(perUser).setScale(2, RoundingMode.HALF_UP);
					cells.add(new PaymentCell(input.scenario(), unit, category, year, amount, formula(), perUser,
							"annual price per user", users));
				}
			}
		}
		return new PaymentResult(input.title() + title(), cells, categories, input.years());
	}

	/**
	 * @param price     NOK per opened title per user per day
	 * @param openings  openings per user per year, over all titles
	 * @param titleCaps titles per user × maximum annual price per title
	 * @return what one user costs in a year
	 */
	protected BigDecimal perUser(BigDecimal price, BigDecimal openings, BigDecimal titleCaps) {
		return price.multiply(openings).min(titleCaps);
	}

	/** @return how a payment is computed, for the explanation of a cell */
	protected String formula() {
		return "usage, daily price: min(" + PRICE + " × " + OPENINGS + ", " + TITLES + " × " + CAP + ") per user";
	}

	/** @return what the result's title ends with */
	protected String title() {
		return ", usage-based (AVT), daily price";
	}

	@Override
	public String pricedGood() {
		return "access to digital learning resources (any title, paid per opened book per user per day), not a copying licence";
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
