package no.avtalebenk.charts.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * Passes everything on to a job's monitor and keeps how much work was reported, so that a dialog
 * that draws its own progress bar can read it from the display thread: the monitor the platform
 * hands a job cannot be asked how far it has got.
 */
final class WorkDone extends ProgressMonitorWrapper {

	private volatile double total;
	private volatile double worked;

	WorkDone(IProgressMonitor monitor) {
		super(monitor);
	}

	@Override
	public void beginTask(String name, int totalWork) {
		worked = 0;
		total = totalWork;
		super.beginTask(name, totalWork);
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

	/** @return how much of the task is done, from 0 to 100 */
	int percent() {
		double all = total;
		return all <= 0 ? 0 : (int) Math.min(100, Math.floor(100 * worked / all));
	}
}
