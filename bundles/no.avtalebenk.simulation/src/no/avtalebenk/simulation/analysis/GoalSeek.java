package no.avtalebenk.simulation.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Solves one unknown (a {@link Lever}) so that a year's total hits a target, within bounds: the
 * total is evaluated through the normal projection path for every trial value, and the value is
 * narrowed by alternating secant (regula falsi) and bisection steps on {@link BigDecimal}s with
 * {@value #SCALE} decimals, which keeps the bracket shrinking even where rounding makes the total a
 * step function.
 * <p>
 * Where formulas round a rate to whole øre before multiplying by a count, the total moves in steps
 * (0.01 × the count); a target between two steps cannot be hit exactly, and the result then names
 * the two neighbouring values and totals, and says so.
 */
public final class GoalSeek {

	/** Decimals of the unknown. */
	public static final int SCALE = 12;
	/** The most trials a solve makes, besides the final recomputation at the answer. */
	public static final int MAX_ITERATIONS = 200;

	/**
	 * One trial.
	 *
	 * @param number 1, 2, …
	 * @param value  the unknown's value tried
	 * @param total  the year's total it gives
	 */
	public record Iteration(int number, BigDecimal value, BigDecimal total) {
	}

	/**
	 * The answer.
	 *
	 * @param variable   what was solved
	 * @param year       the year whose total was targeted
	 * @param target     the target total
	 * @param tolerance  the accepted difference
	 * @param value      the best value found
	 * @param total      its total, recomputed through the normal path
	 * @param reached    whether |total − target| ≤ tolerance
	 * @param note       why it was not reached, or empty
	 * @param below      the largest value tried whose total is at or below the target, or null
	 * @param above      the smallest value tried whose total is at or above the target, or null
	 * @param iterations every trial, in order
	 * @param payments   the payments at the best value
	 */
	public record Result(String variable, int year, BigDecimal target, BigDecimal tolerance, BigDecimal value,
			BigDecimal total, boolean reached, String note, Iteration below, Iteration above, List<Iteration> iterations,
			PaymentResult payments) {

		/** Copies the iterations so that a result never changes. */
		public Result {
			iterations = List.copyOf(iterations);
		}

		/** @return total − target */
		public BigDecimal difference() {
			return total.subtract(target);
		}
	}

	private GoalSeek() {
	}

	/**
	 * @param variable  what is solved, for the result
	 * @param year      the year whose total is targeted
	 * @param target    the target total in NOK
	 * @param low       the lower bound of the unknown
	 * @param high      the upper bound
	 * @param tolerance accepted |total − target|, e.g. 1 krone
	 * @param project   the normal projection path: payments for a value of the unknown
	 * @return the answer and the iterations
	 * @throws IllegalArgumentException when the bounds are reversed or the target lies outside what
	 *                                  they reach
	 */
	public static Result solve(String variable, int year, BigDecimal target, BigDecimal low, BigDecimal high,
			BigDecimal tolerance, Function<BigDecimal, PaymentResult> project) {
		return solve(variable, year, target, low, high, tolerance, project, null);
	}

	/**
	 * {@link #solve(String, int, BigDecimal, BigDecimal, BigDecimal, BigDecimal, Function)} that reports
	 * each trial to a monitor and stops when it is cancelled; the answer is the same.
	 *
	 * @param variable  what is solved, for the result
	 * @param year      the year whose total is targeted
	 * @param target    the target total in NOK
	 * @param low       the lower bound of the unknown
	 * @param high      the upper bound
	 * @param tolerance accepted |total − target|, e.g. 1 krone
	 * @param project   the normal projection path: payments for a value of the unknown
	 * @param monitor   told of every trial (one unit of work each, {@value #MAX_ITERATIONS} + 1 at
	 *                  most) and asked before each whether to go on; may be null
	 * @return the answer and the iterations
	 * @throws IllegalArgumentException   when the bounds are reversed or the target lies outside what
	 *                                    they reach
	 * @throws OperationCanceledException when the monitor is cancelled; no trial starts after that
	 */
	public static Result solve(String variable, int year, BigDecimal target, BigDecimal low, BigDecimal high,
			BigDecimal tolerance, Function<BigDecimal, PaymentResult> project, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Goal seek: " + variable, MAX_ITERATIONS + 1);
		int[] trials = { 0 };
		Function<BigDecimal, PaymentResult> trial = x -> {
			if (progress.isCanceled()) {
				throw new OperationCanceledException("Goal seek of " + variable + " cancelled after " + trials[0] + " trials.");
			}
			PaymentResult payments = project.apply(x);
			trials[0]++;
			progress.worked(1);
			return payments;
		};
		return solveChecked(variable, year, target, low, high, tolerance, trial);
	}

	private static Result solveChecked(String variable, int year, BigDecimal target, BigDecimal low, BigDecimal high,
			BigDecimal tolerance, Function<BigDecimal, PaymentResult> project) {
		if (low.compareTo(high) >= 0) {
			throw new IllegalArgumentException("The lower bound " + low.toPlainString()
					+ " must be below the upper bound " + high.toPlainString() + ".");
		}
		List<Iteration> iterations = new ArrayList<>();
		Function<BigDecimal, BigDecimal> total = x -> {
			BigDecimal t = project.apply(x).total(year);
			iterations.add(new Iteration(iterations.size() + 1, x, t));
			return t;
		};
		BigDecimal lo = low.setScale(SCALE, RoundingMode.HALF_EVEN);
		BigDecimal hi = high.setScale(SCALE, RoundingMode.HALF_EVEN);
		BigDecimal fLo = total.apply(lo);
		BigDecimal fHi = total.apply(hi);
		boolean increasing = fHi.compareTo(fLo) >= 0;
		BigDecimal min = increasing ? fLo : fHi;
		BigDecimal max = increasing ? fHi : fLo;
		if (target.compareTo(min) < 0 || target.compareTo(max) > 0) {
			throw new IllegalArgumentException("The target NOK " + target.toPlainString() + " for " + year
					+ " lies outside what " + variable + " reaches between " + low.toPlainString() + " (NOK "
					+ fLo.toPlainString() + ") and " + high.toPlainString() + " (NOK " + fHi.toPlainString()
					+ "); widen the bounds.");
		}
		BigDecimal step = BigDecimal.ONE.movePointLeft(SCALE);
		for (int k = 0; iterations.size() < MAX_ITERATIONS; k++) {
			if (closest(iterations, target).total().subtract(target).abs().compareTo(tolerance) <= 0
					|| hi.subtract(lo).compareTo(step) <= 0) {
				break;
			}
			BigDecimal x;
			BigDecimal span = fHi.subtract(fLo);
			if (k % 2 == 0 && span.signum() != 0) {
				x = lo.add(target.subtract(fLo).multiply(hi.subtract(lo)).divide(span, MathContext.DECIMAL64))
						.setScale(SCALE, RoundingMode.HALF_EVEN);
			} else {
				x = lo.add(hi).divide(BigDecimal.valueOf(2)).setScale(SCALE, RoundingMode.HALF_EVEN);
			}
			if (x.compareTo(lo) <= 0 || x.compareTo(hi) >= 0) {
				x = lo.add(hi).divide(BigDecimal.valueOf(2)).setScale(SCALE, RoundingMode.HALF_EVEN);
				if (x.compareTo(lo) <= 0 || x.compareTo(hi) >= 0) {
					break;
				}
			}
			BigDecimal fx = total.apply(x);
			boolean xBelow = increasing ? fx.compareTo(target) < 0 : fx.compareTo(target) > 0;
			if (xBelow) {
				lo = x;
				fLo = fx;
			} else {
				hi = x;
				fHi = fx;
			}
		}
		Iteration best = closest(iterations, target);
		Iteration below = null;
		Iteration above = null;
		for (Iteration it : iterations) {
			int c = it.total().compareTo(target);
			if (c <= 0 && (below == null || it.total().compareTo(below.total()) > 0
					|| it.total().compareTo(below.total()) == 0 && it.value().compareTo(below.value()) > 0)) {
				below = it;
			}
			if (c >= 0 && (above == null || it.total().compareTo(above.total()) < 0
					|| it.total().compareTo(above.total()) == 0 && it.value().compareTo(above.value()) < 0)) {
				above = it;
			}
		}
		// The reported total is recomputed through the normal path at the answer, never carried over.
		PaymentResult payments = project.apply(best.value());
		BigDecimal recomputed = payments.total(year);
		boolean reached = recomputed.subtract(target).abs().compareTo(tolerance) <= 0;
		String note = reached ? ""
				: "No value of " + variable + " gives a total within NOK " + tolerance.toPlainString()
						+ " of the target: the total moves in steps here (rates are rounded to whole øre before they"
						+ " are multiplied by the counts). The nearest totals are NOK "
						+ (below == null ? "-" : below.total().toPlainString()) + " and NOK "
						+ (above == null ? "-" : above.total().toPlainString()) + ".";
		return new Result(variable, year, target, tolerance, best.value(), recomputed, reached, note, below, above,
				iterations, payments);
	}

	private static Iteration closest(List<Iteration> iterations, BigDecimal target) {
		Iteration best = iterations.get(0);
		for (Iteration it : iterations) {
			if (it.total().subtract(target).abs().compareTo(best.total().subtract(target).abs()) < 0) {
				best = it;
			}
		}
		return best;
	}
}
