package no.avtalebenk.charts.ui;

import java.math.BigDecimal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.ui.CaseMessages;
import no.avtalebenk.simulation.analysis.Sensitivity;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.scenario.ScenarioInputs;

/**
 * One-at-a-time sensitivity of a case's baseline under its default projection model, as the command
 * line's {@code sensitivity} runs it: every rate, every category's counts and every index's step moved
 * to both ends of its range. The job reports each projection to its monitor and checks it before the
 * next, so cancelling it stops the run; a cancelled job has no result.
 */
public final class SensitivityJob extends Job {

	/** The command line's range of the rates: ±10 %. */
	public static final BigDecimal RATES = new BigDecimal("0.10");
	/** The command line's range of the counts: ±5 %. */
	public static final BigDecimal COUNTS = new BigDecimal("0.05");
	/** The command line's range of an index step: ±3 %. */
	public static final BigDecimal INDEX = new BigDecimal("0.03");

	private final Case value;
	private final int year;
	private final BigDecimal rates;
	private final BigDecimal counts;
	private final BigDecimal index;

	private volatile WorkDone progress;
	private volatile Sensitivity.Result result;
	private volatile String failure;

	/**
	 * @param value  the case, whose baseline is measured
	 * @param year   the year whose total is measured
	 * @param rates  the range of every rate, a fraction (0.10 for ±10 %)
	 * @param counts the range of every category's counts
	 * @param index  the range of every index's step
	 */
	public SensitivityJob(Case value, int year, BigDecimal rates, BigDecimal counts, BigDecimal index) {
		super(NLS.bind(Messages.Sensitivity_job, Integer.toString(year)));
		this.value = value;
		this.year = year;
		this.rates = rates;
		this.counts = counts;
		this.index = index;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		WorkDone recording = new WorkDone(monitor);
		progress = recording;
		try {
			ProjectionDescriptor model = value.projection(null);
			ScenarioInputs baseline = value.scenario(null);
			Sensitivity.Result measured = Sensitivity.run(year,
					Sensitivity.defaultInputs(value.formulas(), rates, counts, index), baseline.overrides(),
					baseline.counts(), (o, c) -> value.project(model, baseline.name(), o, c), recording);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			result = measured;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CaseException e) {
			failure = CaseMessages.describe(e);
		}
		return Status.OK_STATUS;
	}

	/** @return the tornado's data, or null while the job runs, when it was cancelled, or when it failed */
	public Sensitivity.Result result() {
		return result;
	}

	/** @return why there is no result (the case cannot be projected), or null */
	public String failure() {
		return failure;
	}

	/** @return how much of the run is done, from 0 to 100 */
	public int percentDone() {
		WorkDone recording = progress;
		return recording == null ? 0 : recording.percent();
	}

	/** @return the year whose total is measured */
	public int year() {
		return year;
	}
}
