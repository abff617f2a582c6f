package no.avtalebenk.charts.ui.whatif;

import java.awt.Font;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.category.DefaultCategoryDataset;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.whatif.WhatIf;
import no.avtalebenk.cases.whatif.WhatIfResult;
import no.avtalebenk.cases.whatif.WhatIfYear;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.CategoryBars;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.labels.Labels;

/**
 * The live what-if of a scenario being edited: a compact table with, per year, the scenario's total,
 * its base scenario's, the difference, the agreed amount and the gap to it, and beside it a bar chart
 * of the scenario against its base per year or per category of a year. The figures come from
 * {@link WhatIf} (the compiled formulas); the panel computes nothing itself.
 * <p>
 * The scenario editor calls {@link #show} on the UI thread after every edit. The edited model's
 * scenarios and agreements are copied there ({@link WhatIf#snapshot}), the totals are computed in a
 * job, and a burst of edits is coalesced: an edit made while an earlier one is computed supersedes
 * any that waits, and only the newest result is drawn. A scenario that cannot be computed (an unknown
 * rate, a missing count) shows its error in the panel instead of figures. After each redraw, once table
 * and chart have painted, the {@link #addUpdateListener update listeners} run.
 */
public class WhatIfPanel {

	/** The table's columns after the year, in order. */
	public enum Column {
		/** The scenario's total. */
		SCENARIO,
		/** The base scenario's total. */
		BASE,
		/** The scenario's total minus the base's. */
		DIFFERENCE,
		/** The agreed amount for the year (empty when the agreement states none). */
		AGREED,
		/** The scenario's total minus the agreed amount (empty without one). */
		GAP
	}

	/** One call of {@link #show}: what to compute, with the model copied on the UI thread. */
	private record Request(long id, Case aCase, AgreementModel snapshot, String scenario) {
	}

	private final Composite root;
	private final Label heading;
	private final Composite area;
	private final StackLayout stack;
	private final Label message;
	private final Composite figures;
	private final Table table;
	private final Combo chartChoice;
	private final ChartComposite chartComposite;
	private final List<Runnable> updateListeners = new CopyOnWriteArrayList<>();
	private final Job job;

	/** How long the update listeners wait for a paint at most. */
	private static final int PAINT_WAIT_MS = 250;
	/** Whether a redraw waits for the table's and the chart's paint (UI thread). */
	private boolean tableToPaint;
	private boolean chartToPaint;
	/** Counts the redraws, so that a late timer of an earlier one does nothing. */
	private long paints;

	/** The newest request not yet taken by the job; guarded by {@code this}. */
	private Request waiting;
	/** The id of the newest request; only its result is drawn (UI thread). */
	private long newest;
	/** The what-if of the case last shown, reused while the case stays the same; used by the job only. */
	private WhatIf whatIf;

	private Case shownCase;
	private WhatIfResult shown;
	private JFreeChart chart;
	/** What the chart shows. */
	private CategoryBars chartData;
	/** The title's font as the renderer sets it, kept when only the title's text changes. */
	private Font titleFont;
	private String error;

	/**
	 * @param parent where the panel goes; it fills a composite of its own there
	 */
	public WhatIfPanel(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		root.setLayout(layout);
		heading = new Label(root, SWT.NONE);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		area = new Composite(root, SWT.NONE);
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		stack = new StackLayout();
		area.setLayout(stack);
		message = new Label(area, SWT.WRAP);
		message.setText(Messages.WhatIf_empty);
		figures = new Composite(area, SWT.NONE);
		GridLayout figuresLayout = new GridLayout(2, false);
		figuresLayout.marginWidth = 0;
		figuresLayout.marginHeight = 0;
		figures.setLayout(figuresLayout);

		// Table and choice of chart above, the chart below filling the rest: fits a page beside a form
		// as well as a wide one.
		table = new Table(figures, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false, 2, 1));
		String[] headers = { Messages.WhatIf_columnYear, Messages.WhatIf_columnScenario, Messages.WhatIf_columnBase,
				Messages.WhatIf_columnDifference, Messages.WhatIf_columnAgreed, Messages.WhatIf_columnGap };
		for (int i = 0; i < headers.length; i++) {
			new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT).setText(headers[i]);
		}
		new Label(figures, SWT.NONE).setText(Messages.WhatIf_chartLabel);
		chartChoice = new Combo(figures, SWT.READ_ONLY);
		chartChoice.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		chartChoice.addListener(SWT.Selection, e -> {
			if (shown != null) {
				drawChart();
				paintNow();
			}
		});
		chartComposite = new ChartComposite(figures, SWT.NONE, null, true);
		GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		chartData.minimumWidth = 240;
		chartData.minimumHeight = 160;
		chartComposite.setLayoutData(chartData);
		stack.topControl = message;
		table.addListener(SWT.Paint, e -> painted(true));
		// the chart composite draws on a canvas inside it; its own paint listener came first
		for (Control canvas : chartComposite.getChildren()) {
			canvas.addListener(SWT.Paint, e -> painted(false));
		}

		Display display = parent.getDisplay();
		job = new Job(Messages.WhatIf_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Request request;
				// Take the newest request until none waits: older ones were superseded when they were replaced.
				while (!monitor.isCanceled() && (request = take()) != null) {
					Request computed = request;
					Object outcome = compute(computed);
					display.asyncExec(() -> {
						if (!root.isDisposed() && computed.id() == newest) {
							if (outcome instanceof WhatIfResult result) {
								showResult(computed.aCase(), result);
							} else {
								showError(computed.scenario(), (String) outcome);
							}
						}
					});
				}
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		root.addListener(SWT.Dispose, e -> job.cancel());
	}

	/** @return the panel's top composite, to lay out in the parent */
	public Control getControl() {
		return root;
	}

	/**
	 * Shows a scenario of an edited model: copies what the computation reads, computes in a job and
	 * redraws when done, unless a newer call came meanwhile. Call on the UI thread after every edit.
	 *
	 * @param aCase        the case (formulas, baseline counts, years)
	 * @param edited       the agreement model as edited, saved or not
	 * @param scenarioName the scenario to show, or null for the baseline
	 */
	public void show(Case aCase, AgreementModel edited, String scenarioName) {
		AgreementModel snapshot = WhatIf.snapshot(edited);
		Request request = new Request(++newest, aCase, snapshot, scenarioName);
		if (shown == null && error == null) {
			message.setText(Messages.WhatIf_computing);
		}
		synchronized (this) {
			waiting = request;
		}
		// A job scheduled while it runs runs again when it ends; the loop in it takes the newest request.
		job.schedule();
	}

	/**
	 * @param afterRedraw runs on the UI thread after every redraw of the figures, once table and chart
	 *                    have been painted (at once while the panel is hidden), and after an error is
	 *                    shown
	 */
	public void addUpdateListener(Runnable afterRedraw) {
		updateListeners.add(afterRedraw);
	}

	/** @param afterRedraw a listener added before */
	public void removeUpdateListener(Runnable afterRedraw) {
		updateListeners.remove(afterRedraw);
	}

	private synchronized Request take() {
		Request request = waiting;
		waiting = null;
		return request;
	}

	/** The result, or the text of what went wrong. Runs in the job. */
	private Object compute(Request request) {
		try {
			if (whatIf == null || whatIf.getCase() != request.aCase()) {
				whatIf = new WhatIf(request.aCase());
			}
			return whatIf.compute(request.snapshot(), request.scenario());
		} catch (CaseException e) {
			return e.getMessage();
		} catch (RuntimeException e) {
			return String.valueOf(e.getMessage() == null ? e : e.getMessage());
		}
	}

	private void showResult(Case aCase, WhatIfResult result) {
		boolean sameYears = shown != null && shown.years().size() == result.years().size();
		shownCase = aCase;
		shown = result;
		error = null;
		String period = years(result);
		heading.setText(result.scenario().equals(result.base())
				? NLS.bind(Messages.WhatIf_headingBaseline, result.scenario(), period)
				: NLS.bind(Messages.WhatIf_heading, new Object[] { result.scenario(), result.base(), period }));
		fillTable(result);
		if (!sameYears || chartChoice.getItemCount() == 0) {
			int chosen = Math.max(chartChoice.getSelectionIndex(), 0);
			chartChoice.removeAll();
			chartChoice.add(Messages.WhatIf_byYear);
			for (WhatIfYear year : result.years()) {
				chartChoice.add(NLS.bind(Messages.WhatIf_byCategory, Integer.toString(year.year())));
			}
			chartChoice.select(Math.min(chosen, chartChoice.getItemCount() - 1));
			figures.layout(true);
		}
		drawChart();
		if (stack.topControl != figures) {
			stack.topControl = figures;
			area.layout(true, true);
		}
		paintNow();
	}

	private static String years(WhatIfResult result) {
		List<WhatIfYear> years = result.years();
		return years.isEmpty() ? ""
				: years.get(0).year() + (years.size() == 1 ? "" : "\u2013" + years.get(years.size() - 1).year());
	}

	private void showError(String scenario, String text) {
		shown = null;
		shownCase = null;
		error = text;
		heading.setText("");
		message.setText(NLS.bind(Messages.WhatIf_failed, scenario == null ? "" : scenario, text));
		stack.topControl = message;
		area.layout(true, true);
		paintNow();
	}

	private void fillTable(WhatIfResult result) {
		table.setRedraw(false);
		try {
			int rows = result.years().size();
			while (table.getItemCount() > rows) {
				table.getItem(table.getItemCount() - 1).dispose();
			}
			while (table.getItemCount() < rows) {
				new TableItem(table, SWT.NONE);
			}
			for (int r = 0; r < rows; r++) {
				WhatIfYear year = result.years().get(r);
				table.getItem(r).setText(new String[] { Integer.toString(year.year()), money(year.scenario()),
						money(year.base()), signed(year.difference()), year.agreed() == null ? "" : money(year.agreed()),
						year.gap() == null ? "" : signed(year.gap()) });
			}
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		} finally {
			table.setRedraw(true);
		}
		// the columns' widths follow the amounts; the table's size only when a column grew or shrank
		if (!table.getSize().equals(table.computeSize(SWT.DEFAULT, SWT.DEFAULT))) {
			figures.layout(true);
		}
	}

	private void drawChart() {
		WhatIfResult result = shown;
		int choice = Math.max(chartChoice.getSelectionIndex(), 0);
		boolean baseline = result.scenario().equals(result.base());
		List<String> series = baseline ? List.of(result.scenario()) : List.of(result.scenario(), result.base());
		List<String> groups = new ArrayList<>();
		List<BigDecimal> scenarioValues = new ArrayList<>();
		List<BigDecimal> baseValues = new ArrayList<>();
		String title;
		if (choice == 0) {
			for (WhatIfYear year : result.years()) {
				groups.add(Integer.toString(year.year()));
				scenarioValues.add(year.scenario());
				baseValues.add(year.base());
			}
			title = baseline ? NLS.bind(Messages.WhatIf_chartBaselineByYear, result.scenario())
					: NLS.bind(Messages.WhatIf_chartByYear, result.scenario(), result.base());
		} else {
			WhatIfYear year = result.years().get(choice - 1);
			UnaryOperator<String> label = Labels.categories(shownCase.model());
			for (String category : result.categories()) {
				groups.add(label.apply(category));
				scenarioValues.add(year.scenarioByCategory().get(category));
				baseValues.add(year.baseByCategory().get(category));
			}
			String y = Integer.toString(year.year());
			title = baseline ? NLS.bind(Messages.WhatIf_chartBaselineByCategory, result.scenario(), y)
					: NLS.bind(Messages.WhatIf_chartByCategory, new Object[] { result.scenario(), result.base(), y });
		}
		List<List<BigDecimal>> values = baseline ? List.of(scenarioValues) : List.of(scenarioValues, baseValues);
		CategoryBars bars = new CategoryBars(title, "NOK", series, groups, values);
		if (chart != null && chartData != null && chartData.series().equals(series)
				&& chartData.categories().equals(groups) && chart.getCategoryPlot().getDataset() instanceof DefaultCategoryDataset dataset) {
			// The same bars with new heights, the usual case after an edit: the chart is kept and
			// told of the change once, and redraws itself.
			chart.setNotify(false);
			for (int s = 0; s < series.size(); s++) {
				for (int g = 0; g < groups.size(); g++) {
					dataset.setValue(values.get(s).get(g), series.get(s), groups.get(g));
				}
			}
			chart.setTitle(title);
			chart.getTitle().setFont(titleFont);
			chart.setNotify(true);
		} else {
			chart = ChartRenderer.render(bars, NumberStyle.NORWEGIAN);
			titleFont = chart.getTitle().getFont();
			chartComposite.setChart(chart);
			// setChart alone neither draws the new chart anew nor asks for a paint
			chartComposite.chartChanged(new ChartChangeEvent(chart));
		}
		chartData = bars;
	}

	/**
	 * Asks table and chart to paint now and runs the update listeners once both have painted, so
	 * that they run when the user can see the figures. (GTK 3 paints on its frame clock, not at
	 * {@code update()}.) When the panel is hidden no paint comes, and they run at once; should a
	 * paint not come for another reason, they run after {@value #PAINT_WAIT_MS} ms.
	 */
	private void paintNow() {
		table.update();
		for (Control child : chartComposite.getChildren()) {
			child.update();
		}
		if (stack.topControl == figures && table.isVisible() && chartComposite.isVisible()) {
			tableToPaint = true;
			chartToPaint = true;
			long painting = ++paints;
			root.getDisplay().timerExec(PAINT_WAIT_MS, () -> {
				if (!root.isDisposed() && paints == painting && (tableToPaint || chartToPaint)) {
					tableToPaint = false;
					chartToPaint = false;
					notifyUpdated();
				}
			});
		} else {
			message.update();
			notifyUpdated();
		}
	}

	/** A paint of the table or the chart's canvas: the listeners run after the paint of both. */
	private void painted(boolean ofTable) {
		if (!tableToPaint && !chartToPaint) {
			return;
		}
		if (ofTable) {
			tableToPaint = false;
		} else {
			chartToPaint = false;
		}
		if (!tableToPaint && !chartToPaint) {
			notifyUpdated();
		}
	}

	private void notifyUpdated() {
		for (Runnable listener : updateListeners) {
			listener.run();
		}
	}

	private static String money(BigDecimal amount) {
		return NumberStyle.NORWEGIAN.money(amount);
	}

	/** A change with its sign, as the comparison view writes it: "+25 963 382,14 kr", "-323 406,15 kr". */
	private static String signed(BigDecimal change) {
		String text = NumberStyle.NORWEGIAN.money(change);
		return change.signum() > 0 && !text.startsWith("0,00") ? "+" + text : text;
	}

	/** @return the figures shown, or null while none are (before the first result, or an error) */
	public WhatIfResult getResult() {
		return shown;
	}

	/** @return the heading over the figures, naming scenario, base and years */
	public String getHeadingText() {
		return heading.getText();
	}

	/** @return the message shown instead of figures (an error, or a scenario still to come), or null */
	public String getMessageText() {
		return stack.topControl == message ? message.getText() : null;
	}

	/**
	 * @param year   a year of the shown figures
	 * @param column a column
	 * @return the cell's text as shown, e.g. "199 713 211,71 kr"
	 * @throws IllegalArgumentException when the year is not shown
	 */
	public String getText(int year, Column column) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(Integer.toString(year))) {
				return item.getText(column.ordinal() + 1);
			}
		}
		throw new IllegalArgumentException("the what-if shows no year " + year);
	}

	/** @return the table: a row per year, the year first, then the {@link Column columns} */
	public Table getTable() {
		return table;
	}

	/** @return the chart shown, or null when no figures are shown */
	public JFreeChart getChart() {
		return shown == null ? null : chart;
	}

	/** @return the chart's choices: per year, then per category of each year */
	public Combo getChartChoice() {
		return chartChoice;
	}

	/** @return the composite the chart is drawn in (on a canvas inside it) */
	public ChartComposite getChartComposite() {
		return chartComposite;
	}
}
