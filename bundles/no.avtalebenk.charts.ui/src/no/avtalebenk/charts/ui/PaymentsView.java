package no.avtalebenk.charts.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.swt.ChartComposite;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.ui.CaseMessages;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.PaymentChartData;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Shows the baseline payments of the workbench's {@link CurrentCase current case} per category (by its
 * name in the agreement file) and year:
 * a bar chart, and beside it a table of the amounts with the yearly totals. The figures come from the
 * case's projection; the view computes nothing itself. It follows the current case: when another case
 * is opened, or a file of the case is saved, the figures are projected anew in a job and replace the
 * old ones; a case that cannot be opened shows why instead of figures.
 */
public class PaymentsView extends ViewPart {

	/** The view's id. */
	public static final String ID = "no.avtalebenk.charts.ui.paymentsView";
	/** The table's row of yearly totals. */
	public static final String TOTAL_ROW = "Sum";

	private static final String PART_NAME = "Vederlag";

	private Label heading;
	private Composite area;
	private StackLayout stack;
	private Label message;
	private Composite figures;
	private ChartComposite chartComposite;
	private Table table;

	private Case shownCase;
	private PaymentResult result;
	private JFreeChart chart;
	/** Counts what the view was asked to show, so that a projection finished late is not shown. */
	private long shown;
	private Consumer<CurrentCase.State> listener;

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, ID); // F1: context help of the same id
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 2;
		parent.setLayout(layout);
		heading = new Label(parent, SWT.NONE);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		area = new Composite(parent, SWT.NONE);
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		stack = new StackLayout();
		area.setLayout(stack);
		message = new Label(area, SWT.WRAP);
		figures = new Composite(area, SWT.NONE);
		GridLayout figuresLayout = new GridLayout(2, false);
		figuresLayout.marginWidth = 0;
		figuresLayout.marginHeight = 0;
		figures.setLayout(figuresLayout);
		chartComposite = new ChartComposite(figures, SWT.NONE, null, true);
		chartComposite.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table = new Table(figures, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.END, SWT.BEGINNING, false, false));

		Display display = parent.getDisplay();
		CurrentCase current = CurrentCase.get();
		listener = state -> display.asyncExec(() -> {
			if (!area.isDisposed()) {
				show(state);
			}
		});
		current.addListener(listener);
		show(current.state());
	}

	private void show(CurrentCase.State state) {
		long request = ++shown;
		String folderName = state.folder().getFileName().toString();
		setPartName(PART_NAME + ": " + folderName);
		setTitleToolTip(state.folder().toString());
		switch (state) {
		case CurrentCase.Opening opening -> {
			heading.setText("Sak: " + folderName + " (" + state.folder() + ")");
			showMessage("Åpner saken i " + state.folder() + " …");
		}
		case CurrentCase.Failed failed -> {
			heading.setText("Sak: " + folderName + " (" + state.folder() + ")");
			showMessage("Saken i " + state.folder() + " kan ikke åpnes, så ingen tall vises:\n\n"
					+ CaseMessages.describe(failed.error())
					+ "\n\nRett feilen (Avtalebenk › Åpne sakens formelfil), eller åpne en annen sak (Avtalebenk › Åpne sak…).");
		}
		case CurrentCase.Open open -> project(open.value(), request);
		}
	}

	/** Projects the baseline in a job and shows it, unless the view was asked to show something else meanwhile. */
	private void project(Case value, long request) {
		Display display = area.getDisplay();
		Job job = Job.create("Vederlag for saken " + value.folder().getFileName(), monitor -> {
			PaymentResult projected;
			try {
				projected = value.project(value.projection(null), value.scenario(null));
			} catch (CaseException | RuntimeException e) {
				display.asyncExec(() -> {
					if (request == shown && !area.isDisposed()) {
						heading.setText(headingOf(value));
						showMessage("Saken i " + value.folder() + " kan ikke beregnes:\n\n"
								+ (e instanceof CaseException error ? CaseMessages.describe(error) : String.valueOf(e.getMessage())));
					}
				});
				return Status.OK_STATUS;
			}
			display.asyncExec(() -> {
				if (request == shown && !area.isDisposed()) {
					showResult(value, projected);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private static String headingOf(Case value) {
		return "Sak: " + value.folder().getFileName() + " (" + value.folder() + "), grunnlaget «" + value.baselineName()
				+ "», " + value.years().get(0) + "–" + value.years().get(value.years().size() - 1);
	}

	private void showMessage(String text) {
		shownCase = null;
		result = null;
		chart = null;
		chartComposite.setChart(null);
		table.removeAll();
		message.setText(text);
		stack.topControl = message;
		area.layout(true, true);
	}

	private void showResult(Case value, PaymentResult projected) {
		shownCase = value;
		result = projected;
		heading.setText(headingOf(value));
		// The chart names the case in the user's words; the result's own title is the engine's, in English.
		PaymentResult titled = new PaymentResult(value.folder().getFileName() + ": vederlag per kategori og år",
				projected.cells(), projected.categories(), projected.years());
		UnaryOperator<String> category = Labels.categories(value.model());
		chart = ChartRenderer.render(PaymentChartData.byCategoryAndYear(titled, category), NumberStyle.NORWEGIAN);
		// Beside the table the chart is narrow: the agreement's long category names would wrap inside
		// words, so they are slanted here (the table beside the chart gives them in full).
		chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		chartComposite.setChart(chart);
		fillTable(projected, category);
		stack.topControl = figures;
		area.layout(true, true);
		chartComposite.forceRedraw();
	}

	private void fillTable(PaymentResult projected, UnaryOperator<String> category) {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			new TableColumn(table, SWT.LEFT).setText("Kategori");
			for (int year : projected.years()) {
				new TableColumn(table, SWT.RIGHT).setText(Integer.toString(year));
			}
			for (String id : projected.categories()) {
				row(category.apply(id), projected.years().stream().map(year -> projected.amount(id, year)).toList());
			}
			row(TOTAL_ROW, projected.years().stream().map(projected::total).toList());
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		} finally {
			table.setRedraw(true);
		}
	}

	private void row(String label, List<BigDecimal> amounts) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(0, label);
		for (int i = 0; i < amounts.size(); i++) {
			item.setText(i + 1, NumberStyle.NORWEGIAN.money(amounts.get(i)));
		}
	}

	@Override
	public void setFocus() {
		area.setFocus();
	}

	@Override
	public void dispose() {
		if (listener != null) {
			CurrentCase.get().removeListener(listener);
		}
		super.dispose();
	}

	/** @return the case whose payments are shown, or null when none are (opening, failed) */
	public Case getCase() {
		return shownCase;
	}

	/** @return the payments shown, or null when none are */
	public PaymentResult getResult() {
		return result;
	}

	/** @return the chart shown, or null when no payments are shown */
	public JFreeChart getChart() {
		return chart;
	}

	/**
	 * @return the table of amounts: a row per category, by its name, and the {@value #TOTAL_ROW} row, a
	 *         column per year
	 */
	public Table getTable() {
		return table;
	}

	/** @return the heading naming the case */
	public String getHeadingText() {
		return heading.getText();
	}

	/** @return the message shown instead of figures, or null when figures are shown */
	public String getMessageText() {
		return stack.topControl == message ? message.getText() : null;
	}
}
