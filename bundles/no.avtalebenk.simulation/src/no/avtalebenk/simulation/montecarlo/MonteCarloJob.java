package no.avtalebenk.simulation.montecarlo;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * A Monte Carlo run as an Eclipse Job, for the workbench: the platform shows its progress and lets
 * the user cancel it. The result is read with {@link #result()} once the job is done.
 */
public final class MonteCarloJob extends Job {

	private final MonteCarloSpec spec;
	private final Model formulas;
	private final Overrides overrides;
	private final CountTable counts;
	private final List<Integer> years;
	private volatile MonteCarloResult result;

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
			result = MonteCarlo.run(spec, formulas, overrides, counts, years, monitor);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
	}

	/** @return the result, or null while the job runs or when it was cancelled */
	public MonteCarloResult result() {
		return result;
	}
}
