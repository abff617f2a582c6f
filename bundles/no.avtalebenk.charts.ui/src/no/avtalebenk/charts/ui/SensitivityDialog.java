package no.avtalebenk.charts.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
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
import no.avtalebenk.charts.data.Tornado;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.simulation.analysis.Sensitivity;

/**
 * «Følsomhet»: one input at a time (every rate, every category's counts, every index's step) moved to
 * both ends of its range, with the year's total of the case's baseline at each end. The run is a
 * {@link SensitivityJob} with progress and cancel; its result is shown as a tornado chart, widest
 * swing first, and as a table of the bars.
 */
public final class SensitivityDialog extends JobDialog<SensitivityJob> {

	/** The dialog's title, as the menu names it: «Følsomhet» in bokmål. */
	public static final String TITLE = Messages.Sensitivity_title;

	/** Ranges are typed in per cent with one decimal: 100 is ±10,0 %. */
	private static final int DIGITS = 1;

	private final UnaryOperator<String> categories;
	private final Map<String, String> rateCategory = new HashMap<>();

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
		categories = Labels.categories(value.model());
		Map<String, Long> ratesPerCategory = new HashMap<>();
		for (Element element : value.formulas().getElements()) {
			if (element instanceof Rate rate && rate.getCategory() != null) {
				rateCategory.put(rate.getName(), rate.getCategory().getName());
				ratesPerCategory.merge(rate.getCategory().getName(), 1L, Long::sum);
			}
		}
		// Rates that share a category would read the same: they keep their names in the formula file.
		rateCategory.values().removeIf(category -> ratesPerCategory.get(category) > 1);
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
		new Label(inputs, SWT.NONE).setText(Messages.Sensitivity_year);
		year = new Combo(inputs, SWT.READ_ONLY);
		for (int y : value.years()) {
			year.add(Integer.toString(y));
		}
		year.select(0);
		rates = range(inputs, Messages.Sensitivity_rates, SensitivityJob.RATES);
		counts = range(inputs, Messages.Sensitivity_counts, SensitivityJob.COUNTS);
		index = range(inputs, Messages.Sensitivity_index, SensitivityJob.INDEX);
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
		String[] headers = { Messages.Sensitivity_input, Messages.Sensitivity_kind, Messages.Sensitivity_lowFactor,
				Messages.Sensitivity_highFactor, Messages.Sensitivity_lowTotal, Messages.Sensitivity_highTotal,
				Messages.Sensitivity_swing };
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
		return NLS.bind(Messages.Sensitivity_running, Integer.toString(running.percentDone()));
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
			status(NLS.bind(Messages.Sensitivity_failed, done.failure()));
			return;
		}
		result = measured;
		chart = ChartRenderer.render(tornado(measured), NumberStyle.NORWEGIAN);
		chartComposite.setChart(chart);
		chartComposite.forceRedraw();
		table.setRedraw(false);
		try {
			table.removeAll();
			for (Sensitivity.Bar bar : measured.bars()) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { label(bar.input()), kind(bar.input().kind()), Figures.number(bar.input().low()),
						Figures.number(bar.input().high()), Figures.money(bar.lowTotal()), Figures.money(bar.highTotal()),
						Figures.money(bar.swing()) });
			}
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		} finally {
			table.setRedraw(true);
		}
		status(NLS.bind(Messages.Sensitivity_done, Integer.toString(measured.bars().size()),
				Figures.money(measured.baseTotal())));
	}

	/** @return the tornado of the result, each bar named by {@link #label} and its kind, with its factors */
	private Tornado tornado(Sensitivity.Result measured) {
		List<Tornado.Bar> bars = new ArrayList<>();
		for (Sensitivity.Bar bar : measured.bars()) {
			Sensitivity.Input input = bar.input();
			bars.add(new Tornado.Bar(NLS.bind(Messages.Sensitivity_bar, new Object[] { kind(input.kind()), label(input),
					Figures.number(input.low().stripTrailingZeros()), Figures.number(input.high().stripTrailingZeros()) }),
					bar.lowTotal(), bar.highTotal()));
		}
		return new Tornado(NLS.bind(Messages.Sensitivity_chartTitle, Integer.toString(measured.year())),
				measured.baseTotal(), bars);
	}

	/**
	 * @param input an input of the sensitivity
	 * @return its name for people: a count by its category's name in the agreement, a rate of one category
	 *         by that category's name (the kind column says which), an index or a parameter by its name in the
	 *         formula file
	 */
	private String label(Sensitivity.Input input) {
		return switch (input.kind()) {
		case COUNT -> categories.apply(input.name());
		case RATE -> rateCategory.containsKey(input.name()) ? categories.apply(rateCategory.get(input.name()))
				: input.name();
		case INDEX, PARAMETER -> input.name();
		};
	}

	private static String kind(Sensitivity.Kind kind) {
		return switch (kind) {
		case RATE -> Messages.Sensitivity_rate;
		case COUNT -> Messages.Sensitivity_count;
		case INDEX -> Messages.Sensitivity_indexKind;
		case PARAMETER -> Messages.Sensitivity_parameterKind;
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
