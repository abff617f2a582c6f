package no.avtalebenk.simulation.compiled;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import no.avtalebenk.formula.interpreter.EvaluationException;
import no.avtalebenk.formula.vederlag.CountRef;
import no.avtalebenk.formula.vederlag.Divide;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Expression;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Minus;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Multiply;
import no.avtalebenk.formula.vederlag.Negate;
import no.avtalebenk.formula.vederlag.NumberLiteral;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Plus;
import no.avtalebenk.formula.vederlag.Reference;
import no.avtalebenk.formula.vederlag.Round;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.evaluation.OverridingEvaluator;
import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * The category formulas of a formula file compiled for one year and one set of overrides, for
 * evaluating many units and many scenarios fast (sweeps, goal seek, Monte Carlo).
 * <p>
 * Every part of a formula that reads no count (rates, index, parameters, their rounding) is
 * evaluated once, by the formula language's own evaluator; what reads counts becomes a tree of
 * {@link Node}s doing the same {@link BigDecimal} operations in the same order (addition and
 * multiplication are exact, division keeps {@link MathContext#DECIMAL128}, {@code round} uses the
 * formula's scale and mode). The results are therefore identical to the evaluator's, value and
 * scale; a test checks this on the example. Formulas of the form {@code round(a × count(c), s)}
 * also get a {@link LinearRound} kernel that computes in {@code long}.
 */
public final class CompiledFormulas {

	private final int year;
	private final List<String> categories = new ArrayList<>();
	private final List<Formula> formulas;
	private final List<Node> nodes = new ArrayList<>();
	private final List<Optional<LinearForm>> linear = new ArrayList<>();
	private final OverridingEvaluator constants;
	private final Map<Element, Boolean> readsCounts = new HashMap<>();

	/** A constant times one category's count, before the final rounding. */
	private record LinearForm(BigDecimal coefficient, int category) {
	}

	private CompiledFormulas(Model model, int year, Overrides overrides) {
		this.year = year;
		this.formulas = Simulator.categoryFormulas(model);
		for (Formula formula : formulas) {
			categories.add(formula.getCategory().getName());
		}
		// Constant parts are evaluated by the language's evaluator itself; asking it for a count here
		// would be a compiler error, so such a request fails loudly.
		this.constants = new OverridingEvaluator(year, category -> {
			throw new IllegalStateException("compiler asked for the count of " + category);
		}, overrides);
		for (Formula formula : formulas) {
			Node node = compile(formula.getExpression(), new HashSet<>());
			nodes.add(node);
			linear.add(linearRound(formula.getExpression()));
		}
	}

	/**
	 * @param formulas  a formula file
	 * @param year      the year
	 * @param overrides rate and parameter values to apply
	 * @return its category formulas, compiled
	 * @throws EvaluationException when a constant part cannot be evaluated (e.g. a rate has no value
	 *                             yet), with the place
	 */
	public static CompiledFormulas compile(Model formulas, int year, Overrides overrides) {
		return new CompiledFormulas(formulas, year, overrides);
	}

	/** @return the year compiled for */
	public int year() {
		return year;
	}

	/** @return the category names, in formula order; count arrays are indexed the same way */
	public List<String> categories() {
		return List.copyOf(categories);
	}

	/** @return the category formulas, in the same order */
	public List<Formula> formulas() {
		return List.copyOf(formulas);
	}

	/**
	 * @param index  category index
	 * @param counts a unit's counts by category index
	 * @return that category's payment, identical to the formula evaluator's
	 */
	public BigDecimal evaluate(int index, BigDecimal[] counts) {
		return nodes.get(index).eval(counts);
	}

	/**
	 * @param index      category index
	 * @param countScale decimals of the counts to be given (0 for whole numbers)
	 * @return a long-arithmetic kernel when the formula is {@code round(a × count(c), s)}, else empty
	 */
	public Optional<LinearRound> kernel(int index, int countScale) {
		Expression expression = formulas.get(index).getExpression();
		if (!(expression instanceof Round round)) {
			return Optional.empty();
		}
		return linear.get(index).map(l -> new LinearRound(l.coefficient(), l.category(), round.getScale(),
				RoundingMode.valueOf(round.getMode().getName()), countScale));
	}

	private Optional<LinearForm> linearRound(Expression expression) {
		if (expression instanceof Round round) {
			return linearForm(round.getOperand(), new HashSet<>());
		}
		return Optional.empty();
	}

	private Optional<LinearForm> linearForm(Expression expression, Set<Element> visiting) {
		if (!reads(expression)) {
			return Optional.empty();
		}
		if (expression instanceof CountRef ref) {
			int index = categories.indexOf(ref.getCategory().getName());
			return index < 0 ? Optional.empty() : Optional.of(new LinearForm(BigDecimal.ONE, index));
		} else if (expression instanceof Multiply m) {
			boolean left = reads(m.getLeft());
			boolean right = reads(m.getRight());
			if (left && !right) {
				BigDecimal c = constants.eval(m.getRight());
				return linearForm(m.getLeft(), visiting).map(l -> new LinearForm(l.coefficient().multiply(c), l.category()));
			} else if (right && !left) {
				BigDecimal c = constants.eval(m.getLeft());
				return linearForm(m.getRight(), visiting).map(l -> new LinearForm(c.multiply(l.coefficient()), l.category()));
			}
		} else if (expression instanceof Reference ref && ref.getTarget() instanceof Formula f) {
			return linearForm(f.getExpression(), visiting);
		} else if (expression instanceof Reference ref && ref.getTarget() instanceof Parameter p
				&& !constants.parameterOverridden(p)) {
			return linearForm(p.getValue(), visiting);
		}
		return Optional.empty();
	}

	private Node compile(Expression expression, Set<Element> visiting) {
		if (!reads(expression)) {
			BigDecimal value = constants.eval(expression);
			return counts -> value;
		}
		if (expression instanceof Plus p) {
			Node l = compile(p.getLeft(), visiting), r = compile(p.getRight(), visiting);
			return counts -> l.eval(counts).add(r.eval(counts));
		} else if (expression instanceof Minus m) {
			Node l = compile(m.getLeft(), visiting), r = compile(m.getRight(), visiting);
			return counts -> l.eval(counts).subtract(r.eval(counts));
		} else if (expression instanceof Multiply m) {
			Node l = compile(m.getLeft(), visiting), r = compile(m.getRight(), visiting);
			return counts -> l.eval(counts).multiply(r.eval(counts));
		} else if (expression instanceof Divide d) {
			Node l = compile(d.getLeft(), visiting), r = compile(d.getRight(), visiting);
			return counts -> {
				BigDecimal divisor = r.eval(counts);
				if (divisor.signum() == 0) {
					throw new EvaluationException("Division by zero.", d);
				}
				return l.eval(counts).divide(divisor, MathContext.DECIMAL128);
			};
		} else if (expression instanceof Negate n) {
			Node o = compile(n.getOperand(), visiting);
			return counts -> o.eval(counts).negate();
		} else if (expression instanceof Round round) {
			Node o = compile(round.getOperand(), visiting);
			int scale = round.getScale();
			RoundingMode mode = RoundingMode.valueOf(round.getMode().getName());
			return counts -> o.eval(counts).setScale(scale, mode);
		} else if (expression instanceof CountRef ref) {
			String category = ref.getCategory().getName();
			int index = categories.indexOf(category);
			return counts -> {
				BigDecimal value = index < 0 ? null : counts[index];
				if (value == null) {
					throw new EvaluationException("No count for '" + category + "' in " + year + ".", ref);
				}
				return value;
			};
		} else if (expression instanceof Reference ref) {
			Element target = ref.getTarget();
			if (!visiting.add(target)) {
				throw new EvaluationException("'" + target.getName() + "' is defined in terms of itself.", target);
			}
			try {
				if (target instanceof Formula f) {
					return compile(f.getExpression(), visiting);
				} else if (target instanceof Parameter p) {
					return compile(p.getValue(), visiting);
				}
			} finally {
				visiting.remove(target);
			}
		}
		throw new EvaluationException("Cannot compile " + expression.eClass().getName() + ".", expression);
	}

	/** Whether an expression reads a count, directly or through the formulas and parameters it names. */
	private boolean reads(EObject expression) {
		return reads(expression, new HashSet<>());
	}

	private boolean reads(EObject expression, Set<Element> visiting) {
		if (expression instanceof CountRef) {
			return true;
		}
		if (expression instanceof NumberLiteral) {
			return false;
		}
		if (expression instanceof Reference ref) {
			return reads(ref.getTarget(), visiting);
		}
		if (expression instanceof Element element) {
			if (element instanceof Parameter p && constants.parameterOverridden(p)) {
				return false;
			}
			Boolean known = readsCounts.get(element);
			if (known != null) {
				return known;
			}
			if (!visiting.add(element)) {
				return false; // a cycle; the evaluator reports it with its place
			}
			try {
				boolean result = false;
				if (element instanceof Formula f) {
					result = reads(f.getExpression(), visiting);
				} else if (element instanceof Parameter p) {
					result = reads(p.getValue(), visiting);
				}
				readsCounts.put(element, result);
				return result;
			} finally {
				visiting.remove(element);
			}
		}
		for (EObject child : expression.eContents()) {
			if (reads(child, visiting)) {
				return true;
			}
		}
		return false;
	}
}
