package no.avtalebenk.charts.ui;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.ui.CaseMessages;
import no.avtalebenk.cases.ui.CaseView;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.charts.ChartExport;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.AnalysisChartData;
import no.avtalebenk.simulation.montecarlo.DefaultGrowth;
import no.avtalebenk.simulation.montecarlo.MonteCarloJob;
import no.avtalebenk.simulation.montecarlo.MonteCarloResult;
import no.avtalebenk.simulation.montecarlo.MonteCarloSpec;
import no.avtalebenk.simulation.montecarlo.Summary;
import no.avtalebenk.simulation.scenario.ScenarioInputs;

/**
 * Monte Carlo projection of the {@link CurrentCase current case}'s baseline (its counts, overrides,
 * formulas and years) under random growth of pupils and årsverk ({@link DefaultGrowth}, the same
 * drivers as the command line's {@code montecarlo}). The
 * run is a user {@link MonteCarloJob}: the platform shows its progress and can cancel it, and the
 * view's own bar follows the work the job reports. A finished run shows the fan of the yearly totals
 * (median and P10–P90) and a table of P10, P50 and P90 per year; a cancelled run shows no figures,
 * because percentiles of the draws made so far would be a different, smaller experiment. When the
 * current case changes (another case is opened, or a file of the case is saved) a shown result is
 * cleared and a running run is cancelled: both describe the case as it was.
 */
public class MonteCarloView extends ViewPart {

	/** The view's id. */
	public static final String ID = "no.avtalebenk.charts.ui.monteCarloView";
	/** The seed a new view starts with, as on the command line. */
	public static final int DEFAULT_SEED = 1;
	/** The number of draws a new view starts with, as on the command line. */
	public static final int DEFAULT_DRAWS = 10_000;
	/** The most draws a run may have: about 25 s for the template case on a 2-core machine. */
	public static final int MAX_DRAWS = 100_000_000;
	/** The preference node of the user's settings (Vindu › Innstillinger › Avtalebenk), the workbench bundle's. */
	public static final String PREFERENCES = "no.avtalebenk.app";
	/** The preference with the draws a new view starts with (default {@value #DEFAULT_DRAWS}). */
	public static final String DRAWS_PREFERENCE = "monteCarlo.draws";
	/** The preference with the seed a new view starts with (default {@value #DEFAULT_SEED}). */
	public static final String SEED_PREFERENCE = "monteCarlo.seed";
	/** The preference with the {@link NumberStyle} name amounts are written in (default NORWEGIAN). */
	public static final String NUMBER_STYLE_PREFERENCE = "numberStyle";
	/** The preference with the width in pixels of a chart saved as an image (default 1000). */
	public static final String CHART_WIDTH_PREFERENCE = "chart.width";
	/** The preference with the height in pixels of a chart saved as an image (default 600). */
	public static final String CHART_HEIGHT_PREFERENCE = "chart.height";

	/** How often the progress bar reads the job's progress, in milliseconds. */
	private static final int POLL_MILLIS = 100;
	private static final DecimalFormat WHOLE = wholeNumbers();
	private static final String CANCELLED = Messages.MonteCarlo_cancelled;

	private Label heading;

	private Spinner seed;
	private Spinner draws;
	private Button run;
	private Button cancel;
	private Button save;
	private ProgressBar progress;
	private Label status;
	private Composite resultArea;
	private StackLayout resultStack;
	private Label placeholder;
	private Composite resultPanel;
	private ChartComposite chartComposite;
	private Table table;

	private Case current;
	private Consumer<CurrentCase.State> listener;
	private MonteCarloJob job;
	private boolean cancelRequested;
	private String cancelledText = CANCELLED;
	private MonteCarloResult result;
	private JFreeChart chart;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		heading = new Label(parent, SWT.NONE);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		createControls(parent);
		createProgress(parent);
		resultArea = new Composite(parent, SWT.NONE);
		resultArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		resultStack = new StackLayout();
		resultArea.setLayout(resultStack);
		placeholder = new Label(resultArea, SWT.WRAP);
		placeholder.setText(Messages.MonteCarlo_noResultYet);
		resultPanel = new Composite(resultArea, SWT.NONE);
		GridLayout panelLayout = new GridLayout(1, false);
		panelLayout.marginWidth = 0;
		panelLayout.marginHeight = 0;
		resultPanel.setLayout(panelLayout);
		chartComposite = new ChartComposite(resultPanel, SWT.NONE, null, true);
		chartComposite.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createTable(resultPanel);
		resultStack.topControl = placeholder;

		Display display = parent.getDisplay();
		CurrentCase cases = CurrentCase.get();
		listener = state -> display.asyncExec(() -> {
			if (!status.isDisposed()) {
				showCase(state);
			}
		});
		cases.addListener(listener);
		showCase(cases.state());
	}

	/** Shows which case a run would project; a result or run of the case as it was is cleared. */
	private void showCase(CurrentCase.State state) {
		String folderName = state.folder().getFileName().toString();
		setPartName(NLS.bind(no.avtalebenk.cases.ui.Messages.CaseView_partName, Messages.MonteCarlo_partName, folderName));
		setTitleToolTip(state.folder().toString());
		heading.setText(CaseView.heading(state.folder()));
		current = state instanceof CurrentCase.Open open ? open.value() : null;
		String message = switch (state) {
		case CurrentCase.Opening opening -> Messages.MonteCarlo_opening;
		case CurrentCase.Failed failed -> NLS.bind(Messages.MonteCarlo_failed, state.folder(),
				CaseMessages.describe(failed.error()));
		case CurrentCase.Open open -> NLS.bind(Messages.MonteCarlo_noResultForCase, folderName);
		};
		if (job != null) {
			cancelledText = NLS.bind(Messages.MonteCarlo_changedWhileRunning, message);
			cancel();
		} else {
			status.setText(current != null ? Messages.MonteCarlo_ready : Messages.MonteCarlo_notOpen);
			showNoResult(message);
			setRunning(false);
		}
	}

	private void createControls(Composite parent) {
		Composite controls = new Composite(parent, SWT.NONE);
		controls.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout layout = new GridLayout(8, false);
		layout.marginWidth = 0;
		controls.setLayout(layout);
		new Label(controls, SWT.NONE).setText(Messages.MonteCarlo_seed);
		seed = new Spinner(controls, SWT.BORDER);
		seed.setValues(Math.clamp(preference(SEED_PREFERENCE, DEFAULT_SEED), 0, Integer.MAX_VALUE), 0,
				Integer.MAX_VALUE, 0, 1, 10);
		new Label(controls, SWT.NONE).setText(Messages.MonteCarlo_draws);
		draws = new Spinner(controls, SWT.BORDER);
		draws.setValues(Math.clamp(preference(DRAWS_PREFERENCE, DEFAULT_DRAWS), 1, MAX_DRAWS), 1, MAX_DRAWS, 0, 1_000,
				10_000);
		run = new Button(controls, SWT.PUSH);
		run.setText(Messages.MonteCarlo_run);
		run.addListener(SWT.Selection, e -> run());
		cancel = new Button(controls, SWT.PUSH);
		cancel.setText(Messages.MonteCarlo_cancel);
		cancel.setEnabled(false);
		cancel.addListener(SWT.Selection, e -> cancel());
		save = new Button(controls, SWT.PUSH);
		save.setText(Messages.MonteCarlo_save);
		save.setToolTipText(Messages.MonteCarlo_saveTip);
		save.setEnabled(false);
		save.addListener(SWT.Selection, e -> saveChart());
		Label drivers = new Label(controls, SWT.NONE);
		drivers.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		drivers.setText(NLS.bind(Messages.MonteCarlo_drivers, new Object[] { percent(DefaultGrowth.PUPIL_MEAN),
				percent(DefaultGrowth.PUPIL_SD), percent(DefaultGrowth.ARSVERK_MEAN), percent(DefaultGrowth.ARSVERK_SD) }));
	}

	private void createProgress(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		row.setLayout(layout);
		progress = new ProgressBar(row, SWT.HORIZONTAL | SWT.SMOOTH);
		progress.setMaximum(100);
		GridData bar = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		bar.widthHint = 240;
		progress.setLayoutData(bar);
		status = new Label(row, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setText(Messages.MonteCarlo_ready);
	}

	private void createTable(Composite parent) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.NO_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.BEGINNING, SWT.END, false, false));
		String[] headers = { Messages.MonteCarlo_year, "P10", Messages.MonteCarlo_median, "P90" };
		for (int i = 0; i < headers.length; i++) {
			TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
			column.setText(headers[i]);
		}
	}

	/** Starts a run with the seed and number of draws shown, unless one is running. */
	public void run() {
		if (job != null || current == null) {
			return;
		}
		ScenarioInputs baseline;
		try {
			baseline = current.scenario(null);
		} catch (CaseException e) {
			status.setText(NLS.bind(Messages.MonteCarlo_notRunnable, CaseMessages.describe(e)));
			return;
		}
		MonteCarloSpec spec = new MonteCarloSpec(seed.getSelection(), draws.getSelection(),
				DefaultGrowth.drivers(current.formulas()));
		showNoResult(Messages.MonteCarlo_computing);
		MonteCarloJob started = new MonteCarloJob(spec, current.formulas(), baseline.overrides(), baseline.counts(),
				current.years());
		// The platform shows the job's name beside its progress.
		started.setName(NLS.bind(Messages.MonteCarlo_job, WHOLE.format(spec.draws()), Long.toString(spec.seed())));
		started.setUser(true);
		Display display = status.getDisplay();
		started.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				display.asyncExec(() -> finished(started, event.getResult()));
			}
		});
		job = started;
		cancelRequested = false;
		cancelledText = CANCELLED;
		setRunning(true);
		progress.setSelection(0);
		status.setText(progressText(0, spec.draws(), spec.seed()));
		started.schedule();
		display.timerExec(POLL_MILLIS, this::showProgress);
	}

	/** Cancels the running run, if any; the view then says "Avbrutt" and shows no figures. */
	public void cancel() {
		if (job != null) {
			cancelRequested = true;
			cancel.setEnabled(false);
			status.setText(Messages.MonteCarlo_cancelling);
			job.cancel();
		}
	}

	private void showProgress() {
		if (job == null || status.isDisposed() || cancelRequested) {
			return;
		}
		int percent = job.percentDone();
		progress.setSelection(percent);
		status.setText(progressText(percent, draws.getSelection(), seed.getSelection()));
		status.getDisplay().timerExec(POLL_MILLIS, this::showProgress);
	}

	private void finished(MonteCarloJob finished, IStatus outcome) {
		if (status.isDisposed() || finished != job) {
			return;
		}
		job = null;
		setRunning(false);
		MonteCarloResult done = finished.result();
		if (outcome.getSeverity() == IStatus.CANCEL || cancelRequested) {
			// A run cancelled just after its last draw still counts as cancelled: the user asked for no result.
			progress.setSelection(0);
			status.setText(Messages.MonteCarlo_cancelledStatus);
			showNoResult(cancelledText);
		} else if (outcome.isOK() && done != null) {
			progress.setSelection(100);
			status.setText(NLS.bind(done.units() == 1 ? Messages.MonteCarlo_doneOneUnit : Messages.MonteCarlo_doneUnits,
					new Object[] { WHOLE.format(done.spec().draws()), Long.toString(done.spec().seed()),
							Integer.toString(done.units()), numberStyle().money(resolution(done)) }));
			showResult(done);
		} else {
			progress.setSelection(0);
			Throwable error = outcome.getException();
			status.setText(NLS.bind(Messages.MonteCarlo_error,
					error != null && error.getMessage() != null ? error.getMessage() : outcome.getMessage()));
			showNoResult(Messages.MonteCarlo_failedRun);
		}
	}

	private void setRunning(boolean running) {
		run.setEnabled(!running && current != null);
		cancel.setEnabled(running);
		seed.setEnabled(!running);
		draws.setEnabled(!running);
	}

	private void showNoResult(String message) {
		save.setEnabled(false);
		result = null;
		chart = null;
		chartComposite.setChart(null);
		table.removeAll();
		placeholder.setText(message);
		resultStack.topControl = placeholder;
		resultArea.layout(true, true);
	}

	private void showResult(MonteCarloResult shown) {
		result = shown;
		NumberStyle style = numberStyle();
		chart = ChartRenderer.render(AnalysisChartData.fan(shown), style);
		chartComposite.setChart(chart);
		table.removeAll();
		for (Summary total : totals(shown)) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { Integer.toString(total.year()), style.money(total.p10()), style.money(total.p50()),
					style.money(total.p90()) });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		resultStack.topControl = resultPanel;
		resultArea.layout(true, true);
		chartComposite.forceRedraw();
		save.setEnabled(true);
	}

	/** Asks for a PNG or SVG file and writes the fan chart shown there, in the size of the user's settings. */
	private void saveChart() {
		if (chart == null) {
			return;
		}
		FileDialog dialog = new FileDialog(save.getShell(), SWT.SAVE);
		dialog.setText(Messages.MonteCarlo_saveDialog);
		dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
		dialog.setFilterNames(new String[] { Messages.MonteCarlo_png, Messages.MonteCarlo_svg });
		dialog.setFileName("monte-carlo.png");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		int width = Math.clamp(preference(CHART_WIDTH_PREFERENCE, 1000), 100, 10_000);
		int height = Math.clamp(preference(CHART_HEIGHT_PREFERENCE, 600), 100, 10_000);
		try {
			ChartExport.write(chart, Path.of(chosen), width, height);
			status.setText(NLS.bind(Messages.MonteCarlo_saved, new Object[] { chosen, Integer.toString(width),
					Integer.toString(height) }));
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(save.getShell(), Messages.MonteCarlo_saveDialog,
					NLS.bind(Messages.MonteCarlo_notSaved, chosen, e.getMessage()));
		}
	}

	/** @return the status line while a run goes on: the share done, the draws and the seed */
	private static String progressText(int percent, int drawCount, long seedValue) {
		return NLS.bind(Messages.MonteCarlo_progress, new Object[] { Integer.toString(percent), WHOLE.format(drawCount),
				Long.toString(seedValue) });
	}

	/** @return the user's setting, or the default when none is set or the node cannot be read */
	private static int preference(String key, int fallback) {
		return Platform.getPreferencesService().getInt(PREFERENCES, key, fallback, null);
	}

	/** @return the number style of the user's settings; Norwegian when none or an unknown one is set */
	private static NumberStyle numberStyle() {
		String name = Platform.getPreferencesService().getString(PREFERENCES, NUMBER_STYLE_PREFERENCE,
				NumberStyle.NORWEGIAN.name(), null);
		try {
			return NumberStyle.valueOf(name);
		} catch (IllegalArgumentException e) {
			return NumberStyle.NORWEGIAN;
		}
	}

	/** @return whole numbers (draws) grouped as {@link NumberStyle#NORWEGIAN} groups amounts: "10 000" */
	private static DecimalFormat wholeNumbers() {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(' ');
		return new DecimalFormat("#,##0", symbols);
	}

	private static List<Summary> totals(MonteCarloResult shown) {
		return shown.summaries().stream().filter(s -> s.category().equals("total")).toList();
	}

	private static BigDecimal resolution(MonteCarloResult shown) {
		return totals(shown).stream().map(Summary::resolution).reduce(BigDecimal.ZERO, BigDecimal::max);
	}

	private static String percent(double share) {
		return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
	}

	@Override
	public void setFocus() {
		run.setFocus();
	}

	@Override
	public void dispose() {
		if (listener != null) {
			CurrentCase.get().removeListener(listener);
		}
		// A run nobody can see any more would only keep a core busy.
		if (job != null) {
			job.cancel();
			job = null;
		}
		super.dispose();
	}

	/** @return the case a run projects, or null while none is open */
	public Case getCase() {
		return current;
	}

	/** @return the heading naming the case */
	public String getHeadingText() {
		return heading.getText();
	}

	/** @return the result shown, or null when none is (before the first run, while running, after a cancel) */
	public MonteCarloResult getResult() {
		return result;
	}

	/** @return the fan chart shown, or null when no result is shown */
	public JFreeChart getChart() {
		return chart;
	}

	/** @return the running job, or null when none runs */
	public MonteCarloJob getJob() {
		return job;
	}

	/** @return the status line's text, e.g. "Avbrutt: ingen resultat." */
	public String getStatusText() {
		return status.getText();
	}

	/** @return the table of P10, P50 and P90 per year; empty when no result is shown */
	public Table getTable() {
		return table;
	}

	/**
	 * Sets the seed and number of draws, as a user would type them.
	 *
	 * @param seedValue  the seed, at least 0
	 * @param drawsValue the number of draws, at least 1
	 */
	public void setInputs(int seedValue, int drawsValue) {
		seed.setSelection(seedValue);
		draws.setSelection(drawsValue);
	}

	/** @return the Run button */
	public Button getRunButton() {
		return run;
	}

	/** @return the seed and the number of draws shown, as a new run would use them */
	public int[] getInputs() {
		return new int[] { seed.getSelection(), draws.getSelection() };
	}

	/** @return the Cancel button */
	public Button getCancelButton() {
		return cancel;
	}
}
