package no.avtalebenk.charts.ui.pivot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISelectionService;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.ui.CaseMessages;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.ui.MonteCarloView;
import no.avtalebenk.charts.ui.TableText;
import no.avtalebenk.data.export.CsvExport;
import no.avtalebenk.data.export.ExportTables;
import no.avtalebenk.data.export.XlsxExport;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.simulation.pivot.Dimension;
import no.avtalebenk.simulation.pivot.Member;
import no.avtalebenk.simulation.pivot.Pivot;
import no.avtalebenk.simulation.pivot.PivotTable;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * «Utbetalinger – pivot»: the payments of the {@link CurrentCase current case} under one scenario,
 * summed by unit, county, category or year ({@link Pivot}): rows by one or two dimensions, columns by
 * another, a total per row, per column and in all, every sum exact. The scenario is picked above the
 * table, or by selecting a {@link Scenario} anywhere in the workbench (the agreement editor's scenario
 * page); the counts are the agreement file's own, a data set of the case, or the reference data set
 * (per municipality and county, so that counties can be told apart). Projection and pivot run in a
 * job; a projection is kept while only the dimensions change. The table is copied (Ctrl+C, or the
 * button) as tab-separated text, the cells as shown, and exported as CSV or XLSX through
 * {@link ExportTables#pivot} (the format is in docs/pivot.md).
 */
public class PivotView extends ViewPart {

	/** The view's id. */
	public static final String ID = "no.avtalebenk.charts.ui.pivotView";

	/** The dimensions in the order the pickers list them. */
	private static final List<Dimension> DIMENSIONS = List.of(Dimension.CATEGORY, Dimension.COUNTY, Dimension.UNIT,
			Dimension.YEAR);

	/**
	 * What the pivot is made of.
	 *
	 * @param value    the case
	 * @param scenario the scenario's name
	 * @param data     the data set (null: the agreement file's own counts)
	 * @param rows     one or two row dimensions
	 * @param columns  the column dimension
	 */
	private record Request(Case value, String scenario, String data, List<Dimension> rows, Dimension columns) {
		boolean sameProjection(Request other) {
			return other != null && other.value == value && other.scenario.equals(scenario)
					&& Objects.equals(other.data, data);
		}
	}

	/** A projection kept for the next pivot of the same case, scenario and counts. */
	private record Projected(Request request, Case onData, PaymentResult result) {
	}

	private Label heading;
	private Combo scenario;
	private Combo data;
	private Combo rows;
	private Combo subRows;
	private Combo columns;
	private Button copyButton;
	private Button exportButton;
	private Label status;
	private Composite area;
	private StackLayout stack;
	private Label message;
	private Table table;

	private Case current;
	/** The data set names behind the entries of {@link #data}, null for the agreement file's own counts. */
	private final List<String> dataNames = new ArrayList<>();
	private Dimension rowDimension = Dimension.CATEGORY;
	private Dimension subRowDimension;
	private Dimension columnDimension = Dimension.YEAR;
	private PivotTable shown;
	private Projected shownProjection;
	private volatile Projected projected;
	/** Counts what the view was asked to show, so that a job finished late is not shown. */
	private long request;
	private Job job;
	private Consumer<CurrentCase.State> listener;
	private ISelectionListener selectionListener;

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 2;
		parent.setLayout(layout);
		heading = new Label(parent, SWT.NONE);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		createControls(parent);
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		area = new Composite(parent, SWT.NONE);
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		stack = new StackLayout();
		area.setLayout(stack);
		message = new Label(area, SWT.WRAP);
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.KeyDown, e -> {
			// Where no key binding takes Ctrl+C to the Copy command, the table copies itself.
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
				copy();
				e.doit = false;
			}
		});
		Action copy = new Action(Messages.PivotView_copy) {
			@Override
			public void run() {
				copy();
			}
		};
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		getViewSite().getActionBars().updateActionBars();
		setPartName(Messages.PivotView_partName);

		Display display = parent.getDisplay();
		CurrentCase cases = CurrentCase.get();
		listener = state -> display.asyncExec(() -> {
			if (!area.isDisposed()) {
				showCase(state);
			}
		});
		cases.addListener(listener);
		// A scenario selected anywhere (the agreement editor's scenario page) is the one shown.
		ISelectionService selections = getSite().getWorkbenchWindow().getSelectionService();
		selectionListener = this::selectionChanged;
		selections.addSelectionListener(selectionListener);
		showCase(cases.state());
		selectionChanged(null, selections.getSelection());
	}

	private void createControls(Composite parent) {
		// What is summed on one line, how it is laid out and what to do with it on the next.
		Composite what = row(parent, 4);
		new Label(what, SWT.NONE).setText(Messages.PivotView_scenario);
		scenario = new Combo(what, SWT.READ_ONLY);
		scenario.addListener(SWT.Selection, e -> compute());
		new Label(what, SWT.NONE).setText(Messages.PivotView_data);
		data = new Combo(what, SWT.READ_ONLY);
		data.addListener(SWT.Selection, e -> compute());
		Composite how = row(parent, 9);
		new Label(how, SWT.NONE).setText(Messages.PivotView_rows);
		rows = dimensionCombo(how, false);
		new Label(how, SWT.NONE).setText(Messages.PivotView_then);
		subRows = dimensionCombo(how, true);
		new Label(how, SWT.NONE).setText(Messages.PivotView_columns);
		columns = dimensionCombo(how, false);
		rows.addListener(SWT.Selection, e -> setDimensions(picked(rows), subRowDimension, columnDimension, rowDimension));
		subRows.addListener(SWT.Selection,
				e -> setDimensions(rowDimension, picked(subRows), columnDimension, subRowDimension));
		columns.addListener(SWT.Selection,
				e -> setDimensions(rowDimension, subRowDimension, picked(columns), columnDimension));
		Label filler = new Label(how, SWT.NONE);
		filler.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		copyButton = new Button(how, SWT.PUSH);
		copyButton.setText(Messages.PivotView_copy);
		copyButton.setToolTipText(Messages.PivotView_copyTip);
		copyButton.addListener(SWT.Selection, e -> copy());
		exportButton = new Button(how, SWT.PUSH);
		exportButton.setText(Messages.PivotView_export);
		exportButton.setToolTipText(Messages.PivotView_exportTip);
		exportButton.addListener(SWT.Selection, e -> exportAsked());
		showDimensions();
	}

	private static Composite row(Composite parent, int columns) {
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout layout = new GridLayout(columns, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		return row;
	}

	private static Combo dimensionCombo(Composite parent, boolean optional) {
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		if (optional) {
			combo.add(Messages.PivotView_none);
		}
		DIMENSIONS.forEach(d -> combo.add(Messages.name(d)));
		return combo;
	}

	/** @return the dimension a picker shows, or null for "–" */
	private static Dimension picked(Combo combo) {
		int index = combo.getSelectionIndex() - (combo.getItemCount() > DIMENSIONS.size() ? 1 : 0);
		return index < 0 ? null : DIMENSIONS.get(index);
	}

	/**
	 * Sets the dimensions as a user picks them in the three pickers; a dimension picked where another
	 * picker had it moves there the dimension it replaced, so that no dimension is used twice.
	 *
	 * @param first    the outer row dimension
	 * @param second   the inner row dimension, or null
	 * @param column   the column dimension
	 * @param replaced what the changed picker showed before
	 */
	private void setDimensions(Dimension first, Dimension second, Dimension column, Dimension replaced) {
		Dimension newFirst = first;
		Dimension newSecond = second;
		Dimension newColumn = column;
		// The picker that changed holds the new value; the one that had it before takes the old one.
		if (first != rowDimension) {
			if (first == subRowDimension) {
				newSecond = replaced;
			} else if (first == columnDimension) {
				newColumn = replaced;
			}
		} else if (second != subRowDimension) {
			if (second == rowDimension) {
				newFirst = replaced != null ? replaced : firstFree(second, columnDimension);
			} else if (second == columnDimension) {
				newColumn = replaced != null ? replaced : firstFree(rowDimension, second);
			}
		} else if (column != columnDimension) {
			if (column == rowDimension) {
				newFirst = replaced;
			} else if (column == subRowDimension) {
				newSecond = replaced;
			}
		}
		rowDimension = newFirst;
		subRowDimension = newSecond;
		columnDimension = newColumn;
		showDimensions();
		compute();
	}

	private static Dimension firstFree(Dimension a, Dimension b) {
		return DIMENSIONS.stream().filter(d -> d != a && d != b).findFirst().orElseThrow();
	}

	private void showDimensions() {
		rows.select(DIMENSIONS.indexOf(rowDimension));
		subRows.select(subRowDimension == null ? 0 : DIMENSIONS.indexOf(subRowDimension) + 1);
		columns.select(DIMENSIONS.indexOf(columnDimension));
	}

	private void showCase(CurrentCase.State state) {
		String folderName = state.folder().getFileName().toString();
		setPartName(Messages.PivotView_partName + ": " + folderName);
		setTitleToolTip(state.folder().toString());
		heading.setText(NLS.bind(Messages.PivotView_heading, folderName, state.folder()));
		switch (state) {
		case CurrentCase.Opening opening -> {
			current = null;
			showMessage(NLS.bind(Messages.PivotView_opening, state.folder()));
		}
		case CurrentCase.Failed failed -> {
			current = null;
			showMessage(NLS.bind(Messages.PivotView_failed, state.folder(), CaseMessages.describe(failed.error())));
		}
		case CurrentCase.Open open -> {
			current = open.value();
			fillPickers(open.value());
			compute();
		}
		}
	}

	/** Lists the case's scenarios (the baseline first) and counts, keeping what was picked when it is still there. */
	private void fillPickers(Case value) {
		String previousScenario = scenario.getSelectionIndex() >= 0 ? scenario.getText() : null;
		String previousData = data.getSelectionIndex() >= 0 ? dataNames.get(data.getSelectionIndex()) : null;
		scenario.removeAll();
		String baseline = value.baselineName();
		scenario.add(baseline);
		for (Scenario s : value.model().getScenarios()) {
			if (!s.getName().equals(baseline)) {
				scenario.add(s.getName());
			}
		}
		int index = previousScenario == null ? -1 : scenario.indexOf(previousScenario);
		scenario.select(Math.max(0, index));
		data.removeAll();
		dataNames.clear();
		data.add(Messages.PivotView_ownCounts);
		dataNames.add(null);
		for (Path dataSet : value.dataSets()) {
			data.add(dataSet.getFileName().toString());
			dataNames.add(dataSet.getFileName().toString());
		}
		data.add(Messages.PivotView_referenceData);
		dataNames.add(Case.REFERENCE);
		int dataIndex = dataNames.indexOf(previousData);
		data.select(Math.max(0, dataIndex));
		// The pickers' widths follow their longest entries.
		scenario.getParent().getParent().layout(true, true);
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection structured)
				|| !(structured.getFirstElement() instanceof Scenario picked) || picked.getName() == null
				|| scenario.isDisposed()) {
			return;
		}
		int index = scenario.indexOf(picked.getName());
		if (index < 0) {
			if (current != null) {
				status.setText(NLS.bind(Messages.PivotView_scenarioNotInCase, picked.getName(), scenario.getText()));
			}
			return;
		}
		if (index != scenario.getSelectionIndex()) {
			scenario.select(index);
			compute();
		}
	}

	/** Projects (unless the projection is kept) and pivots in a job what the pickers show. */
	private void compute() {
		if (current == null || scenario.getSelectionIndex() < 0 || data.getSelectionIndex() < 0) {
			return;
		}
		List<Dimension> rowDimensions = subRowDimension == null ? List.of(rowDimension)
				: List.of(rowDimension, subRowDimension);
		Request asked = new Request(current, scenario.getText(), dataNames.get(data.getSelectionIndex()), rowDimensions,
				columnDimension);
		long number = ++request;
		if (job != null) {
			job.cancel();
		}
		status.setText(Messages.PivotView_computing);
		Display display = area.getDisplay();
		Job started = Job.create(NLS.bind(Messages.PivotView_jobName, current.folder().getFileName()),
				(IProgressMonitor monitor) -> {
					monitor.beginTask(Messages.PivotView_computing, 2);
					PivotTable pivot;
					Projected made;
					try {
						Projected kept = projected;
						if (kept != null && kept.request().sameProjection(asked)) {
							made = kept;
						} else {
							Case onData = asked.value().withData(asked.data());
							made = new Projected(asked, onData,
									onData.project(onData.projection(null), onData.scenario(asked.scenario())));
						}
						monitor.worked(1);
						if (monitor.isCanceled()) {
							return Status.CANCEL_STATUS;
						}
						pivot = Pivot.of(made.result(), made.onData().model(), asked.rows(), asked.columns());
						monitor.worked(1);
					} catch (CaseException | RuntimeException e) {
						String why = e instanceof CaseException error ? CaseMessages.describe(error)
								: String.valueOf(e.getMessage());
						display.asyncExec(() -> {
							if (number == request && !area.isDisposed()) {
								showMessage(NLS.bind(Messages.PivotView_computeFailed, why));
							}
						});
						return Status.OK_STATUS;
					} finally {
						monitor.done();
					}
					projected = made;
					display.asyncExec(() -> {
						if (number == request && !area.isDisposed()) {
							showTable(made, pivot);
						}
					});
					return Status.OK_STATUS;
				});
		job = started;
		started.schedule();
	}

	private void showMessage(String text) {
		// A job still running was asked for what is no longer shown.
		request++;
		shown = null;
		shownProjection = null;
		table.removeAll();
		message.setText(text);
		status.setText("");
		stack.topControl = message;
		copyButton.setEnabled(false);
		exportButton.setEnabled(false);
		area.layout(true, true);
	}

	private void showTable(Projected made, PivotTable pivot) {
		shown = pivot;
		shownProjection = made;
		Case value = made.onData();
		heading.setText(NLS.bind(Messages.PivotView_headingResult,
				new Object[] { value.folder().getFileName(), value.folder(), made.request().scenario(),
						data.getText() }));
		NumberStyle style = numberStyle();
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			for (Dimension dimension : pivot.rowDimensions()) {
				new TableColumn(table, SWT.LEFT).setText(Messages.name(dimension));
			}
			for (Member member : pivot.columns()) {
				new TableColumn(table, SWT.RIGHT).setText(member.label());
			}
			new TableColumn(table, SWT.RIGHT).setText(Messages.PivotView_total);
			for (PivotTable.Row row : pivot.rows()) {
				List<String> cells = new ArrayList<>();
				row.members().forEach(m -> cells.add(m.label()));
				row.amounts().forEach(a -> cells.add(a == null ? "" : style.money(a)));
				cells.add(style.money(row.total()));
				new TableItem(table, SWT.NONE).setText(cells.toArray(String[]::new));
			}
			List<String> totals = new ArrayList<>();
			totals.add(Messages.PivotView_total);
			for (int i = 1; i < pivot.rowDimensions().size(); i++) {
				totals.add("");
			}
			pivot.columnTotals().forEach(a -> totals.add(style.money(a)));
			totals.add(style.money(pivot.total()));
			TableItem totalItem = new TableItem(table, SWT.NONE);
			totalItem.setText(totals.toArray(String[]::new));
			totalItem.setFont(bold());
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		} finally {
			table.setRedraw(true);
		}
		status.setText(NLS.bind(Messages.PivotView_shown, pivot.rows().size()));
		stack.topControl = table;
		copyButton.setEnabled(true);
		exportButton.setEnabled(true);
		area.layout(true, true);
	}

	private static Font bold() {
		return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
	}

	/** Copies the table, with its headers, to the clipboard as tab-separated text. */
	public void copy() {
		if (shown == null) {
			return;
		}
		TableText.copy(table);
	}

	/** @return the table as tab-separated text: the headers, then a line per row, the cells as shown */
	public String tabSeparated() {
		return TableText.tabSeparated(table);
	}

	private void exportAsked() {
		if (shown == null) {
			return;
		}
		FileDialog dialog = new FileDialog(exportButton.getShell(), SWT.SAVE);
		dialog.setText(Messages.PivotView_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.csv", "*.xlsx" });
		dialog.setFilterNames(new String[] { Messages.PivotView_csvFilter, Messages.PivotView_xlsxFilter });
		dialog.setFileName("utbetalinger-pivot.csv");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			export(Path.of(chosen));
		} catch (IOException | IllegalArgumentException e) {
			MessageDialog.openError(exportButton.getShell(), Messages.PivotView_exportTitle,
					NLS.bind(Messages.PivotView_exportFailed, chosen, e.getMessage()));
		}
	}

	/**
	 * Writes the pivot shown as CSV or XLSX, by the file's ending, in one step: a failed write leaves a
	 * file that was there before unchanged.
	 *
	 * @param file a .csv or .xlsx file
	 * @throws IOException              when it cannot be written
	 * @throws IllegalArgumentException when the file ends neither in .csv nor .xlsx
	 */
	public void export(Path file) throws IOException {
		PivotTable pivot = shown;
		if (pivot == null) {
			return;
		}
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			CsvExport.write(ExportTables.pivot(pivot), file);
		} else if (name.endsWith(".xlsx")) {
			XlsxExport.write(ExportTables.pivot(pivot), file);
		} else {
			throw new IllegalArgumentException(NLS.bind(Messages.PivotView_exportType, file.getFileName()));
		}
		status.setText(NLS.bind(Messages.PivotView_exported, file));
	}

	/** @return the number style of the user's settings; Norwegian when none or an unknown one is set */
	private static NumberStyle numberStyle() {
		String name = Platform.getPreferencesService().getString(MonteCarloView.PREFERENCES, MonteCarloView.NUMBER_STYLE_PREFERENCE,
				NumberStyle.NORWEGIAN.name(), null);
		try {
			return NumberStyle.valueOf(name);
		} catch (IllegalArgumentException e) {
			return NumberStyle.NORWEGIAN;
		}
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		if (listener != null) {
			CurrentCase.get().removeListener(listener);
		}
		if (selectionListener != null) {
			getSite().getWorkbenchWindow().getSelectionService().removeSelectionListener(selectionListener);
		}
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}

	/** @return the case whose payments are shown, or null when none are (opening, failed, computing the first) */
	public Case getCase() {
		return shownProjection == null ? null : shownProjection.request().value();
	}

	/** @return the pivot shown, or null */
	public PivotTable getPivot() {
		return shown;
	}

	/** @return the table: a row per row of the pivot, then the totals row */
	public Table getTable() {
		return table;
	}

	/** @return the scenario picker */
	public Combo getScenarioCombo() {
		return scenario;
	}

	/** @return the counts picker: the agreement file's own counts, the case's data sets, the reference data set */
	public Combo getDataCombo() {
		return data;
	}

	/** @return the outer rows' dimension picker */
	public Combo getRowsCombo() {
		return rows;
	}

	/** @return the inner rows' dimension picker ("–" for none) */
	public Combo getSubRowsCombo() {
		return subRows;
	}

	/** @return the columns' dimension picker */
	public Combo getColumnsCombo() {
		return columns;
	}

	/** @return the running or last job, or null */
	public Job getJob() {
		return job;
	}

	/** @return the heading naming the case, the scenario and the counts */
	public String getHeadingText() {
		return heading.getText();
	}

	/** @return the status line, e.g. the number of rows */
	public String getStatusText() {
		return status.getText();
	}

	/** @return the message shown instead of the table, or null when the table is shown */
	public String getMessageText() {
		return stack.topControl == message ? message.getText() : null;
	}
}
