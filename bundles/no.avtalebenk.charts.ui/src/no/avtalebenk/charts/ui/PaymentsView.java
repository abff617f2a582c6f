package no.avtalebenk.charts.ui;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.swt.ChartComposite;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.ui.CaseView;
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
public class PaymentsView extends CaseView {

	/** The view's id. */
	public static final String ID = "no.avtalebenk.charts.ui.paymentsView";
	/** The table's row of yearly totals, «Sum» in bokmål. */
	public static final String TOTAL_ROW = Messages.Payments_total;

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
		followCurrentCase(area);
	}

	@Override
	protected String partName() {
		return Messages.Payments_partName;
	}

	@Override
	protected void showOpening(Path folder) {
		heading.setText(heading(folder));
		showMessage(openingMessage(folder));
	}

	@Override
	protected void showFailed(Path folder, CaseException error) {
		heading.setText(heading(folder));
		showMessage(failedMessage(folder, error));
	}

	/** Projects the baseline in a job and shows it, unless the view was asked to show something else meanwhile. */
	@Override
	protected void showOpen(Case value, long asked) {
		compute(NLS.bind(Messages.Payments_job, value.folder().getFileName()), true, asked, area,
				() -> value.project(value.projection(null), value.scenario(null)),
				projected -> showResult(value, projected), e -> {
					heading.setText(headingOf(value));
					showMessage(NLS.bind(Messages.Payments_notComputed, value.folder(), describe(e)));
				});
	}

	private static String headingOf(Case value) {
		return NLS.bind(Messages.Payments_heading, new Object[] { value.folder().getFileName(), value.folder(),
				value.baselineName(), value.years().get(0), value.years().get(value.years().size() - 1) })
				+ countsOf(value);
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
		PaymentResult titled = new PaymentResult(NLS.bind(Messages.Payments_chartTitle, value.folder().getFileName()),
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
			new TableColumn(table, SWT.LEFT).setText(Messages.Payments_category);
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
	 * @return the table of amounts: a row per category, by its name, and the {@link #TOTAL_ROW} row, a
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
