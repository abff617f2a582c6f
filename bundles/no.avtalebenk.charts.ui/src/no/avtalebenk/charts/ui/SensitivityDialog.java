package no.avtalebenk.charts.ui;

import java.math.BigDecimal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import no.avtalebenk.cases.Case;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.AnalysisChartData;
import no.avtalebenk.simulation.analysis.Sensitivity;

/**
 * «Følsomhet»: one input at a time (every rate, every category's counts, every index's step) moved to
 * both ends of its range, with the year's total of the case's baseline at each end. The run is a
 * {@link SensitivityJob} with progress and cancel; its result is shown as a tornado chart, widest
 * swing first, and as a table of the bars.
 */
public final class SensitivityDialog extends JobDialog<SensitivityJob> {

	/** The dialog's title, as the menu names it. */
	public static final String TITLE = "Følsomhet";

	/** Ranges are typed in per cent with one decimal: 100 is ±10,0 %. */
	private static final int DIGITS = 1;

	private Combo year;
	private Spinner rates;
	private Spinner counts;
	private Spinner index;
	private ChartComposite chartComposite;
	private Table table;
	private Sensitivity.Result result;
	private JFreeChart chart;

	/**
	 * @param parent the window
	 * @param value  the case, whose baseline is measured
	 */
	public SensitivityDialog(Shell parent, Case value) {
		super(parent, value, TITLE);
	}

	@Override
	protected Point getInitialSize() {
		return new Point(1000, 800);
	}

	@Override
	void createInputs(Composite parent) {
		Composite inputs = new Composite(parent, SWT.NONE);
		inputs.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		inputs.setLayout(new GridLayout(8, false));
		new Label(inputs, SWT.NONE).setText("År:");
		year = new Combo(inputs, SWT.READ_ONLY);
		for (int y : value.years()) {
			year.add(Integer.toString(y));
		}
		year.select(0);
		rates = range(inputs, "Satser ± %:", SensitivityJob.RATES);
		counts = range(inputs, "Antall ± %:", SensitivityJob.COUNTS);
		index = range(inputs, "Indekssteg ± %:", SensitivityJob.INDEX);
	}

	private static Spinner range(Composite parent, String label, BigDecimal fraction) {
		new Label(parent, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		// per cent with one decimal, below 100 %: a factor must stay above zero
		spinner.setValues(fraction.movePointRight(2 + DIGITS).intValueExact(), 0, 999, DIGITS, 5, 50);
		return spinner;
	}

	private static BigDecimal fraction(Spinner spinner) {
		return BigDecimal.valueOf(spinner.getSelection()).movePointLeft(2 + DIGITS).stripTrailingZeros();
	}

	@Override
	void createResult(Composite parent) {
		SashForm result = new SashForm(parent, SWT.VERTICAL);
		result.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chartComposite = new ChartComposite(result, SWT.NONE, null, true);
		table = new Table(result, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] headers = { "Inndata", "Type", "Lav faktor", "Høy faktor", "Sum ved lav", "Sum ved høy", "Utslag" };
		for (int i = 0; i < headers.length; i++) {
			new TableColumn(table, i < 2 ? SWT.LEFT : SWT.RIGHT).setText(headers[i]);
		}
		result.setWeights(60, 40);
	}

	@Override
	SensitivityJob createJob() {
		return new SensitivityJob(value, value.years().get(year.getSelectionIndex()), fraction(rates), fraction(counts),
				fraction(index));
	}

	@Override
	String running(SensitivityJob running) {
		return "Beregner: " + running.percentDone() + " % …";
	}

	@Override
	int percent(SensitivityJob running) {
		return running.percentDone();
	}

	@Override
	void showResult(SensitivityJob done) {
		Sensitivity.Result measured = done.result();
		if (measured == null) {
			clearResult();
			status("Følsomheten kan ikke beregnes: " + done.failure());
			return;
		}
		result = measured;
		chart = ChartRenderer.render(AnalysisChartData.tornado(measured), NumberStyle.NORWEGIAN);
		chartComposite.setChart(chart);
		chartComposite.forceRedraw();
		table.setRedraw(false);
		try {
			table.removeAll();
			for (Sensitivity.Bar bar : measured.bars()) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { bar.input().name(), kind(bar.input().kind()), Figures.number(bar.input().low()),
						Figures.number(bar.input().high()), Figures.money(bar.lowTotal()), Figures.money(bar.highTotal()),
						Figures.money(bar.swing()) });
			}
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		} finally {
			table.setRedraw(true);
		}
		status("Ferdig: " + measured.bars().size() + " inndata, årets sum i grunnlaget " + Figures.money(measured.baseTotal())
				+ ". Største utslag først.");
	}

	private static String kind(Sensitivity.Kind kind) {
		return switch (kind) {
		case RATE -> "sats";
		case COUNT -> "antall";
		case INDEX -> "indeks";
		};
	}

	@Override
	void clearResult() {
		result = null;
		chart = null;
		chartComposite.setChart(null);
		chartComposite.forceRedraw();
		table.removeAll();
	}

	@Override
	void setInputsEnabled(boolean enabled) {
		year.setEnabled(enabled);
		rates.setEnabled(enabled);
		counts.setEnabled(enabled);
		index.setEnabled(enabled);
	}

	/** @return the result shown, or null when none is */
	public Sensitivity.Result getResult() {
		return result;
	}

	/** @return the tornado chart shown, or null */
	public JFreeChart getChart() {
		return chart;
	}

	/** @return the table of the bars: input, kind, factors, totals at both ends, swing */
	public Table getTable() {
		return table;
	}

	/** @return the year picker */
	public Combo getYearCombo() {
		return year;
	}

	/**
	 * Sets the ranges, as a user would type them.
	 *
	 * @param rateRange  of the rates, a fraction such as 0.10
	 * @param countRange of the counts
	 * @param indexRange of the index steps
	 */
	public void setRanges(BigDecimal rateRange, BigDecimal countRange, BigDecimal indexRange) {
		rates.setSelection(rateRange.movePointRight(2 + DIGITS).intValueExact());
		counts.setSelection(countRange.movePointRight(2 + DIGITS).intValueExact());
		index.setSelection(indexRange.movePointRight(2 + DIGITS).intValueExact());
	}
}
