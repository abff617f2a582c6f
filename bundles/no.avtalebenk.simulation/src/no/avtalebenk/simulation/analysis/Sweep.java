package no.avtalebenk.simulation.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import no.avtalebenk.formula.interpreter.EvaluationException;
import no.avtalebenk.formula.interpreter.Exact;
import no.avtalebenk.formula.interpreter.InvoiceRule;
import no.avtalebenk.formula.vederlag.Expression;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Indexed;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.formula.vederlag.Reference;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.compiled.CompiledFormulas;
import no.avtalebenk.simulation.compiled.LinearRound;
import no.avtalebenk.simulation.compiled.LinearShape;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.evaluation.OverridingEvaluator;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * A negotiator's data table: one or two {@link SweepParameter}s over their values, and for each
 * point (each value, or each pair of values) the total of every year, exactly as the projection of
 * a scenario with those values computes it ({@link Simulator#simulate}).
 * <p>
 * Why it is fast: the formulas are compiled once per year. A formula of the form
 * {@code round(a × count(c), s)} keeps its shape ({@link LinearShape}) whatever the rates, factors
 * and shares are; for each point only the parts of a that read a varied name are evaluated again
 * (by the formula evaluator with the point's overrides, a few microseconds), and the payments of all
 * units are added in {@code long} arithmetic ({@link LinearRound#sum}), each rounded on its own as
 * the formula says. A formula of another form, a count the kernel does not take (missing, negative,
 * of different decimals under a count factor), a share outside 0–1 or a sum beyond a {@code long} is computed for that point
 * by the projection itself, which compiles the formulas for the point; {@link Result#projected}
 * counts how often. So is every point when the file rounds invoices per unit total
 * ({@link InvoiceRule}): a unit's lines are then rounded together, not each category on its own.
 */
public final class Sweep {

	/** The most points one sweep computes. */
	public static final int MAX_POINTS = 1_000_000;

	/**
	 * One point of the table.
	 *
	 * @param values the parameters' values, in the order of the parameters
	 * @param totals the total of each year, in the order of the years
	 */
	public record Point(List<BigDecimal> values, List<BigDecimal> totals) {
		/** Copies the lists. */
		public Point {
			values = List.copyOf(values);
			totals = List.copyOf(totals);
		}
	}

	/**
	 * The table.
	 *
	 * @param parameters what was varied
	 * @param years      the years, ascending
	 * @param points     every point: the first parameter's values in the outer order, the second's
	 *                   inside
	 * @param projected  how many (point, year, category) sums were computed by the projection instead
	 *                   of the long kernels
	 */
	public record Result(List<SweepParameter> parameters, List<Integer> years, List<Point> points, long projected) {
		/** Copies the lists. */
		public Result {
			parameters = List.copyOf(parameters);
			years = List.copyOf(years);
			points = List.copyOf(points);
		}
	}

	/** Per year and category: how the category's payments are added up. */
	private static final class Line {
		LinearShape shape;
		/** per factor: its value under the base overrides */
		Exact[] baseValues;
		/** per factor: whether a varied rate, factor or share reaches it */
		boolean[] varies;
		boolean anyVaries;
		/** per factor: the parameter its value is proportional to, or -1 */
		int[] proportionalTo;
		/** per factor proportional to a parameter: its value when the parameter is 1 */
		Exact[] unit;
		/** the kernel when nothing varied reaches a */
		LinearRound fixed;
		int countScale;
		/** per unit: the count as N × 10^-countScale */
		long[] counts;
		/** the count parameter that scales the count's category, or -1 */
		int scaledBy = -1;
	}

	private final Model formulas;
	private final Overrides base;
	private final CountTable counts;
	private final List<Integer> years;
	private final List<SweepParameter> parameters;
	private final List<String> categories;
	private final int units;
	private Line[][] lines;
	private long projected;
	/**
	 * Whether the file rounds invoices per unit total: then a year's total is not a sum of
	 * per-category sums (each unit's lines are rounded together), and every point is projected.
	 */
	private final boolean perUnitTotal;

	private Sweep(Model formulas, Overrides base, CountTable counts, List<Integer> years,
			List<SweepParameter> parameters) {
		this.formulas = formulas;
		this.base = base;
		this.counts = counts;
		this.years = List.copyOf(years);
		this.parameters = List.copyOf(parameters);
		this.categories = Simulator.categoryFormulas(formulas).stream().map(f -> f.getCategory().getName()).toList();
		this.units = counts.units().size();
		this.perUnitTotal = InvoiceRule.of(formulas).perUnitTotal();
	}

	/**
	 * @param formulas   the formula file
	 * @param base       the scenario's overrides, which the parameters change
	 * @param counts     the scenario's counts
	 * @param years      the years
	 * @param parameters one or two parameters
	 * @param monitor    progress and cancellation; may be null
	 * @return the total of each year at every point
	 * @throws IllegalArgumentException when there are not one or two parameters, or too many points
	 * @throws EvaluationException      where the projection of a point fails, with the evaluator's message
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public static Result run(Model formulas, Overrides base, CountTable counts, List<Integer> years,
			List<SweepParameter> parameters, IProgressMonitor monitor) {
		if (parameters.isEmpty() || parameters.size() > 2) {
			throw new IllegalArgumentException("a sweep varies one or two parameters, not " + parameters.size());
		}
		long points = 1;
		for (SweepParameter parameter : parameters) {
			points *= parameter.values().size();
		}
		if (points > MAX_POINTS) {
			throw new IllegalArgumentException("the sweep has " + points + " points; at most " + MAX_POINTS);
		}
		return new Sweep(formulas, base, counts, years, parameters).run(monitor);
	}

	private Result run(IProgressMonitor monitor) {
		prepare();
		List<Point> points = new ArrayList<>();
		List<BigDecimal> first = parameters.get(0).values();
		List<BigDecimal> second = parameters.size() > 1 ? parameters.get(1).values() : List.of();
		for (BigDecimal a : first) {
			if (monitor != null && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (second.isEmpty()) {
				points.add(point(List.of(a)));
			} else {
				for (BigDecimal b : second) {
					points.add(point(List.of(a, b)));
				}
			}
		}
		return new Result(parameters, years, points, projected);
	}

	/** Compiles once per year and finds, per category, its shape and which of its parts vary. */
	private void prepare() {
		// the shape depends on which parameters are set, not on their values: compile with the first
		List<BigDecimal> firstValues = parameters.stream().map(p -> p.values().get(0)).toList();
		Overrides structure = overrides(firstValues);
		Set<String> varied = new HashSet<>();
		boolean categoryRates = false;
		for (SweepParameter parameter : parameters) {
			if (parameter.kind() == SweepParameter.Kind.FACTOR && parameter.name().equals("*")) {
				categoryRates = true;
			} else if (parameter.kind() != SweepParameter.Kind.COUNT) {
				varied.add(parameter.name());
			}
		}
		List<String> unitIds = counts.units();
		lines = new Line[years.size()][categories.size()];
		if (perUnitTotal) {
			return; // no kernels: every point is projected
		}
		for (int y = 0; y < years.size(); y++) {
			int year = years.get(y);
			CompiledFormulas compiled = CompiledFormulas.compile(formulas, year, structure);
			OverridingEvaluator evaluator = evaluator(year, structure);
			for (int f = 0; f < categories.size(); f++) {
				Optional<LinearShape> shape = compiled.shape(f);
				if (shape.isEmpty()) {
					continue;
				}
				Line line = new Line();
				line.shape = shape.get();
				String countCategory = categories.get(line.shape.category());
				int scaledBy = -1;
				for (int p = 0; p < parameters.size(); p++) {
					if (parameters.get(p).kind() == SweepParameter.Kind.COUNT && parameters.get(p).name().equals(countCategory)) {
						scaledBy = p;
					}
				}
				BigDecimal[] values = new BigDecimal[unitIds.size()];
				int scale = 0;
				boolean usable = true;
				boolean mixed = false;
				for (int u = 0; u < unitIds.size() && usable; u++) {
					values[u] = counts.get(unitIds.get(u), countCategory, year).map(Count::value).orElse(null);
					// missing or negative: the projection reports or computes it
					usable = values[u] != null && values[u].signum() >= 0 && values[u].scale() >= 0;
					if (usable) {
						mixed |= u > 0 && values[u].scale() != values[0].scale();
						scale = Math.max(scale, values[u].scale());
					}
				}
				// counts with different decimals are all read at the most decimals (12 as 12.0 beside
				// 40.5): the same values; a count factor rounds each to its own decimals, so then not
				usable &= scaledBy < 0 || !mixed;
				long[] longs = new long[unitIds.size()];
				for (int u = 0; u < unitIds.size() && usable; u++) {
					try {
						longs[u] = values[u].setScale(scale).unscaledValue().longValueExact();
					} catch (ArithmeticException tooLarge) {
						usable = false;
					}
				}
				if (!usable) {
					continue;
				}
				line.countScale = scale;
				line.counts = longs;
				line.scaledBy = scaledBy;
				List<Expression> factors = line.shape.factors();
				line.baseValues = new Exact[factors.size()];
				line.varies = new boolean[factors.size()];
				line.proportionalTo = new int[factors.size()];
				line.unit = new Exact[factors.size()];
				try {
					for (int i = 0; i < factors.size(); i++) {
						line.varies[i] = reaches(factors.get(i), varied, categoryRates, new HashSet<>());
						line.anyVaries |= line.varies[i];
						line.baseValues[i] = evaluator.explain(factors.get(i)).exact();
						line.proportionalTo[i] = line.varies[i] ? proportionalTo(factors.get(i)) : -1;
						if (line.proportionalTo[i] >= 0) {
							List<BigDecimal> one = new ArrayList<>(firstValues);
							one.set(line.proportionalTo[i], BigDecimal.ONE);
							line.unit[i] = evaluator(year, overrides(one)).explain(factors.get(i)).exact();
						}
					}
				} catch (EvaluationException e) {
					continue; // the projection reports it with its place
				}
				if (!line.anyVaries) {
					line.fixed = line.shape.kernel(product(line.baseValues), line.countScale);
				}
				lines[y][f] = line;
			}
		}
	}

	private Point point(List<BigDecimal> values) {
		Overrides overrides = overrides(values);
		List<BigDecimal> totals = new ArrayList<>(years.size());
		PaymentResult projection = null;
		for (int y = 0; y < years.size(); y++) {
			int year = years.get(y);
			if (perUnitTotal) {
				if (projection == null) {
					projection = Simulator.simulate("sweep", "sweep", formulas, countsAt(values), years, overrides);
				}
				totals.add(projection.total(year));
				projected += categories.size();
				continue;
			}
			OverridingEvaluator evaluator = null;
			BigDecimal total = BigDecimal.ZERO;
			for (int f = 0; f < categories.size(); f++) {
				Line line = lines[y][f];
				BigDecimal sum = null;
				if (line != null) {
					LinearRound kernel = line.fixed;
					if (kernel == null) {
						if (evaluator == null) {
							evaluator = evaluator(year, overrides);
						}
						kernel = kernel(line, evaluator, values);
					}
					if (kernel != null) {
						try {
							long[] unitCounts = line.scaledBy < 0 ? line.counts
									: scaled(line.counts, values.get(line.scaledBy));
							sum = BigDecimal.valueOf(kernel.sum(unitCounts, units), kernel.scale());
						} catch (ArithmeticException beyondLong) {
							sum = null;
						}
					}
				}
				if (sum == null) {
					if (projection == null) {
						projection = Simulator.simulate("sweep", "sweep", formulas, countsAt(values), years, overrides);
					}
					sum = projection.amount(categories.get(f), year);
					projected++;
				}
				total = total.add(sum);
			}
			totals.add(total);
		}
		return new Point(values, totals);
	}

	/** The kernel of a point, or null when a share lies outside 0–1 or a part fails (the projection says why). */
	private static LinearRound kernel(Line line, OverridingEvaluator evaluator, List<BigDecimal> point) {
		List<Expression> factors = line.shape.factors();
		Exact[] values = new Exact[factors.size()];
		try {
			for (int i = 0; i < values.length; i++) {
				int p = line.proportionalTo[i];
				values[i] = !line.varies[i] ? line.baseValues[i]
						: p >= 0 ? line.unit[i].multiply(Exact.of(point.get(p)))
								: evaluator.explain(factors.get(i)).exact();
				if (line.shape.shares().contains(factors.get(i)) && !LinearShape.isShare(values[i])) {
					return null;
				}
			}
		} catch (EvaluationException e) {
			return null;
		}
		return line.shape.kernel(product(values), line.countScale);
	}

	private static Exact product(Exact[] values) {
		Exact product = Exact.of(BigDecimal.ONE);
		for (Exact value : values) {
			product = product.multiply(value);
		}
		return product;
	}

	/**
	 * Counts times a factor, rounded half up to their decimals, as {@link Sensitivity#scale} does:
	 * for N × 10^-k and a factor F × 10^-m, round(N × F / 10^m) half up.
	 */
	private static long[] scaled(long[] counts, BigDecimal factor) {
		BigDecimal f = factor.stripTrailingZeros();
		int m = Math.max(f.scale(), 0);
		long unscaled = f.movePointRight(m).longValueExact();
		long divisor = 1;
		for (int i = 0; i < m; i++) {
			divisor = Math.multiplyExact(divisor, 10L);
		}
		long[] result = new long[counts.length];
		for (int u = 0; u < counts.length; u++) {
			long n = Math.multiplyExact(counts[u], unscaled);
			long q = n / divisor;
			result[u] = 2 * (n - q * divisor) >= divisor ? q + 1 : q;
		}
		return result;
	}

	/**
	 * The parameter a part's value is proportional to, where the overriding evaluator makes it so:
	 * a category rate (or an {@code indexed(…)} of one) under {@code factor:*}, which multiplies it
	 * after its indexation; a rate under {@code factor:} or {@code rate:} of its own name, which
	 * multiplies it or sets it for every year; a parameter under {@code share:}, which sets it. Only
	 * when no other parameter reaches the part; else -1, and the evaluator works the value out.
	 */
	private int proportionalTo(Expression part) {
		int found = -1;
		for (int p = 0; p < parameters.size(); p++) {
			SweepParameter parameter = parameters.get(p);
			boolean everyRate = parameter.kind() == SweepParameter.Kind.FACTOR && parameter.name().equals("*");
			if (parameter.kind() != SweepParameter.Kind.COUNT && reaches(part, everyRate ? Set.of() : Set.of(parameter.name()),
					everyRate, new HashSet<>())) {
				if (found >= 0) {
					return -1;
				}
				found = p;
			}
		}
		if (found < 0) {
			return -1;
		}
		SweepParameter parameter = parameters.get(found);
		Expression operand = part instanceof Indexed indexed ? indexed.getOperand() : part;
		if (!(operand instanceof Reference ref)) {
			return -1;
		}
		boolean proportional = switch (parameter.kind()) {
		case FACTOR -> parameter.name().equals("*") ? ref.getTarget() instanceof Rate rate && rate.getCategory() != null
				: part == operand && ref.getTarget() instanceof Rate named && named.getName().equals(parameter.name());
		case RATE -> part == operand && ref.getTarget() instanceof Rate rate && rate.getName().equals(parameter.name());
		case SHARE -> part == operand && ref.getTarget() instanceof Parameter p && p.getName().equals(parameter.name());
		case COUNT -> false;
		};
		return proportional ? found : -1;
	}

	private Overrides overrides(List<BigDecimal> values) {
		Overrides overrides = base;
		for (int p = 0; p < parameters.size(); p++) {
			overrides = parameters.get(p).apply(overrides, values.get(p));
		}
		return overrides;
	}

	/** The counts of a point: the base counts, each count parameter's category scaled. */
	private CountTable countsAt(List<BigDecimal> values) {
		CountTable table = counts;
		for (int p = 0; p < parameters.size(); p++) {
			if (parameters.get(p).kind() == SweepParameter.Kind.COUNT) {
				table = Sensitivity.scale(table, parameters.get(p).name(), values.get(p));
			}
		}
		return table;
	}

	private static OverridingEvaluator evaluator(int year, Overrides overrides) {
		return new OverridingEvaluator(year, category -> {
			throw new IllegalStateException("a part without counts asked for the count of " + category);
		}, overrides);
	}

	/**
	 * Whether a part reads a varied rate, index or parameter, directly or through the formulas and
	 * parameters it names; with {@code categoryRates}, whether it reads any category rate.
	 */
	private static boolean reaches(EObject part, Set<String> names, boolean categoryRates, Set<EObject> seen) {
		List<EObject> nodes = new ArrayList<>();
		nodes.add(part);
		for (TreeIterator<EObject> i = part.eAllContents(); i.hasNext();) {
			nodes.add(i.next());
		}
		for (EObject node : nodes) {
			if (node instanceof Indexed indexed && indexed.getIndex() != null && names.contains(indexed.getIndex().getName())) {
				return true;
			}
			if (node instanceof Reference ref && ref.getTarget() != null) {
				EObject target = ref.getTarget();
				if (names.contains(ref.getTarget().getName())
						|| categoryRates && target instanceof Rate rate && rate.getCategory() != null) {
					return true;
				}
				if (target instanceof Formula formula && seen.add(target)
						&& reaches(formula.getExpression(), names, categoryRates, seen)) {
					return true;
				}
				if (target instanceof Parameter parameter && seen.add(target)
						&& reaches(parameter.getValue(), names, categoryRates, seen)) {
					return true;
				}
			}
		}
		return false;
	}
}
