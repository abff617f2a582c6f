package no.avtalebenk.formula.interpreter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import no.avtalebenk.formula.load.FormulaLimits;
import no.avtalebenk.formula.units.UnitChecker;
import no.avtalebenk.formula.vederlag.And;
import no.avtalebenk.formula.vederlag.Cap;
import no.avtalebenk.formula.vederlag.Comparison;
import no.avtalebenk.formula.vederlag.Condition;
import no.avtalebenk.formula.vederlag.CountRef;
import no.avtalebenk.formula.vederlag.DatedValue;
import no.avtalebenk.formula.vederlag.Divide;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Expression;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.If;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.IndexStep;
import no.avtalebenk.formula.vederlag.Indexed;
import no.avtalebenk.formula.vederlag.KpiPoint;
import no.avtalebenk.formula.vederlag.Max;
import no.avtalebenk.formula.vederlag.Min;
import no.avtalebenk.formula.vederlag.Minus;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Multiply;
import no.avtalebenk.formula.vederlag.Negate;
import no.avtalebenk.formula.vederlag.Not;
import no.avtalebenk.formula.vederlag.NumberLiteral;
import no.avtalebenk.formula.vederlag.Or;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Plus;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.formula.vederlag.Reference;
import no.avtalebenk.formula.vederlag.Round;
import no.avtalebenk.formula.vederlag.Share;
import no.avtalebenk.formula.vederlag.SumCategories;
import no.avtalebenk.formula.vederlag.SumUnits;
import no.avtalebenk.formula.vederlag.YearRef;

/**
 * Evaluates formulas of the remuneration language over exact {@link BigDecimal}s for one year and
 * one set of counts, and explains every value it computes.
 * <p>
 * All arithmetic is exact ({@link Exact}): a division that does not terminate, such as 1/3 or the
 * factor of a KPI index step, is kept as a fraction. Amounts become øre or kroner only
 * where the formula says {@code round(…)} or {@code indexed(…, round … to …)}, with the rounding
 * mode it names (half up by default). A rate takes the value whose valid-from date is the latest on
 * or before 1 January of the year. A missing count, a missing rate or index step, a division by zero
 * and a definition in terms of itself are {@link EvaluationException}s that name the place; nothing
 * is silently taken as zero.
 * <p>
 * Subclasses may change the values of rates, index steps and parameters without editing the file,
 * through the hooks {@link #explainRate}, {@link #indexSteps} and {@link #explainParameter}; every
 * use of those elements, also inside {@code indexed(…)} and {@code share(…)}, reads them there, and
 * {@link #evaluatorFor} lets the base year of an indexation be evaluated by the same kind of
 * evaluator.
 * <p>
 * The explanations' texts (the text as written, units, file:line:column) are worked out only when
 * read ({@link Explanation#lazy}), so that evaluating for the value alone stays cheap.
 */
public class FormulaEvaluator {

	private final int year;
	private final Counts counts;
	/** Works out units for the explanations' texts; made when first needed, most evaluations never read them. */
	private UnitChecker units;
	private final Map<Element, Explanation> cache = new HashMap<>();
	/**
	 * Per index, its steps by the day they take effect, read once per evaluator: an
	 * {@code indexed(…)} asks for every year since its base year, and several formulas index by the
	 * same index. Like the explanations, this assumes the file does not change while it is evaluated.
	 */
	private final Map<Index, Map<LocalDate, List<IndexStep>>> stepsByDay = new HashMap<>();
	private final Deque<Element> inProgress = new ArrayDeque<>();
	/** The invoice rounding of each file evaluated, read once. */
	private final Map<Model, InvoiceRule> rules = new HashMap<>();
	/** How many expressions are being computed within each other now; bounded so the stack is never exhausted. */
	private int depth;

	/**
	 * @param year   the calendar year evaluated
	 * @param counts the counts for the unit and year
	 */
	public FormulaEvaluator(int year, Counts counts) {
		this.year = year;
		this.counts = counts;
	}

	/** @return the year evaluated */
	public int year() {
		return year;
	}

	/**
	 * @param formula the formula to evaluate
	 * @return its exact value
	 * @throws EvaluationException with the place, when a value cannot be computed
	 */
	public BigDecimal evaluate(Formula formula) {
		return explain(formula).value();
	}

	/**
	 * @param element a formula, parameter or rate
	 * @return the tree of values behind its value
	 * @throws EvaluationException with the place, when a value cannot be computed
	 */
	public Explanation explain(Element element) {
		Explanation cached = cache.get(element);
		if (cached != null) {
			return cached;
		}
		if (inProgress.contains(element)) {
			throw new EvaluationException("'" + element.getName() + "' is defined in terms of itself.", element);
		}
		inProgress.push(element);
		try {
			Explanation result;
			if (element instanceof Rate rate) {
				result = explainRate(rate);
			} else if (element instanceof Parameter parameter) {
				result = explainParameter(parameter);
			} else if (element instanceof Formula formula) {
				Explanation value = explain(formula.getExpression());
				if (formula.getCategory() != null) {
					value = invoiceLine(formula, value);
				}
				result = Explanation.lazy(Explanation.Kind.FORMULA, value.exact(), List.of(value),
						() -> new Explanation.Text(formula.getName(), UnitChecker.text(formula.getExpression()),
								formula.getUnit(), "", "", formula.getClause(), where(formula)));
			} else if (element instanceof Index index) {
				throw new EvaluationException("'" + index.getName() + "' is an index; apply it with indexed(rate by "
						+ index.getName() + " since <year>, round each year to 2).", element);
			} else {
				throw new EvaluationException("'" + element.getName() + "' has no value; use count(" + element.getName()
						+ ") for a category.", element);
			}
			cache.put(element, result);
			return result;
		} finally {
			inProgress.pop();
		}
	}

	/**
	 * The invoice rounding that applies to a part of a formula file, read once per file.
	 *
	 * @param object a part of a formula file
	 * @return the rule its file (or one of its imports) declares, or the default
	 */
	public InvoiceRule invoiceRule(EObject object) {
		Model model = EcoreUtil2.getContainerOfType(object, Model.class);
		return model == null ? InvoiceRule.DEFAULT : rules.computeIfAbsent(model, InvoiceRule::of);
	}

	/**
	 * A category formula's value as an invoice line: rounded by the file's rule when it rounds per
	 * line and that changes the value, with the step in the explanation; else as computed.
	 */
	private Explanation invoiceLine(Formula formula, Explanation value) {
		InvoiceRule rule = invoiceRule(formula);
		Exact line = rule.line(value.exact());
		if (line == value.exact()) {
			return value;
		}
		return Explanation.lazy(Explanation.Kind.OPERATION, line, List.of(value),
				() -> new Explanation.Text("invoice line: " + roundingName(rule.scale(), rule.mode()),
						UnitChecker.text(formula.getExpression()), formula.getUnit(),
						rule.text() + " (" + rule.where() + ")", "", "", where(formula)));
	}

	/**
	 * @param rate a dated rate
	 * @return the value the evaluator uses for it in the year: by default the value that applies on
	 *         1 January, or what {@link #explainRate} of a subclass gives
	 * @throws EvaluationException when no value applies yet
	 */
	public BigDecimal rateValue(Rate rate) {
		return explain(rate).value();
	}

	/**
	 * @param rate a dated rate
	 * @return the dated value that applies on 1 January of the year
	 * @throws EvaluationException when no value applies yet
	 */
	public DatedValue applicableValue(Rate rate) {
		LocalDate day = LocalDate.of(year, 1, 1);
		DatedValue best = null;
		for (DatedValue value : rate.getValues()) {
			LocalDate from = Dates.parse(value.getValidFrom(), value);
			if (!from.isAfter(day) && (best == null || from.isAfter(Dates.parse(best.getValidFrom(), best)))) {
				best = value;
			}
		}
		if (best == null) {
			throw new EvaluationException("The rate '" + rate.getName() + "' has no value valid on " + day + ".", rate);
		}
		return best;
	}

	/**
	 * The value of a rate in the year, with where it comes from. A hook for evaluators that change
	 * rates without editing the file (scenarios); every use of a rate, also inside
	 * {@code indexed(…)}, goes through it.
	 *
	 * @param rate a dated rate
	 * @return by default the dated value that applies on 1 January of the year, with its source
	 * @throws EvaluationException when no value applies yet
	 */
	protected Explanation explainRate(Rate rate) {
		DatedValue value = applicableValue(rate);
		return Explanation.lazy(Explanation.Kind.RATE, Exact.of(value.getValue()), List.of(),
				() -> new Explanation.Text(rate.getName(), rate.getName(), rate.getUnit(),
						"value from " + value.getValidFrom() + " applies on " + LocalDate.of(year, 1, 1),
						value.getAssumption() != null ? "ASSUMPTION: " + value.getAssumption() : value.getSource(),
						rate.getClause(), where(value)));
	}

	/**
	 * The value of a parameter. A hook for evaluators that change parameters without editing the
	 * file (scenarios); every use of a parameter, also inside {@code share(…)}, goes through it.
	 *
	 * @param parameter a parameter
	 * @return by default the value of its expression, with its note or assumption as the source
	 * @throws EvaluationException when the expression cannot be evaluated
	 */
	protected Explanation explainParameter(Parameter parameter) {
		Explanation value = explain(parameter.getValue());
		return Explanation.lazy(Explanation.Kind.PARAMETER, value.exact(), List.of(value),
				() -> new Explanation.Text(parameter.getName(), UnitChecker.text(parameter), unitText(parameter), "",
						parameter.getAssumption() != null ? "ASSUMPTION: " + parameter.getAssumption()
								: parameter.getNote(),
						"", where(parameter)));
	}

	/**
	 * The factors of an index that take effect on 1 January of a year, in the order they apply. A
	 * hook for evaluators that change index factors without editing the file (scenarios); every
	 * {@code indexed(…)} reads its steps through it.
	 *
	 * @param index    an index
	 * @param stepYear a year after the base year of an {@code indexed(…)}, up to the year evaluated
	 * @param indexed  the {@code indexed(…)} that applies the index, for the places in messages
	 * @return by default one {@link Explanation.Kind#INDEX_STEP} per step of the file dated 1 January
	 *         of that year, whose {@link Explanation#exact()} is its factor; empty when there is none
	 */
	protected List<Explanation> indexSteps(Index index, int stepYear, Indexed indexed) {
		List<Explanation> result = new ArrayList<>();
		// A KPI series gives the step of a year as the October before it over the October a year earlier.
		KpiPoint before = point(index, stepYear - 2);
		KpiPoint after = point(index, stepYear - 1);
		if (before != null && after != null) {
			Exact factor = Exact.of(after.getValue()).divide(Exact.of(before.getValue()));
			result.add(Explanation.lazy(Explanation.Kind.INDEX_STEP, factor, List.of(),
					() -> new Explanation.Text(String.valueOf(stepYear), UnitChecker.text(after), "1",
							"KPI October " + (stepYear - 1) + " / October " + (stepYear - 2) + " = "
									+ after.getValue().toPlainString() + " / " + before.getValue().toPlainString(),
							pointSource(before) + "; " + pointSource(after), index.getClause(), where(after))));
			return result;
		}
		for (IndexStep step : stepsOf(index, stepYear)) {
			result.add(Explanation.lazy(Explanation.Kind.INDEX_STEP, factor(step), List.of(),
					() -> new Explanation.Text(String.valueOf(stepYear), UnitChecker.text(step), "1", describe(step),
							step.getAssumption() != null ? "ASSUMPTION: " + step.getAssumption() : step.getSource(),
							index.getClause(), where(step))));
		}
		return result;
	}

	/**
	 * An evaluator with the same rules for another year or other counts: the base year of an
	 * {@code indexed(…)} and each unit of a {@code sum(units: …)} are evaluated by one. A hook for
	 * subclasses, which return an evaluator of their own kind.
	 *
	 * @param otherYear   the year
	 * @param otherCounts the counts
	 * @return a new evaluator
	 */
	protected FormulaEvaluator evaluatorFor(int otherYear, Counts otherCounts) {
		return new FormulaEvaluator(otherYear, otherCounts);
	}

	/**
	 * @param expression an expression of the language
	 * @return its exact value
	 * @throws EvaluationException with the place, when it cannot be computed
	 */
	public BigDecimal eval(Expression expression) {
		return explain(expression).value();
	}

	/**
	 * @param expression an expression of the language
	 * @return its value and the tree of values behind it
	 * @throws EvaluationException with the place, when it cannot be computed
	 */
	public Explanation explain(Expression expression) {
		if (depth >= FormulaLimits.MAX_EVALUATION_DEPTH) {
			throw new EvaluationException("Too deep to compute: more than " + FormulaLimits.MAX_EVALUATION_DEPTH
					+ " steps within each other, through formulas and parameters that use each other. Compute "
					+ "intermediate results in fewer steps.", expression);
		}
		depth++;
		try {
			return explainExpression(expression);
		} finally {
			depth--;
		}
	}

	private Explanation explainExpression(Expression expression) {
		if (expression instanceof NumberLiteral literal) {
			BigDecimal value = literal.isPercent() ? literal.getValue().movePointLeft(2) : literal.getValue();
			return node(Explanation.Kind.NUMBER, () -> UnitChecker.text(literal), expression, Exact.of(value), "",
					List.of());
		} else if (expression instanceof Plus plus) {
			return binary("+", plus, plus.getLeft(), plus.getRight(), Exact::add);
		} else if (expression instanceof Minus minus) {
			return binary("−", minus, minus.getLeft(), minus.getRight(), Exact::subtract);
		} else if (expression instanceof Multiply multiply) {
			return binary("×", multiply, multiply.getLeft(), multiply.getRight(), Exact::multiply);
		} else if (expression instanceof Divide divide) {
			Explanation left = explain(divide.getLeft());
			Explanation right = explain(divide.getRight());
			if (right.exact().signum() == 0) {
				throw new EvaluationException("Division by zero: '" + UnitChecker.text(divide.getRight())
						+ "' is 0 in " + year + ".", divide);
			}
			return node(Explanation.Kind.OPERATION, "÷", divide, left.exact().divide(right.exact()), "",
					List.of(left, right));
		} else if (expression instanceof Negate negate) {
			Explanation operand = explain(negate.getOperand());
			return node(Explanation.Kind.OPERATION, "−", negate, operand.exact().negate(), "", List.of(operand));
		} else if (expression instanceof Round round) {
			checkScale(round.getScale(), round);
			Explanation operand = explain(round.getOperand());
			RoundingMode mode = mode(round.getMode());
			return node(Explanation.Kind.OPERATION, () -> roundingName(round.getScale(), mode), round,
					operand.exact().round(round.getScale(), mode), "", List.of(operand));
		} else if (expression instanceof CountRef ref) {
			return count(ref);
		} else if (expression instanceof Min min) {
			return extreme("min", min, min.getOperands(), -1);
		} else if (expression instanceof Max max) {
			return extreme("max", max, max.getOperands(), 1);
		} else if (expression instanceof Cap cap) {
			Explanation operand = explain(cap.getOperand());
			Explanation limit = explain(cap.getLimit());
			boolean capped = operand.exact().compareTo(limit.exact()) > 0;
			return node(Explanation.Kind.OPERATION, "cap", cap, capped ? limit.exact() : operand.exact(),
					capped ? "capped at the limit" : "below the limit", List.of(operand, limit));
		} else if (expression instanceof Share share) {
			return share(share);
		} else if (expression instanceof Indexed indexed) {
			return explainIndexed(indexed);
		} else if (expression instanceof SumCategories sum) {
			return sumCategories(sum);
		} else if (expression instanceof SumUnits sum) {
			return sumUnits(sum);
		} else if (expression instanceof YearRef) {
			return node(Explanation.Kind.YEAR, "year", expression, Exact.of(BigDecimal.valueOf(year)), "", List.of());
		} else if (expression instanceof If conditional) {
			Decided condition = explain(conditional.getCondition());
			boolean holds = condition.holds();
			Explanation chosen = explain(holds ? conditional.getThen() : conditional.getElse());
			return node(Explanation.Kind.OPERATION, "if", conditional, chosen.exact(),
					holds ? "condition holds: then" : "condition does not hold: else",
					List.of(condition.explanation(), chosen));
		} else if (expression instanceof Reference ref) {
			return explain(ref.getTarget());
		}
		throw new EvaluationException("Cannot evaluate " + expression.eClass().getName() + ".", expression);
	}

	private interface Operation {
		Exact apply(Exact left, Exact right);
	}

	private Explanation binary(String name, Expression where, Expression left, Expression right, Operation op) {
		Explanation l = explain(left);
		Explanation r = explain(right);
		return node(Explanation.Kind.OPERATION, name, where, op.apply(l.exact(), r.exact()), "", List.of(l, r));
	}

	private Explanation extreme(String name, Expression where, List<Expression> operands, int sign) {
		List<Explanation> values = new ArrayList<>();
		Exact best = null;
		for (Expression operand : operands) {
			Explanation value = explain(operand);
			values.add(value);
			if (best == null || value.exact().compareTo(best) * sign > 0) {
				best = value.exact();
			}
		}
		return node(Explanation.Kind.OPERATION, name, where, best, "", values);
	}

	private Explanation count(CountRef ref) {
		String category = ref.getCategory().getName();
		BigDecimal value = counts.get(category).orElseThrow(() -> new EvaluationException(
				"No count for '" + category + "' in " + year + ".", ref));
		// The provenance is read now, with the value: the counts given may not stay the same.
		String source = counts.provenance(category).orElse("");
		return Explanation.lazy(Explanation.Kind.COUNT, Exact.of(value), List.of(),
				() -> new Explanation.Text(category, UnitChecker.text(ref), ref.getCategory().getUnit(),
						ref.getCategory().getSource() == null ? ""
								: "category counted from " + ref.getCategory().getSource(),
						source, "", where(ref)));
	}

	private Explanation share(Share share) {
		Explanation part = explain(share.getShare());
		Explanation operand = explain(share.getOperand());
		if (part.exact().signum() < 0 || part.exact().compareTo(Exact.of(BigDecimal.ONE)) > 0) {
			throw new EvaluationException("The share '" + UnitChecker.text(share.getShare()) + "' is " + part.value()
					.toPlainString() + "; a billed share must lie between 0 and 1 (for example 1/3).", share);
		}
		return node(Explanation.Kind.OPERATION, "share", share, part.exact().multiply(operand.exact()), "",
				List.of(part, operand));
	}

	/** The validator refuses such files; this guards callers that compute without validating. */
	private static void checkScale(int scale, EObject where) {
		if (scale > FormulaLimits.MAX_DECIMAL_PLACES) {
			throw new EvaluationException("Rounding to " + scale + " decimals; at most "
					+ FormulaLimits.MAX_DECIMAL_PLACES + " decimals are allowed.", where);
		}
	}

	/**
	 * The value of an {@code indexed(…)}: its operand in the base year, multiplied by each later
	 * year's index steps, rounded as it says. A hook for subclasses that change the value a formula
	 * reads from an indexed rate.
	 *
	 * @param indexed the expression
	 * @return its value and the tree behind it
	 * @throws EvaluationException with the place, when a step is missing
	 */
	protected Explanation explainIndexed(Indexed indexed) {
		RoundingMode mode = mode(indexed.getMode());
		int scale = indexed.getScale();
		checkScale(scale, indexed);
		int base = indexed.getBaseYear();
		Supplier<String> name = () -> "indexed by " + indexed.getIndex().getName() + " since " + base + ", "
				+ (indexed.isEachYear() ? "rounded each year" : "rounded once") + " to " + scale + " decimals ("
				+ mode.name().toLowerCase() + ")";
		if (year <= base) {
			Explanation operand = explain(indexed.getOperand());
			return node(Explanation.Kind.OPERATION, name, indexed, operand.exact().round(scale, mode),
					() -> "no indexation: " + year + " is not after the base year " + base, List.of(operand));
		}
		FormulaEvaluator baseYear = evaluatorFor(base, counts);
		Explanation start = baseYear.explain(indexed.getOperand());
		List<Explanation> children = new ArrayList<>();
		children.add(start);
		Exact value = start.exact();
		for (int y = base + 1; y <= year; y++) {
			List<Explanation> steps = indexSteps(indexed.getIndex(), y, indexed);
			if (steps.isEmpty()) {
				throw new EvaluationException("The index '" + indexed.getIndex().getName() + "' has no step for " + y
						+ "; add 'from " + y + "-01-01 factor 1.000' if prices stand still that year, or the KPI of "
						+ "October " + (y - 2) + " and October " + (y - 1) + ".", indexed);
			}
			for (Explanation step : steps) {
				value = value.multiply(step.exact());
				children.add(step);
			}
			if (indexed.isEachYear()) {
				value = value.round(scale, mode);
				int after = y;
				children.add(Explanation.lazy(Explanation.Kind.OPERATION, value, List.of(),
						() -> new Explanation.Text(roundingName(scale, mode) + " after " + after, "", unitText(indexed),
								"", "", "", where(indexed))));
			}
		}
		value = value.round(scale, mode);
		return node(Explanation.Kind.OPERATION, name, indexed, value, () -> "", children);
	}

	/** The KPI value of October of a year, or null. */
	private static KpiPoint point(Index index, int year) {
		for (KpiPoint point : index.getPoints()) {
			if (point.getYear() == year) {
				return point;
			}
		}
		return null;
	}

	private static String pointSource(KpiPoint point) {
		String source = point.getAssumption() != null ? "ASSUMPTION: " + point.getAssumption()
				: point.getSource() == null ? "no source given" : point.getSource();
		return "October " + point.getYear() + ": " + source;
	}

	/** The steps of an index that take effect on 1 January of a year, in file order. */
	private List<IndexStep> stepsOf(Index index, int year) {
		Map<LocalDate, List<IndexStep>> byDay = stepsByDay.get(index);
		if (byDay == null) {
			byDay = new HashMap<>();
			for (IndexStep step : index.getSteps()) {
				byDay.computeIfAbsent(Dates.parse(step.getValidFrom(), step), day -> new ArrayList<>()).add(step);
			}
			stepsByDay.put(index, byDay);
		}
		return byDay.getOrDefault(LocalDate.of(year, 1, 1), List.of());
	}

	/**
	 * @param step an index step
	 * @return its exact factor: as written, 1 + percent/100, or the new KPI over the old
	 */
	public static Exact factor(IndexStep step) {
		if (step.getPercent() != null) {
			return Exact.of(BigDecimal.ONE.add(step.getPercent().movePointLeft(2)));
		} else if (step.getKpiFrom() != null) {
			if (step.getKpiFrom().signum() == 0) {
				throw new EvaluationException("Division by zero: the KPI to index from is 0.", step);
			}
			return Exact.of(step.getKpiTo()).divide(Exact.of(step.getKpiFrom()));
		}
		return Exact.of(step.getFactor());
	}

	private static String describe(IndexStep step) {
		if (step.getPercent() != null) {
			return "change " + step.getPercent().toPlainString() + " % from " + step.getValidFrom();
		} else if (step.getKpiFrom() != null) {
			return "KPI " + step.getKpiTo().toPlainString() + " / " + step.getKpiFrom().toPlainString() + " from "
					+ step.getValidFrom();
		}
		return "factor " + step.getFactor().toPlainString() + " from " + step.getValidFrom();
	}

	private Explanation sumCategories(SumCategories sum) {
		List<Formula> formulas = CategoryFormulas.of(sum);
		if (formulas.isEmpty()) {
			throw new EvaluationException("No formula is declared for a category here, so there is nothing to sum; "
					+ "write 'formula x for <category> unit \"NOK\" = …'.", sum);
		}
		List<Explanation> parts = new ArrayList<>();
		Exact total = Exact.of(BigDecimal.ZERO);
		for (Formula formula : formulas) {
			Explanation part = explain(formula);
			parts.add(part);
			total = total.add(part.exact());
		}
		Explanation lines = node(Explanation.Kind.OPERATION, "sum over categories", sum, total, "", parts);
		InvoiceRule rule = invoiceRule(sum);
		if (!isInvoice(sum) || !rule.perUnitTotal()) {
			return lines;
		}
		// the unit's invoice, which this rule rounds once
		return node(Explanation.Kind.OPERATION, () -> "invoice total: " + roundingName(rule.scale(), rule.mode()), sum,
				rule.total(total), () -> rule.text() + " (" + rule.where() + ")", List.of(lines));
	}

	/**
	 * @param sum a sum over categories
	 * @return true when it is a unit's invoice: every category formula of the file (no list), in a
	 *         formula that is not itself for a category
	 */
	public static boolean isInvoice(SumCategories sum) {
		Formula self = EcoreUtil2.getContainerOfType(sum, Formula.class);
		return sum.getCategories().isEmpty() && (self == null || self.getCategory() == null);
	}

	private Explanation sumUnits(SumUnits sum) {
		List<String> unitNames = counts.units();
		if (unitNames.isEmpty()) {
			throw new EvaluationException("sum(units: …) needs the counts of several reporting units, and none are "
					+ "given for " + year + ".", sum);
		}
		List<Explanation> parts = new ArrayList<>();
		Exact total = Exact.of(BigDecimal.ZERO);
		for (String unit : unitNames) {
			Explanation part = evaluatorFor(year, counts.forUnit(unit)).explain(sum.getOperand());
			parts.add(Explanation.lazy(Explanation.Kind.UNIT, part.exact(), List.of(part),
					() -> new Explanation.Text(unit, part.expression(), part.unit(), "", "", "", part.location())));
			total = total.add(part.exact());
		}
		return node(Explanation.Kind.OPERATION, "sum over units", sum, total, "", parts);
	}

	/** A condition's truth, with its explanation. */
	private record Decided(boolean holds, Explanation explanation) {
	}

	private Decided explain(Condition condition) {
		if (condition instanceof Comparison comparison) {
			Explanation left = explain(comparison.getLeft());
			Explanation right = explain(comparison.getRight());
			int c = left.exact().compareTo(right.exact());
			boolean holds = switch (comparison.getOperator()) {
			case LT -> c < 0;
			case LE -> c <= 0;
			case GT -> c > 0;
			case GE -> c >= 0;
			case EQ -> c == 0;
			case NE -> c != 0;
			};
			return condition(comparison.getOperator().getLiteral(), condition, holds, List.of(left, right));
		} else if (condition instanceof And and) {
			Decided left = explain(and.getLeft());
			if (!left.holds()) {
				return condition("and", condition, false, List.of(left.explanation()));
			}
			Decided right = explain(and.getRight());
			return condition("and", condition, right.holds(), List.of(left.explanation(), right.explanation()));
		} else if (condition instanceof Or or) {
			Decided left = explain(or.getLeft());
			if (left.holds()) {
				return condition("or", condition, true, List.of(left.explanation()));
			}
			Decided right = explain(or.getRight());
			return condition("or", condition, right.holds(), List.of(left.explanation(), right.explanation()));
		} else if (condition instanceof Not not) {
			Decided operand = explain(not.getOperand());
			return condition("not", condition, !operand.holds(), List.of(operand.explanation()));
		}
		throw new EvaluationException("Cannot evaluate " + condition.eClass().getName() + ".", condition);
	}

	private static Decided condition(String name, Condition where, boolean holds, List<Explanation> children) {
		return new Decided(holds, Explanation.lazy(Explanation.Kind.CONDITION, null, children,
				() -> new Explanation.Text(name, UnitChecker.text(where), "", String.valueOf(holds), "", "",
						where(where))));
	}

	private Explanation node(Explanation.Kind kind, String name, Expression where, Exact value, String detail,
			List<Explanation> children) {
		return Explanation.lazy(kind, value, children, () -> new Explanation.Text(name, UnitChecker.text(where),
				unitText(where), detail, "", "", where(where)));
	}

	private Explanation node(Explanation.Kind kind, Supplier<String> name, Expression where, Exact value,
			String detail, List<Explanation> children) {
		return node(kind, name, where, value, () -> detail, children);
	}

	private Explanation node(Explanation.Kind kind, Supplier<String> name, Expression where, Exact value,
			Supplier<String> detail, List<Explanation> children) {
		return Explanation.lazy(kind, value, children, () -> new Explanation.Text(name.get(), UnitChecker.text(where),
				unitText(where), detail.get(), "", "", where(where)));
	}

	/**
	 * The unit of an expression as the explanations write it. Synchronized: explanations may be read
	 * on another thread than the one that evaluated, and the unit checker remembers what it was asked.
	 */
	private synchronized String unitText(Expression expression) {
		return checker().unitOf(expression).toString();
	}

	/**
	 * For the texts of explanations made by subclasses.
	 *
	 * @param element a rate, category, parameter or formula
	 * @return its unit as the explanations write it ("NOK/elev", "1" for a plain number)
	 */
	protected final synchronized String unitText(Element element) {
		return checker().unitOf(element).toString();
	}

	private UnitChecker checker() {
		if (units == null) {
			units = new UnitChecker();
		}
		return units;
	}

	/**
	 * @param object an element or expression of a formula file
	 * @return its place, file:line:column, for explanations made by subclasses
	 */
	protected static String where(org.eclipse.emf.ecore.EObject object) {
		return EvaluationException.locate(object);
	}

	private static RoundingMode mode(no.avtalebenk.formula.vederlag.RoundingMode mode) {
		return RoundingMode.valueOf(mode.getName());
	}

	private static String roundingName(int scale, RoundingMode mode) {
		return "round to " + scale + (scale == 1 ? " decimal" : " decimals") + " (" + mode.name().toLowerCase() + ")";
	}
}
