package no.avtalebenk.simulation.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import no.avtalebenk.formula.interpreter.FormulaEvaluator;
import no.avtalebenk.formula.vederlag.Category;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.Provenance;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * One-at-a-time sensitivity: each input (a rate, a category's counts, an index, a parameter such as
 * the billed share of administrative årsverk) is moved to the low
 * and the high end of its range while everything else stays as in the scenario; the year's total at
 * both ends gives one bar of a tornado chart. Bars are sorted by their swing, largest first.
 */
public final class Sensitivity {

	/** What an input varies. */
	public enum Kind {
		/** a rate: its value in every year */
		RATE,
		/** every unit's count of one category */
		COUNT,
		/** an index: its step of the year measured */
		INDEX,
		/** a parameter of the formula file, such as a billed share: its value */
		PARAMETER
	}

	/**
	 * One input and its range, as factors on its scenario value.
	 *
	 * @param kind the kind
	 * @param name the rate, category, index or parameter name
	 * @param low  factor at the low end, e.g. 0.9
	 * @param high factor at the high end, e.g. 1.1
	 * @param base for a parameter, its value in the formula file (used when the scenario sets none);
	 *             null for the other kinds
	 */
	public record Input(Kind kind, String name, BigDecimal low, BigDecimal high, BigDecimal base) {

		/**
		 * An input that is not a parameter.
		 *
		 * @param kind the kind
		 * @param name the rate, category or index name
		 * @param low  factor at the low end
		 * @param high factor at the high end
		 */
		public Input(Kind kind, String name, BigDecimal low, BigDecimal high) {
			this(kind, name, low, high, null);
		}
	}

	/**
	 * One bar of the tornado.
	 *
	 * @param input     the input
	 * @param lowTotal  the year's total with the input at its low end
	 * @param highTotal with the input at its high end
	 */
	public record Bar(Input input, BigDecimal lowTotal, BigDecimal highTotal) {

		/** @return |highTotal − lowTotal| */
		public BigDecimal swing() {
			return highTotal.subtract(lowTotal).abs();
		}
	}

	/**
	 * The tornado's data.
	 *
	 * @param year      the year
	 * @param baseTotal the scenario's total in that year
	 * @param bars      the bars, largest swing first
	 */
	public record Result(int year, BigDecimal baseTotal, List<Bar> bars) {

		/** Copies the bars so that a result never changes. */
		public Result {
			bars = List.copyOf(bars);
		}
	}

	private Sensitivity() {
	}

	/**
	 * The usual inputs of a formula file: every rate ± rateRange, every category's counts ±
	 * countRange, every index's step of the year measured ± indexRange, and every parameter (a billed
	 * share) ± rateRange, since a share moves its category's payment as the rate does.
	 *
	 * @param formulas   the formula file
	 * @param rateRange  e.g. 0.10 for ±10 %
	 * @param countRange e.g. 0.05
	 * @param indexRange e.g. 0.03
	 * @return the inputs, in file order: rates, counts, indices, parameters
	 */
	public static List<Input> defaultInputs(Model formulas, BigDecimal rateRange, BigDecimal countRange,
			BigDecimal indexRange) {
		List<Input> rates = new ArrayList<>();
		List<Input> counts = new ArrayList<>();
		List<Input> indices = new ArrayList<>();
		List<Input> parameters = new ArrayList<>();
		for (Element element : formulas.getElements()) {
			if (element instanceof Rate rate) {
				rates.add(new Input(Kind.RATE, rate.getName(), BigDecimal.ONE.subtract(rateRange), BigDecimal.ONE.add(rateRange)));
			} else if (element instanceof Index index) {
				indices.add(new Input(Kind.INDEX, index.getName(), BigDecimal.ONE.subtract(indexRange),
						BigDecimal.ONE.add(indexRange)));
			} else if (element instanceof Parameter parameter) {
				// a parameter is a number the negotiators set (a share such as 1/3): it reads no counts
				BigDecimal value = new FormulaEvaluator(0, category -> Optional.empty()).eval(parameter.getValue());
				parameters.add(new Input(Kind.PARAMETER, parameter.getName(), BigDecimal.ONE.subtract(rateRange),
						BigDecimal.ONE.add(rateRange), value));
			} else if (element instanceof Category category) {
				counts.add(new Input(Kind.COUNT, category.getName(), BigDecimal.ONE.subtract(countRange),
						BigDecimal.ONE.add(countRange)));
			}
		}
		List<Input> all = new ArrayList<>(rates);
		all.addAll(counts);
		all.addAll(indices);
		all.addAll(parameters);
		return all;
	}

	/**
	 * @param year      the year whose total is measured
	 * @param inputs    the inputs and their ranges
	 * @param overrides the scenario's overrides
	 * @param counts    the scenario's counts
	 * @param project   the normal projection path
	 * @return the tornado's data
	 */
	public static Result run(int year, List<Input> inputs, Overrides overrides, CountTable counts,
			BiFunction<Overrides, CountTable, PaymentResult> project) {
		return run(year, inputs, overrides, counts, project, null);
	}

	/**
	 * {@link #run(int, List, Overrides, CountTable, BiFunction)} that reports each projection to a
	 * monitor and stops when it is cancelled; the result is the same.
	 *
	 * @param year      the year whose total is measured
	 * @param inputs    the inputs and their ranges
	 * @param overrides the scenario's overrides
	 * @param counts    the scenario's counts
	 * @param project   the normal projection path
	 * @param monitor   told of every projection (one unit of work each, 1 + 2 per input) and asked
	 *                  before each whether to go on; may be null
	 * @return the tornado's data
	 * @throws OperationCanceledException when the monitor is cancelled; no projection starts after that
	 */
	public static Result run(int year, List<Input> inputs, Overrides overrides, CountTable counts,
			BiFunction<Overrides, CountTable, PaymentResult> project, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Sensitivity " + year, 1 + 2 * inputs.size());
		int[] done = { 0 };
		BiFunction<Overrides, CountTable, PaymentResult> checked = (o, c) -> {
			if (progress.isCanceled()) {
				throw new OperationCanceledException("Sensitivity cancelled after " + done[0] + " of "
						+ (1 + 2 * inputs.size()) + " projections.");
			}
			PaymentResult payments = project.apply(o, c);
			done[0]++;
			progress.worked(1);
			return payments;
		};
		return runChecked(year, inputs, overrides, counts, checked);
	}

	private static Result runChecked(int year, List<Input> inputs, Overrides overrides, CountTable counts,
			BiFunction<Overrides, CountTable, PaymentResult> project) {
		BigDecimal base = project.apply(overrides, counts).total(year);
		List<Bar> bars = new ArrayList<>();
		for (Input input : inputs) {
			bars.add(new Bar(input, total(year, input, input.low(), overrides, counts, project),
					total(year, input, input.high(), overrides, counts, project)));
		}
		bars.sort(Comparator.comparing(Bar::swing).reversed());
		return new Result(year, base, bars);
	}

	private static BigDecimal total(int year, Input input, BigDecimal factor, Overrides overrides, CountTable counts,
			BiFunction<Overrides, CountTable, PaymentResult> project) {
		return switch (input.kind()) {
		case RATE, INDEX -> project.apply(overrides.withRateFactor(input.name(), factor), counts).total(year);
		case COUNT -> project.apply(overrides, scale(counts, input.name(), factor)).total(year);
		case PARAMETER -> project.apply(overrides.withParameter(input.name(),
				overrides.parameters().getOrDefault(input.name(), input.base()).multiply(factor)), counts).total(year);
		};
	}

	/**
	 * @param counts   a count table
	 * @param category a category
	 * @param factor   the factor
	 * @return a new table with that category's counts times the factor, rounded half up to the
	 *         decimals of each count (whole pupils stay whole); the given table is not changed
	 */
	public static CountTable scale(CountTable counts, String category, BigDecimal factor) {
		List<Count> scaled = new ArrayList<>();
		for (Count c : counts.all()) {
			if (c.category().equals(category)) {
				scaled.add(new Count(c.unit(), c.unitName(), c.category(), c.year(),
						c.value().multiply(factor).setScale(Math.max(0, c.value().scale()), RoundingMode.HALF_UP),
						new Provenance(c.provenance().source(), true,
								"sensitivity: × " + factor.toPlainString() + " of " + c.provenance().describe())));
			} else {
				scaled.add(c);
			}
		}
		try {
			return CountTable.of("sensitivity", scaled);
		} catch (CountFileException e) {
			throw new IllegalStateException("A valid table became invalid when scaled: " + e.getMessage(), e);
		}
	}
}
