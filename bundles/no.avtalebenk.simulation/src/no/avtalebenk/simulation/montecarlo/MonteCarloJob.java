package no.avtalebenk.simulation.montecarlo;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * A Monte Carlo run as an Eclipse Job, for the workbench: the platform shows its progress and lets
 * the user cancel it. The result is read with {@link #result()} once the job is done; a view that
 * draws its own progress bar reads {@link #percentDone()} while it runs, because the monitor the
 * platform hands the job is not visible to anyone else.
 */
public final class MonteCarloJob extends Job {

	private final MonteCarloSpec spec;
	private final Model formulas;
	private final Overrides overrides;
	private final CountTable counts;
	private final List<Integer> years;
	private volatile MonteCarloResult result;
	/** Written by the job's thread only, read by others. */
	private volatile double totalWork;
	private volatile double worked;

	/**
	 * @param spec      what to draw
	 * @param formulas  the formula file
	 * @param overrides the scenario's overrides
	 * @param counts    the scenario's counts
	 * @param years     the years
	 */
	public MonteCarloJob(MonteCarloSpec spec, Model formulas, Overrides overrides, CountTable counts,
			List<Integer> years) {
		super("Monte Carlo (" + spec.draws() + " draws, seed " + spec.seed() + ")");
		this.spec = spec;
		this.formulas = formulas;
		this.overrides = overrides;
		this.counts = counts;
		this.years = List.copyOf(years);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			result = MonteCarlo.run(spec, formulas, overrides, counts, years, new Recording(monitor));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
	}

	/** @return the result, or null while the job runs or when it was cancelled */
	public MonteCarloResult result() {
		return result;
	}

	/** @return how much of the run is done, from 0 to 100, as reported to the job's monitor */
	public int percentDone() {
		double total = totalWork;
		return total <= 0 ? 0 : (int) Math.min(100, Math.floor(100 * worked / total));
	}

	/** Passes everything on to the platform's monitor and keeps the work done for {@link #percentDone()}. */
	private final class Recording extends ProgressMonitorWrapper {

		Recording(IProgressMonitor monitor) {
			super(monitor);
		}

		@Override
		public void beginTask(String name, int total) {
			worked = 0;
			totalWork = total;
			super.beginTask(name, total);
		}

		@Override
		public void worked(int work) {
			worked += work;
			super.worked(work);
		}

		@Override
		public void internalWorked(double work) {
			worked += work;
			super.internalWorked(work);
		}
	}
}
