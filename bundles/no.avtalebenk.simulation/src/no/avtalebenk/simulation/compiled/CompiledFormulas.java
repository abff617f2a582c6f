package no.avtalebenk.simulation.compiled;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import no.avtalebenk.formula.interpreter.CategoryFormulas;
import no.avtalebenk.formula.interpreter.Counts;
import no.avtalebenk.formula.interpreter.EvaluationException;
import no.avtalebenk.formula.interpreter.Exact;
import no.avtalebenk.formula.interpreter.FormulaEvaluator;
import no.avtalebenk.formula.interpreter.InvoiceRule;
import no.avtalebenk.formula.units.UnitChecker;
import no.avtalebenk.formula.vederlag.And;
import no.avtalebenk.formula.vederlag.Cap;
import no.avtalebenk.formula.vederlag.Comparison;
import no.avtalebenk.formula.vederlag.Condition;
import no.avtalebenk.formula.vederlag.CountRef;
import no.avtalebenk.formula.vederlag.Divide;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Expression;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.If;
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
import no.avtalebenk.formula.vederlag.Reference;
import no.avtalebenk.formula.vederlag.Round;
import no.avtalebenk.formula.vederlag.Share;
import no.avtalebenk.formula.vederlag.SumCategories;
import no.avtalebenk.formula.vederlag.SumUnits;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.evaluation.OverridingEvaluator;
import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * The category formulas of a formula file compiled for one year and one set of overrides, for
 * evaluating many units and many scenarios fast (sweeps, goal seek, Monte Carlo).
 * <p>
 * Every part of a formula that reads no count (rates, {@code indexed(…)} rates, parameters, shares
 * and their rounding) is evaluated once, by the formula language's own evaluator with the same
 * overrides; what reads counts becomes a tree of {@link Node}s doing the same {@link Exact}
 * operations in the same order as the evaluator: arithmetic, {@code round}, {@code min},
 * {@code max}, {@code cap}, {@code share}, {@code sum(categories)}, conditionals, and references to
 * formulas and parameters. The results are therefore identical to the evaluator's, value and
 * scale; a test checks this on the example and on scenarios. A formula with a part the compiler
 * does not handle (an {@code indexed(…)} or {@code sum(units: …)} that reads counts) is evaluated
 * by the evaluator itself for each unit ({@link #interpreted}). Formulas of the form
 * {@code round(a × count(c), s)} also get a {@link LinearRound} kernel that computes in
 * {@code long}; {@link #evaluate} uses it whenever it computes the unit's count without
 * approximation, and the exact operations otherwise. A category formula's value is an invoice line,
 * rounded as the file's {@link InvoiceRule} says, as the evaluator does; a kernel is made only where
 * that rounding leaves the formula's own result as it is.
 * <p>
 * Compiling evaluates each constant part once (the evaluator's explanations of it are never read,
 * so their texts are never worked out); it is meant to be done once per scenario and year, not per
 * unit. Once compiled, {@link #evaluate} and {@link #kernel} may be called from several threads.
 */
public final class CompiledFormulas {

	private final int year;
	private final Overrides overrides;
	private final List<String> categories = new ArrayList<>();
	/** The categories first, then the categories read by {@code count(…)} that have no formula. */
	private final List<String> countCategories = new ArrayList<>();
	private final List<Formula> formulas;
	private final OverridingEvaluator constants;
	private final Map<Element, Boolean> readsCounts = new HashMap<>();
	/** What {@link #reads(EObject)} found, by expression (elements are in {@link #readsCounts}). */
	private final Map<EObject, Boolean> readsAsked = new IdentityHashMap<>();
	/** How many times {@link #reads} cut a cycle short. */
	private int cyclesCut;
	/** Constant parts already evaluated: their value, or the evaluator's exception. */
	private final Map<Expression, Object> constantValues = new IdentityHashMap<>();
	/** Per category index: the compiled formula. */
	private final Node[] nodes;
	/** Per category index: whether the node hands the formula to the evaluator. */
	private final boolean[] interpreted;
	/** Per category index: the form {@code round(a × count, s)} as a constant times a count, or null. */
	private final LinearForm[] roundedLinear;
	/** Per category index: the {@code round(…)} of that form, or null. */
	private final Round[] rounds;
	/**
	 * Per category index and count scale below {@link #KERNEL_SCALES}: the kernel, made when first
	 * needed. A kernel is immutable (final fields), so a race only makes one twice.
	 */
	private final LinearRound[][] kernels;
	/** Per category index: the kernel for whole counts, the usual case, or null. */
	private final LinearRound[] wholeCountKernels;
	/** The invoice rounding of the file compiled. */
	private final InvoiceRule rule;
	/** The invoice rounding of each file whose formulas are compiled (imports may hold some). */
	private final Map<Model, InvoiceRule> rules = new HashMap<>();

	/** Count scales (decimals) whose kernels are kept; counts with more decimals take the exact path. */
	private static final int KERNEL_SCALES = 4;

	/**
	 * A constant times one category's count, before the final rounding; the constant is the product
	 * of the parts named (shares among them), each a part that reads no count.
	 */
	private record LinearForm(Exact coefficient, int category, List<Expression> factors, List<Expression> shares) {

		LinearForm times(Exact value, Expression factor, boolean share) {
			List<Expression> more = new ArrayList<>(factors);
			more.add(factor);
			List<Expression> moreShares = new ArrayList<>(shares);
			if (share) {
				moreShares.add(factor);
			}
			return new LinearForm(coefficient.multiply(value), category, List.copyOf(more), List.copyOf(moreShares));
		}
	}

	/** A compiled condition of an {@code if}. */
	private interface Test {
		boolean holds(BigDecimal[] counts);
	}

	/** A part of a formula the compiler leaves to the evaluator. */
	private static final class NotCompiled extends Exception {
		private static final long serialVersionUID = 1L;

		NotCompiled(EObject where) {
			super(where.eClass().getName());
		}
	}

	private CompiledFormulas(Model model, int year, Overrides overrides) {
		this.year = year;
		this.overrides = overrides;
		this.formulas = Simulator.categoryFormulas(model);
		this.rule = ruleOf(model);
		for (Formula formula : formulas) {
			categories.add(formula.getCategory().getName());
		}
		countCategories.addAll(categories);
		// Only formulas and parameters hold expressions; test blocks, rates and indexes hold none and are
		// most of a file's tree (the template's dozens of tests): walking them made up a fifth of compiling.
		for (Element element : model.getElements()) {
			if (!(element instanceof Formula || element instanceof Parameter)) {
				continue;
			}
			for (CountRef ref : EcoreUtil2.getAllContentsOfType(element, CountRef.class)) {
				String name = ref.getCategory() == null ? null : ref.getCategory().getName();
				if (name != null && !countCategories.contains(name)) {
					countCategories.add(name);
				}
			}
		}
		// Constant parts are evaluated by the language's evaluator itself; asking it for a count here
		// would be a compiler error, so such a request fails loudly.
		this.constants = new OverridingEvaluator(year, category -> {
			throw new IllegalStateException("compiler asked for the count of " + category);
		}, overrides);
		int n = formulas.size();
		this.nodes = new Node[n];
		this.interpreted = new boolean[n];
		this.roundedLinear = new LinearForm[n];
		this.rounds = new Round[n];
		this.kernels = new LinearRound[n][KERNEL_SCALES];
		this.wholeCountKernels = new LinearRound[n];
		for (int i = 0; i < n; i++) {
			Formula formula = formulas.get(i);
			try {
				nodes[i] = line(formula, compile(formula.getExpression(), new HashSet<>()));
			} catch (NotCompiled | EvaluationException e) {
				// A cycle found while compiling is left to the evaluator too: it reports it only when
				// a unit's formula reaches it, with its place.
				nodes[i] = interpreter(formula);
				interpreted[i] = true;
			}
			// a kernel gives the formula's own rounding; one the invoice rule would round again is not made
			if (formula.getExpression() instanceof Round round && (ruleOf(formula).perUnitTotal()
					|| round.getScale() <= ruleOf(formula).scale())) {
				Optional<LinearForm> form = linearForm(round.getOperand());
				if (form.isPresent()) {
					roundedLinear[i] = form.get();
					rounds[i] = round;
					// whole counts are the usual case: their kernel is made now, the others when asked
					kernels[i][0] = newKernel(i, 0);
					wholeCountKernels[i] = kernels[i][0];
				}
			}
		}
	}

	/**
	 * @param formulas  a formula file
	 * @param year      the year
	 * @param overrides rate, index and parameter values to apply
	 * @return its category formulas, compiled
	 */
	public static CompiledFormulas compile(Model formulas, int year, Overrides overrides) {
		return new CompiledFormulas(formulas, year, overrides);
	}

	/** The invoice rounding of the file that holds a part of a formula file. */
	private InvoiceRule ruleOf(EObject object) {
		Model model = EcoreUtil2.getContainerOfType(object, Model.class);
		return model == null ? InvoiceRule.DEFAULT : rules.computeIfAbsent(model, InvoiceRule::of);
	}

	/** A category formula's node as an invoice line, rounded as its file's rule says (as the evaluator does). */
	private Node line(Formula formula, Node node) {
		if (formula.getCategory() == null) {
			return node;
		}
		InvoiceRule lineRule = ruleOf(formula);
		// a formula that ends in round(…, s) with s no more decimals than the rule's is a line already
		boolean roundsItself = formula.getExpression() instanceof Round round && round.getScale() <= lineRule.scale();
		return lineRule.perUnitTotal() || roundsItself ? node : counts -> lineRule.line(node.eval(counts));
	}

	/**
	 * @return the invoice rounding of the file compiled: per line, {@link #evaluate} gives rounded
	 *         lines; per unit total, exact lines, whose sum per unit the caller rounds with
	 *         {@link InvoiceRule#total}
	 */
	public InvoiceRule invoiceRule() {
		return rule;
	}

	/** @return the year compiled for */
	public int year() {
		return year;
	}

	/** @return the category names, in formula order; count arrays are indexed the same way */
	public List<String> categories() {
		return List.copyOf(categories);
	}

	/**
	 * @return the categories whose counts the formulas read, by index into the count arrays given to
	 *         {@link #evaluate}: {@link #categories()} first, then those read by {@code count(…)}
	 *         without a formula of their own; a shorter array leaves the latter missing
	 */
	public List<String> countCategories() {
		return List.copyOf(countCategories);
	}

	/** @return the category formulas, in the same order */
	public List<Formula> formulas() {
		return List.copyOf(formulas);
	}

	/**
	 * @param index category index
	 * @return true when that formula is evaluated by the formula evaluator for each unit, because
	 *         it has a part the compiler does not handle
	 */
	public boolean interpreted(int index) {
		return interpreted[index];
	}

	/**
	 * @param index  category index
	 * @param counts a unit's counts by category index
	 * @return that category's payment, identical to the formula evaluator's
	 * @throws EvaluationException where the evaluator would throw, e.g. for a missing count
	 */
	public BigDecimal evaluate(int index, BigDecimal[] counts) {
		return evaluate(index, counts, null);
	}

	/**
	 * @param index  category index
	 * @param counts a unit's counts by index into {@link #countCategories()}
	 * @param unit   the same counts as the evaluator reads them, with the other units for
	 *               {@code sum(units: …)}, for a formula the compiler hands to the evaluator
	 *               ({@link #interpreted}); may be null, and then that formula sees only {@code counts}
	 * @return that category's payment, identical to the formula evaluator's
	 * @throws EvaluationException where the evaluator would throw, e.g. for a missing count
	 */
	public BigDecimal evaluate(int index, BigDecimal[] counts, Counts unit) {
		if (unit != null && interpreted[index]) {
			return new OverridingEvaluator(year, unit, overrides).evaluate(formulas.get(index));
		}
		BigDecimal kernelValue = kernelValue(index, counts);
		return kernelValue != null ? kernelValue : nodes[index].eval(counts).toBigDecimal();
	}

	/**
	 * The same payment as an exact number: a fraction stays one (1/3 of an årsverk count under per
	 * unit total), so that a unit's lines can be added and rounded once without approximation.
	 *
	 * @param index  category index
	 * @param counts a unit's counts by index into {@link #countCategories()}
	 * @param unit   as for {@link #evaluate(int, BigDecimal[], Counts)}
	 * @return that category's exact payment, identical to the formula evaluator's
	 * @throws EvaluationException where the evaluator would throw
	 */
	public Exact evaluateExact(int index, BigDecimal[] counts, Counts unit) {
		if (unit != null && interpreted[index]) {
			return new OverridingEvaluator(year, unit, overrides).explain(formulas.get(index)).exact();
		}
		BigDecimal kernelValue = kernelValue(index, counts);
		return kernelValue != null ? Exact.of(kernelValue) : nodes[index].eval(counts);
	}

	/** The payment by the whole-count kernel, or null when there is none or it does not cover the count. */
	private BigDecimal kernelValue(int index, BigDecimal[] counts) {
		LinearRound whole = wholeCountKernels[index];
		if (whole != null) {
			// round(a × count, s) in long arithmetic, when the count and the product allow it; the
			// result is the same decimal with the same scale as the exact operations give
			BigDecimal count = counts[whole.category()];
			if (count != null) {
				int scale = count.scale();
				if (scale >= 0 && scale < KERNEL_SCALES) {
					LinearRound kernel = scale == 0 ? whole : kernelFor(index, scale);
					long units = unscaled(count);
					if (kernel.covers(units)) {
						return BigDecimal.valueOf(kernel.covered(units), kernel.scale());
					}
				}
			}
		}
		return null;
	}

	/** The unscaled value of a count, or -1 when it does not fit in a long. */
	private static long unscaled(BigDecimal count) {
		try {
			// for a count without decimals this reads the long BigDecimal keeps, without allocating
			return count.scale() == 0 ? count.longValueExact() : count.scaleByPowerOfTen(count.scale()).longValueExact();
		} catch (ArithmeticException tooLarge) {
			return -1;
		}
	}

	/**
	 * @param index      category index
	 * @param countScale decimals of the counts to be given (0 for whole numbers)
	 * @return a long-arithmetic kernel when the formula is {@code round(a × count(c), s)}, else empty
	 */
	public Optional<LinearRound> kernel(int index, int countScale) {
		if (roundedLinear[index] == null) {
			return Optional.empty();
		}
		return Optional.of(countScale >= 0 && countScale < KERNEL_SCALES ? kernelFor(index, countScale)
				: newKernel(index, countScale));
	}

	/**
	 * @param index category index
	 * @return when the formula is {@code round(a × count(c), s)}, its shape: the parts whose product
	 *         is a, so that a sweep can work out a for other rates and factors without compiling
	 *         again; else empty
	 */
	public Optional<LinearShape> shape(int index) {
		LinearForm form = roundedLinear[index];
		if (form == null) {
			return Optional.empty();
		}
		Round round = rounds[index];
		return Optional.of(new LinearShape(form.factors(), form.shares(), form.category(), round.getScale(),
				RoundingMode.valueOf(round.getMode().getName())));
	}

	private LinearRound kernelFor(int index, int countScale) {
		LinearRound kernel = kernels[index][countScale];
		if (kernel == null) {
			kernel = newKernel(index, countScale);
			kernels[index][countScale] = kernel;
		}
		return kernel;
	}

	private LinearRound newKernel(int index, int countScale) {
		LinearForm form = roundedLinear[index];
		Round round = rounds[index];
		return new LinearRound(form.coefficient(), form.category(), round.getScale(),
				RoundingMode.valueOf(round.getMode().getName()), countScale);
	}

	private Node interpreter(Formula formula) {
		return counts -> new OverridingEvaluator(year, category -> {
			int i = countCategories.indexOf(category);
			return Optional.ofNullable(i < 0 || i >= counts.length ? null : counts[i]);
		}, overrides).explain(formula).exact();
	}

	private Optional<LinearForm> linearForm(Expression expression) {
		if (!reads(expression)) {
			return Optional.empty();
		}
		if (expression instanceof CountRef ref) {
			int index = categories.indexOf(ref.getCategory().getName());
			return index < 0 ? Optional.empty()
					: Optional.of(new LinearForm(Exact.of(BigDecimal.ONE), index, List.of(), List.of()));
		} else if (expression instanceof Multiply m) {
			boolean left = reads(m.getLeft());
			boolean right = reads(m.getRight());
			if (left && !right) {
				return constant(m.getRight()).flatMap(c -> linearForm(m.getLeft())
						.map(l -> l.times(c, m.getRight(), false)));
			} else if (right && !left) {
				return constant(m.getLeft()).flatMap(c -> linearForm(m.getRight())
						.map(l -> l.times(c, m.getLeft(), false)));
			}
		} else if (expression instanceof Share share && !reads(share.getShare())) {
			return constant(share.getShare()).filter(CompiledFormulas::isShare).flatMap(c -> linearForm(
					share.getOperand()).map(l -> l.times(c, share.getShare(), true)));
		} else if (expression instanceof Reference ref && ref.getTarget() instanceof Formula f
				&& (f.getCategory() == null || ruleOf(f).perUnitTotal())) {
			// a category formula rounded as an invoice line is not linear in its count
			return linearForm(f.getExpression());
		} else if (expression instanceof Reference ref && ref.getTarget() instanceof Parameter p
				&& !constants.parameterOverridden(p)) {
			return linearForm(p.getValue());
		}
		return Optional.empty();
	}

	/** The value of a part that reads no count, or empty when the evaluator fails on it. */
	private Optional<Exact> constant(Expression expression) {
		try {
			return Optional.of(constantValue(expression));
		} catch (EvaluationException e) {
			return Optional.empty();
		}
	}

	/**
	 * The evaluator's value of a part that reads no count, evaluated once: the kernels ask again
	 * for what the nodes were compiled from.
	 *
	 * @throws EvaluationException as the evaluator does, the same each time
	 */
	private Exact constantValue(Expression expression) {
		Object known = constantValues.get(expression);
		if (known == null) {
			try {
				known = constants.explain(expression).exact();
			} catch (EvaluationException e) {
				known = e;
			}
			constantValues.put(expression, known);
		}
		if (known instanceof EvaluationException e) {
			throw e;
		}
		return (Exact) known;
	}

	private static boolean isShare(Exact value) {
		return value.signum() >= 0 && value.compareTo(Exact.of(BigDecimal.ONE)) <= 0;
	}

	private Node compile(Expression expression, Set<Element> visiting) throws NotCompiled {
		if (!reads(expression)) {
			// Evaluated once; where the evaluator fails, the node fails the same way, but only when a
			// unit's formula actually reaches it (a branch of an if may never be taken).
			try {
				Exact value = constantValue(expression);
				return counts -> value;
			} catch (EvaluationException e) {
				return counts -> {
					throw e;
				};
			}
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
				Exact dividend = l.eval(counts);
				Exact by = r.eval(counts);
				if (by.signum() == 0) {
					throw new EvaluationException(
							"Division by zero: '" + UnitChecker.text(d.getRight()) + "' is 0 in " + year + ".", d);
				}
				return dividend.divide(by);
			};
		} else if (expression instanceof Negate n) {
			Node o = compile(n.getOperand(), visiting);
			return counts -> o.eval(counts).negate();
		} else if (expression instanceof Round round) {
			Node o = compile(round.getOperand(), visiting);
			int scale = round.getScale();
			RoundingMode mode = RoundingMode.valueOf(round.getMode().getName());
			return counts -> o.eval(counts).round(scale, mode);
		} else if (expression instanceof CountRef ref) {
			String category = ref.getCategory().getName();
			int index = countCategories.indexOf(category);
			return counts -> {
				BigDecimal value = index < 0 || index >= counts.length ? null : counts[index];
				if (value == null) {
					throw new EvaluationException("No count for '" + category + "' in " + year + ".", ref);
				}
				return Exact.of(value);
			};
		} else if (expression instanceof Min min) {
			return extreme(min.getOperands(), -1, visiting);
		} else if (expression instanceof Max max) {
			return extreme(max.getOperands(), 1, visiting);
		} else if (expression instanceof Cap cap) {
			Node o = compile(cap.getOperand(), visiting), limit = compile(cap.getLimit(), visiting);
			return counts -> {
				Exact value = o.eval(counts);
				Exact most = limit.eval(counts);
				return value.compareTo(most) > 0 ? most : value;
			};
		} else if (expression instanceof Share share) {
			Node part = compile(share.getShare(), visiting), o = compile(share.getOperand(), visiting);
			return counts -> {
				Exact value = part.eval(counts);
				Exact of = o.eval(counts);
				if (!isShare(value)) {
					throw new EvaluationException("The share '" + UnitChecker.text(share.getShare()) + "' is "
							+ value.toBigDecimal().toPlainString()
							+ "; a billed share must lie between 0 and 1 (for example 1/3).", share);
				}
				return value.multiply(of);
			};
		} else if (expression instanceof SumCategories sum) {
			return sumCategories(sum, visiting);
		} else if (expression instanceof If conditional) {
			Test condition = compile(conditional.getCondition(), visiting);
			Node then = compile(conditional.getThen(), visiting), otherwise = compile(conditional.getElse(), visiting);
			return counts -> condition.holds(counts) ? then.eval(counts) : otherwise.eval(counts);
		} else if (expression instanceof Reference ref) {
			Element target = ref.getTarget();
			if (target instanceof Formula f) {
				return line(f, within(target, visiting, () -> compile(f.getExpression(), visiting)));
			} else if (target instanceof Parameter p) {
				return within(target, visiting, () -> compile(p.getValue(), visiting));
			}
		}
		throw new NotCompiled(expression);
	}

	/** What compiles the body of a named formula or parameter. */
	private interface Body {
		Node compile() throws NotCompiled;
	}

	private static Node within(Element target, Set<Element> visiting, Body body) throws NotCompiled {
		if (!visiting.add(target)) {
			throw new EvaluationException("'" + target.getName() + "' is defined in terms of itself.", target);
		}
		try {
			return body.compile();
		} finally {
			visiting.remove(target);
		}
	}

	private Node extreme(List<Expression> operands, int sign, Set<Element> visiting) throws NotCompiled {
		List<Node> compiled = new ArrayList<>();
		for (Expression operand : operands) {
			compiled.add(compile(operand, visiting));
		}
		return counts -> {
			Exact best = null;
			for (Node node : compiled) {
				Exact value = node.eval(counts);
				if (best == null || value.compareTo(best) * sign > 0) {
					best = value;
				}
			}
			return best;
		};
	}

	private Node sumCategories(SumCategories sum, Set<Element> visiting) throws NotCompiled {
		List<Formula> parts = CategoryFormulas.of(sum);
		if (parts.isEmpty()) {
			throw new NotCompiled(sum);
		}
		List<Node> compiled = new ArrayList<>();
		for (Formula formula : parts) {
			compiled.add(line(formula, within(formula, visiting, () -> compile(formula.getExpression(), visiting))));
		}
		InvoiceRule sumRule = ruleOf(sum);
		// a unit's invoice under per unit total is rounded once, as the evaluator does
		boolean roundsTotal = sumRule.perUnitTotal() && FormulaEvaluator.isInvoice(sum);
		return counts -> {
			Exact total = Exact.of(BigDecimal.ZERO);
			for (Node node : compiled) {
				total = total.add(node.eval(counts));
			}
			return roundsTotal ? sumRule.total(total) : total;
		};
	}

	private Test compile(Condition condition, Set<Element> visiting) throws NotCompiled {
		if (condition instanceof Comparison comparison) {
			Node l = compile(comparison.getLeft(), visiting), r = compile(comparison.getRight(), visiting);
			return switch (comparison.getOperator()) {
			case LT -> counts -> l.eval(counts).compareTo(r.eval(counts)) < 0;
			case LE -> counts -> l.eval(counts).compareTo(r.eval(counts)) <= 0;
			case GT -> counts -> l.eval(counts).compareTo(r.eval(counts)) > 0;
			case GE -> counts -> l.eval(counts).compareTo(r.eval(counts)) >= 0;
			case EQ -> counts -> l.eval(counts).compareTo(r.eval(counts)) == 0;
			case NE -> counts -> l.eval(counts).compareTo(r.eval(counts)) != 0;
			};
		} else if (condition instanceof And and) {
			Test l = compile(and.getLeft(), visiting), r = compile(and.getRight(), visiting);
			return counts -> l.holds(counts) && r.holds(counts);
		} else if (condition instanceof Or or) {
			Test l = compile(or.getLeft(), visiting), r = compile(or.getRight(), visiting);
			return counts -> l.holds(counts) || r.holds(counts);
		} else if (condition instanceof Not not) {
			Test o = compile(not.getOperand(), visiting);
			return counts -> !o.holds(counts);
		}
		throw new NotCompiled(condition);
	}

	/**
	 * Whether an expression reads a count, directly or through the formulas and parameters it names
	 * and the category formulas a {@code sum(categories)} adds.
	 */
	private boolean reads(EObject expression) {
		Boolean known = readsAsked.get(expression);
		return known != null ? known : reads(expression, new HashSet<>());
	}

	private boolean reads(EObject expression, Set<Element> visiting) {
		if (expression instanceof CountRef || expression instanceof SumUnits) {
			return true;
		}
		if (expression instanceof NumberLiteral) {
			return false;
		}
		if (expression instanceof Element element) {
			return reads(element, visiting);
		}
		// Compiling asks this for every node and again for the kernels; without the memory the walks
		// over the model would cost more than the rest of compiling. An answer found while a cycle
		// was cut short is not kept: it may depend on where the walk started.
		Boolean known = readsAsked.get(expression);
		if (known != null) {
			return known;
		}
		int cycles = cyclesCut;
		boolean result = readsParts(expression, visiting);
		if (cycles == cyclesCut) {
			readsAsked.put(expression, result);
		}
		return result;
	}

	private boolean readsParts(EObject expression, Set<Element> visiting) {
		if (expression instanceof Reference ref) {
			return reads(ref.getTarget(), visiting);
		}
		if (expression instanceof SumCategories sum) {
			for (Formula formula : CategoryFormulas.of(sum)) {
				if (reads(formula, visiting)) {
					return true;
				}
			}
			return false;
		}
		for (EObject child : expression.eContents()) {
			if (reads(child, visiting)) {
				return true;
			}
		}
		return false;
	}

	private boolean reads(Element element, Set<Element> visiting) {
		if (element instanceof Parameter p && constants.parameterOverridden(p)) {
			return false;
		}
		Boolean known = readsCounts.get(element);
		if (known != null) {
			return known;
		}
		if (!visiting.add(element)) {
			cyclesCut++;
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
}
