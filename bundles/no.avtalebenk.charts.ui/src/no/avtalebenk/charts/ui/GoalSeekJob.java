package no.avtalebenk.charts.ui;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.ui.CaseMessages;
import no.avtalebenk.simulation.analysis.GoalSeek;
import no.avtalebenk.simulation.analysis.Lever;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.scenario.ScenarioInputs;

/**
 * Goal seek on a case's baseline under its default projection model, as the command line's
 * {@code goal-seek} solves it: the unknown is narrowed until the year's total is within the tolerance
 * of the target, and the answer's total is recomputed through the normal projection path. The job
 * checks its monitor before every trial, so cancelling it stops the search; a cancelled job has no
 * result. For a common factor on the rates it also projects the rates × the factor rounded to whole
 * øre again, as an agreement would state them.
 */
public final class GoalSeekJob extends Job {

	/**
	 * What goal seek solves, with its name for people and the bounds it is sought within by default
	 * (the command line's defaults).
	 *
	 * @param lever       the unknown
	 * @param label       its name in the dialog, e.g. «Felles faktor på alle kategorisatser»
	 * @param commonFactor whether it is the common factor on the category rates
	 * @param low         the default lower bound
	 * @param high        the default upper bound
	 */
	public record Unknown(Lever lever, String label, boolean commonFactor, BigDecimal low, BigDecimal high) {

		/** @return a common factor on every category rate, sought between 0.5 and 2 */
		public static Unknown ratesFactor() {
			return new Unknown(Lever.categoryRates(), Messages.GoalSeek_ratesFactor, true, new BigDecimal("0.5"),
					new BigDecimal("2"));
		}

		/**
		 * @param name a parameter of the formula file
		 * @return the parameter's value, sought between 0 and 1
		 */
		public static Unknown parameter(String name) {
			return new Unknown(Lever.parameter(name), NLS.bind(Messages.GoalSeek_parameter, name), false, BigDecimal.ZERO,
					BigDecimal.ONE);
		}
	}

	private final Case value;
	private final Unknown unknown;
	private final Lever lever;
	private final int year;
	private final BigDecimal target;
	private final BigDecimal low;
	private final BigDecimal high;
	private final BigDecimal tolerance;
	private final AtomicInteger trials = new AtomicInteger();

	private volatile GoalSeek.Result result;
	private volatile BigDecimal roundedRatesTotal;
	private volatile String failure;

	/**
	 * @param value     the case, whose baseline is solved
	 * @param unknown   what is solved
	 * @param year      the year whose total is targeted
	 * @param target    the target total, NOK
	 * @param low       the unknown's lower bound
	 * @param high      its upper bound
	 * @param tolerance the accepted |total − target|, NOK
	 */
	public GoalSeekJob(Case value, Unknown unknown, int year, BigDecimal target, BigDecimal low, BigDecimal high,
			BigDecimal tolerance) {
		super(NLS.bind(Messages.GoalSeek_job, Integer.toString(year), Figures.money(target)));
		this.value = value;
		this.unknown = unknown;
		this.lever = unknown.lever();
		this.year = year;
		this.target = target;
		this.low = low;
		this.high = high;
		this.tolerance = tolerance;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			ProjectionDescriptor model = value.projection(null);
			ScenarioInputs baseline = value.scenario(null);
			GoalSeek.Result solved = GoalSeek.solve(lever.describe(), year, target, low, high, tolerance, x -> {
				trials.incrementAndGet();
				return value.project(model, baseline.name(), lever.apply(baseline.overrides(), x), baseline.counts());
			}, monitor);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (unknown.commonFactor()) {
				roundedRatesTotal = value.project(model, baseline.name(),
						lever.apply(baseline.overrides(), solved.value()).roundingScaledRates(), baseline.counts())
						.total(year);
			}
			result = solved;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CaseException e) {
			failure = CaseMessages.describe(e);
		} catch (IllegalArgumentException e) {
			// the bounds are reversed, or the target lies outside what they reach
			failure = e.getMessage();
		}
		return Status.OK_STATUS;
	}

	/** @return the answer, or null while the job runs, when it was cancelled, or when it failed */
	public GoalSeek.Result result() {
		return result;
	}

	/**
	 * @return for a common factor on the rates, the year's total with the rates × the answer rounded to
	 *         whole øre again; null otherwise or while there is no answer
	 */
	public BigDecimal roundedRatesTotal() {
		return result == null ? null : roundedRatesTotal;
	}

	/** @return why there is no answer (the target is out of reach, the case cannot be projected), or null */
	public String failure() {
		return failure;
	}

	/** @return the trials made so far */
	public int trials() {
		return trials.get();
	}

	/** @return what is solved */
	public Unknown unknown() {
		return unknown;
	}

	/** @return the year whose total is targeted */
	public int year() {
		return year;
	}

	/** @return the target total, NOK */
	public BigDecimal target() {
		return target;
	}
}
