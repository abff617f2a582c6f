package no.avtalebenk.formula.units;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import no.avtalebenk.formula.interpreter.CategoryFormulas;
import no.avtalebenk.formula.vederlag.And;
import no.avtalebenk.formula.vederlag.Cap;
import no.avtalebenk.formula.vederlag.Category;
import no.avtalebenk.formula.vederlag.Comparison;
import no.avtalebenk.formula.vederlag.Condition;
import no.avtalebenk.formula.vederlag.CountRef;
import no.avtalebenk.formula.vederlag.Divide;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Expression;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.If;
import no.avtalebenk.formula.vederlag.Indexed;
import no.avtalebenk.formula.vederlag.Max;
import no.avtalebenk.formula.vederlag.Min;
import no.avtalebenk.formula.vederlag.Minus;
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
 * Works out the unit of every expression from the declared units of rates, categories, parameters
 * and formulas, without evaluating anything: NOK/elev × elev = NOK, and adding NOK to NOK/elev is
 * "mixed units". Each problem is reported with the expression at fault so that the message names
 * its line and column.
 */
public final class UnitChecker {

	/** Receives the unit problems found. */
	@FunctionalInterface
	public interface Problems {
		/**
		 * @param message what is wrong, for a negotiator
		 * @param where   the expression or element at fault
		 */
		void report(String message, EObject where);
	}

	private static final Problems SILENT = (message, where) -> {
	};

	private final Map<Element, Unit> elementUnits = new HashMap<>();
	private final Set<Element> inProgress = new HashSet<>();
	/** Units of expressions asked without reporting problems: an evaluator asks for every node. */
	private final Map<Expression, Unit> expressionUnits = new IdentityHashMap<>();

	/**
	 * @param element a rate, category (the unit of its count), parameter or formula
	 * @return its unit: the declared one, or for a parameter without one the unit of its expression
	 */
	public Unit unitOf(Element element) {
		Unit known = elementUnits.get(element);
		if (known != null) {
			return known;
		}
		if (!inProgress.add(element)) {
			// A cycle; the validator reports it on its own.
			return Unit.FREE;
		}
		try {
			Unit unit;
			if (element instanceof Rate rate) {
				unit = declared(rate.getUnit());
			} else if (element instanceof Category category) {
				unit = declared(category.getUnit());
			} else if (element instanceof Formula formula) {
				unit = declared(formula.getUnit());
			} else if (element instanceof Parameter parameter) {
				unit = parameter.getUnit() != null ? declared(parameter.getUnit())
						: unitOf(parameter.getValue(), SILENT);
			} else {
				unit = Unit.FREE;
			}
			elementUnits.put(element, unit);
			return unit;
		} finally {
			inProgress.remove(element);
		}
	}

	private static Unit declared(String text) {
		try {
			return Unit.parse(text);
		} catch (IllegalArgumentException e) {
			// The validator reports a malformed unit where it is declared.
			return Unit.FREE;
		}
	}

	/**
	 * @param expression an expression
	 * @return its unit, without reporting problems
	 */
	public Unit unitOf(Expression expression) {
		Unit known = expressionUnits.get(expression);
		if (known == null) {
			known = unitOf(expression, SILENT);
			expressionUnits.put(expression, known);
		}
		return known;
	}

	/**
	 * @param expression an expression
	 * @param problems   receives every mixed-unit problem inside it
	 * @return its unit; after a problem, a free unit, so that one mistake is reported once
	 */
	public Unit unitOf(Expression expression, Problems problems) {
		if (expression == null) {
			return Unit.FREE;
		} else if (expression instanceof NumberLiteral literal) {
			return literal.isPercent() ? Unit.NONE : Unit.FREE;
		} else if (expression instanceof Plus plus) {
			return same(plus, "add", plus.getLeft(), plus.getRight(), problems);
		} else if (expression instanceof Minus minus) {
			return same(minus, "subtract", minus.getLeft(), minus.getRight(), problems);
		} else if (expression instanceof Multiply multiply) {
			return unitOf(multiply.getLeft(), problems).times(unitOf(multiply.getRight(), problems));
		} else if (expression instanceof Divide divide) {
			return unitOf(divide.getLeft(), problems).dividedBy(unitOf(divide.getRight(), problems));
		} else if (expression instanceof Negate negate) {
			return unitOf(negate.getOperand(), problems);
		} else if (expression instanceof Round round) {
			return unitOf(round.getOperand(), problems);
		} else if (expression instanceof CountRef count) {
			return count.getCategory() == null || count.getCategory().eIsProxy() ? Unit.FREE : unitOf(count.getCategory());
		} else if (expression instanceof Min min) {
			return allSame(min, "min", min.getOperands(), problems);
		} else if (expression instanceof Max max) {
			return allSame(max, "max", max.getOperands(), problems);
		} else if (expression instanceof Cap cap) {
			return same(cap, "cap", cap.getOperand(), cap.getLimit(), problems);
		} else if (expression instanceof Share share) {
			Unit shareUnit = unitOf(share.getShare(), problems);
			if (!shareUnit.isPlain()) {
				problems.report("The share in '" + text(share) + "' is in " + shareUnit
						+ "; a share must be a plain number such as 1/3.", share.getShare());
			}
			return unitOf(share.getOperand(), problems);
		} else if (expression instanceof Indexed indexed) {
			return unitOf(indexed.getOperand(), problems);
		} else if (expression instanceof SumCategories sum) {
			return sumOfCategories(sum, problems);
		} else if (expression instanceof SumUnits sum) {
			return unitOf(sum.getOperand(), problems);
		} else if (expression instanceof YearRef) {
			return Unit.FREE;
		} else if (expression instanceof If conditional) {
			check(conditional.getCondition(), problems);
			return same(conditional, "choose between", conditional.getThen(), conditional.getElse(), problems);
		} else if (expression instanceof Reference reference) {
			Element target = reference.getTarget();
			return target == null || target.eIsProxy() ? Unit.FREE : unitOf(target);
		}
		return Unit.FREE;
	}

	/**
	 * @param condition a condition, whose comparisons must compare like with like
	 * @param problems  receives the problems found
	 */
	public void check(Condition condition, Problems problems) {
		if (condition instanceof Comparison comparison) {
			same(comparison, "compare", comparison.getLeft(), comparison.getRight(), problems);
		} else if (condition instanceof And and) {
			check(and.getLeft(), problems);
			check(and.getRight(), problems);
		} else if (condition instanceof Or or) {
			check(or.getLeft(), problems);
			check(or.getRight(), problems);
		} else if (condition instanceof Not not) {
			check(not.getOperand(), problems);
		}
	}

	private Unit sumOfCategories(SumCategories sum, Problems problems) {
		Unit result = Unit.FREE;
		for (Formula formula : CategoryFormulas.of(sum)) {
			Unit unit = unitOf(formula);
			if (!result.compatibleWith(unit)) {
				problems.report("Mixed units in '" + text(sum) + "': the formula '" + formula.getName() + "' is in "
						+ unit.describe() + ", the ones before it in " + result.describe()
						+ "; a sum needs one unit.", sum);
				return Unit.FREE;
			}
			result = result.isFree() ? unit : result;
		}
		return result;
	}

	private Unit same(EObject where, String verb, Expression left, Expression right, Problems problems) {
		Unit a = unitOf(left, problems);
		Unit b = unitOf(right, problems);
		if (!a.compatibleWith(b)) {
			problems.report("Mixed units in '" + text(where) + "': cannot " + verb + " " + a.describe() + " and "
					+ b.describe() + "; both sides must have the same unit.", where);
			return Unit.FREE;
		}
		return a.isFree() ? b : a;
	}

	private Unit allSame(EObject where, String name, List<Expression> operands, Problems problems) {
		Unit result = Unit.FREE;
		for (Expression operand : operands) {
			Unit unit = unitOf(operand, problems);
			if (!result.compatibleWith(unit)) {
				problems.report("Mixed units in '" + text(where) + "': " + name + " of " + result.describe() + " and "
						+ unit.describe() + "; all values must have the same unit.", where);
				return Unit.FREE;
			}
			result = result.isFree() ? unit : result;
		}
		return result;
	}

	/**
	 * @param object a part of a formula file
	 * @return its text as written, on one line
	 */
	public static String text(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}
