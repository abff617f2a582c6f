package no.avtalebenk.formula.interpreter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import no.avtalebenk.formula.vederlag.CountRef;
import no.avtalebenk.formula.vederlag.DatedValue;
import no.avtalebenk.formula.vederlag.Divide;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Expression;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Minus;
import no.avtalebenk.formula.vederlag.Multiply;
import no.avtalebenk.formula.vederlag.Negate;
import no.avtalebenk.formula.vederlag.NumberLiteral;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Plus;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.formula.vederlag.Reference;
import no.avtalebenk.formula.vederlag.Round;

/**
 * Evaluates formulas of the remuneration language over exact {@link BigDecimal}s for one year and
 * one set of counts.
 * <p>
 * Addition, subtraction and multiplication are exact. Division keeps 34 significant digits
 * ({@link MathContext#DECIMAL128}); amounts become øre or kroner only where the formula says
 * {@code round(…)}, with the rounding mode it names (half up by default). A rate takes the value
 * whose valid-from date is the latest on or before 1 January of the year.
 */
public class FormulaEvaluator {

	private final int year;
	private final Counts counts;
	private final Map<Element, BigDecimal> cache = new HashMap<>();
	private final Deque<Element> inProgress = new ArrayDeque<>();

	/**
	 * @param year   the calendar year evaluated
	 * @param counts the counts for the unit and year
	 */
	public FormulaEvaluator(int year, Counts counts) {
		this.year = year;
		this.counts = counts;
	}

	/**
	 * @param formula the formula to evaluate
	 * @return its exact value
	 * @throws EvaluationException with the place, when a value cannot be computed
	 */
	public BigDecimal evaluate(Formula formula) {
		return valueOf(formula);
	}

	/**
	 * @param rate a dated rate
	 * @return the value that applies on 1 January of the year
	 * @throws EvaluationException when no value applies yet
	 */
	public BigDecimal rateValue(Rate rate) {
		return applicableValue(rate).getValue();
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

	private BigDecimal valueOf(Element element) {
		BigDecimal cached = cache.get(element);
		if (cached != null) {
			return cached;
		}
		if (inProgress.contains(element)) {
			throw new EvaluationException("'" + element.getName() + "' is defined in terms of itself.", element);
		}
		inProgress.push(element);
		try {
			BigDecimal value;
			if (element instanceof Rate rate) {
				value = rateValue(rate);
			} else if (element instanceof Parameter parameter) {
				value = eval(parameter.getValue());
			} else if (element instanceof Formula formula) {
				value = eval(formula.getExpression());
			} else {
				throw new EvaluationException("'" + element.getName() + "' has no value; use count(" + element.getName()
						+ ") for a category.", element);
			}
			cache.put(element, value);
			return value;
		} finally {
			inProgress.pop();
		}
	}

	/**
	 * @param expression an expression of the language
	 * @return its exact value
	 */
	public BigDecimal eval(Expression expression) {
		if (expression instanceof NumberLiteral literal) {
			return literal.getValue();
		} else if (expression instanceof Plus plus) {
			return eval(plus.getLeft()).add(eval(plus.getRight()));
		} else if (expression instanceof Minus minus) {
			return eval(minus.getLeft()).subtract(eval(minus.getRight()));
		} else if (expression instanceof Multiply multiply) {
			return eval(multiply.getLeft()).multiply(eval(multiply.getRight()));
		} else if (expression instanceof Divide divide) {
			BigDecimal divisor = eval(divide.getRight());
			if (divisor.signum() == 0) {
				throw new EvaluationException("Division by zero.", divide);
			}
			return eval(divide.getLeft()).divide(divisor, MathContext.DECIMAL128);
		} else if (expression instanceof Negate negate) {
			return eval(negate.getOperand()).negate();
		} else if (expression instanceof Round round) {
			return eval(round.getOperand()).setScale(round.getScale(), RoundingMode.valueOf(round.getMode().getName()));
		} else if (expression instanceof CountRef ref) {
			String category = ref.getCategory().getName();
			return counts.get(category).orElseThrow(() -> new EvaluationException(
					"No count for '" + category + "' in " + year + ".", ref));
		} else if (expression instanceof Reference ref) {
			return valueOf(ref.getTarget());
		}
		throw new EvaluationException("Cannot evaluate " + expression.eClass().getName() + ".", expression);
	}
}
