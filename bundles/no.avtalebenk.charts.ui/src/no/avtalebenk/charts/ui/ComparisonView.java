package no.avtalebenk.charts.ui;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.actions.ActionFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.ui.CaseView;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.PaymentChartData;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.ScenarioHolder;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.model.terms.AgreedAmounts;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.result.PaymentResult;
import no.avtalebenk.simulation.scenario.ScenarioInputs;

/**
 * «Sammenligning»: every scenario of the {@link CurrentCase current case} side by side, a row each
 * with the baseline first: per year the total, the difference from the baseline and, when the
 * agreement states an agreed amount for the year, the gap to it; a last row holds the agreed amounts.
 * Below the table a waterfall goes from the baseline's total to the total of the scenario selected in
 * the table, one step per category (by its name in the agreement file), in the year chosen above it.
 * The scenarios are projected in a job under the default projection model, as the command line's
 * {@code compare} projects them; the view follows the current case like the payments view. The table can be copied (Ctrl+C, or the
 * button) as tab-separated text, the cells as shown.
 */
public class ComparisonView extends CaseView {

	/** The view's id. */
	public static final String ID = "no.avtalebenk.charts.ui.comparisonView";
	/** The table's row of agreed amounts, «Avtalt beløp» in bokmål. */
	public static final String AGREED_ROW = Messages.Comparison_agreedRow;

	/**
	 * One scenario's row.
	 *
	 * @param name     the scenario's name
	 * @param holder   whose position it is, in the workbench's language
	 * @param payments its payments
	 */
	public record Variant(String name, String holder, PaymentResult payments) {
	}

	/** What a projection of the case gives the view; {@code category} labels its categories. */
	private record Projected(Case value, List<Variant> variants, SortedMap<Integer, BigDecimal> agreed,
			UnaryOperator<String> category) {
	}

	private Label heading;
	private Composite area;
	private StackLayout stack;
	private Label message;
	private SashForm figures;
	private Combo year;
	private Table table;
	private ChartComposite chartComposite;

	private Projected shown;
	private Variant selected;
	private JFreeChart chart;

	@Override
	public void createPartControl(Composite parent) {
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
		figures = new SashForm(area, SWT.VERTICAL);
		createTable(figures);
		chartComposite = new ChartComposite(figures, SWT.NONE, null, true);
		figures.setWeights(45, 55);

		Action copy = new Action(Messages.Comparison_copy) {
			@Override
			public void run() {
				copy();
			}
		};
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		getViewSite().getActionBars().updateActionBars();
		followCurrentCase(area);
	}

	/**
	 * @param year a year of the case
	 * @return the header of the year's totals, e.g. «Sum 2026»
	 */
	public static String totalHeader(int year) {
		return NLS.bind(Messages.Comparison_totalHeader, Integer.toString(year));
	}

	/**
	 * @param year a year of the case
	 * @return the header of the year's differences from the baseline, e.g. «Endring 2026»
	 */
	public static String differenceHeader(int year) {
		return NLS.bind(Messages.Comparison_differenceHeader, Integer.toString(year));
	}

	/**
	 * @param year a year of the case
	 * @return the header of the year's gaps to the agreed amount, e.g. «Mot avtalt 2026»
	 */
	public static String gapHeader(int year) {
		return NLS.bind(Messages.Comparison_gapHeader, Integer.toString(year));
	}

	private void createTable(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		top.setLayout(layout);
		table = new Table(top, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.addListener(SWT.Selection, e -> select(table.getSelectionIndex()));
		table.addListener(SWT.KeyDown, e -> {
			// Where no key binding takes Ctrl+C to the Copy command, the table copies itself.
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
				copy();
				e.doit = false;
			}
		});
		Composite controls = new Composite(top, SWT.NONE);
		controls.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout controlsLayout = new GridLayout(4, false);
		controlsLayout.marginWidth = 0;
		controls.setLayout(controlsLayout);
		new Label(controls, SWT.NONE).setText(Messages.Comparison_waterfallYear);
		year = new Combo(controls, SWT.READ_ONLY);
		year.addListener(SWT.Selection, e -> showWaterfall());
		Label filler = new Label(controls, SWT.NONE);
		filler.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button copyButton = new Button(controls, SWT.PUSH);
		copyButton.setText(Messages.Comparison_copyTable);
		copyButton.setToolTipText(Messages.Comparison_copyTableTip);
		copyButton.addListener(SWT.Selection, e -> copy());
	}

	@Override
	protected String partName() {
		return Messages.Comparison_partName;
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

	/** Projects every scenario in a job and shows them, unless the view was asked to show something else meanwhile. */
	@Override
	protected void showOpen(Case value, long asked) {
		compute(NLS.bind(Messages.Comparison_job, value.folder().getFileName()), true, asked, area,
				() -> new Projected(value, variants(value), AgreedAmounts.byYear(value.model()),
						Labels.categories(value.model())),
				this::showResult, e -> {
					heading.setText(headingOf(value));
					showMessage(NLS.bind(Messages.Comparison_notComputed, value.folder(), describe(e)));
				});
	}

	/** @return every scenario of the case, the baseline first, under the default projection model */
	private static List<Variant> variants(Case value) throws CaseException {
		ProjectionDescriptor model = value.projection(null);
		String baseline = value.baselineName();
		List<Variant> variants = new ArrayList<>();
		ScenarioInputs base = value.scenario(null);
		variants.add(new Variant(base.name(), holderOf(value, baseline), value.project(model, base)));
		for (Scenario scenario : value.model().getScenarios()) {
			if (!scenario.getName().equals(baseline)) {
				ScenarioInputs inputs = value.scenario(scenario.getName());
				variants.add(new Variant(inputs.name(), holder(scenario.getHolder()), value.project(model, inputs)));
			}
		}
		return variants;
	}

	private static String holderOf(Case value, String name) {
		return value.model().getScenarios().stream().filter(s -> s.getName().equals(name)).findFirst()
				.map(s -> holder(s.getHolder())).orElse(holder(ScenarioHolder.BASELINE));
	}

	private static String holder(ScenarioHolder holder) {
		// in the workbench's language (-nl): bokmål, or English
		return Labels.literal(holder, Locale.getDefault());
	}

	private static String headingOf(Case value) {
		return NLS.bind(Messages.Comparison_heading, new Object[] { value.folder().getFileName(), value.folder(),
				value.baselineName(), Case.DEFAULT_PROJECTION }) + countsOf(value);
	}

	private void showMessage(String text) {
		shown = null;
		selected = null;
		chart = null;
		chartComposite.setChart(null);
		table.removeAll();
		message.setText(text);
		stack.topControl = message;
		area.layout(true, true);
	}

	private void showResult(Projected projected) {
		String previous = selected != null ? selected.name() : null;
		String previousYear = year.getSelectionIndex() >= 0 ? year.getText() : null;
		shown = projected;
		heading.setText(headingOf(projected.value()));
		fillTable(projected);
		year.removeAll();
		for (int y : projected.value().years()) {
			year.add(Integer.toString(y));
		}
		int yearIndex = previousYear == null ? -1 : year.indexOf(previousYear);
		year.select(Math.max(0, yearIndex));
		// The same scenario as before when the case still has it; else the first that is not the baseline.
		int row = projected.variants().size() > 1 ? 1 : 0;
		for (int i = 0; i < projected.variants().size(); i++) {
			if (projected.variants().get(i).name().equals(previous)) {
				row = i;
			}
		}
		stack.topControl = figures;
		area.layout(true, true);
		table.setSelection(row);
		select(row);
	}

	private void fillTable(Projected projected) {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			new TableColumn(table, SWT.LEFT).setText(Messages.Comparison_scenario);
			new TableColumn(table, SWT.LEFT).setText(Messages.Comparison_holder);
			List<Integer> years = projected.value().years();
			for (int y : years) {
				new TableColumn(table, SWT.RIGHT).setText(totalHeader(y));
				new TableColumn(table, SWT.RIGHT).setText(differenceHeader(y));
				if (projected.agreed().containsKey(y)) {
					new TableColumn(table, SWT.RIGHT).setText(gapHeader(y));
				}
			}
			PaymentResult base = projected.variants().get(0).payments();
			for (Variant variant : projected.variants()) {
				List<String> cells = new ArrayList<>(List.of(variant.name(), variant.holder()));
				for (int y : years) {
					BigDecimal total = variant.payments().total(y);
					cells.add(Figures.money(total));
					cells.add(Figures.signed(total.subtract(base.total(y))));
					BigDecimal agreed = projected.agreed().get(y);
					if (agreed != null) {
						cells.add(Figures.signed(total.subtract(agreed)));
					}
				}
				new TableItem(table, SWT.NONE).setText(cells.toArray(String[]::new));
			}
			if (years.stream().anyMatch(projected.agreed()::containsKey)) {
				List<String> cells = new ArrayList<>(List.of(AGREED_ROW, Messages.Comparison_agreedHolder));
				for (int y : years) {
					BigDecimal agreed = projected.agreed().get(y);
					cells.add(agreed == null ? "" : Figures.money(agreed));
					cells.add("");
					if (agreed != null) {
						cells.add("");
					}
				}
				new TableItem(table, SWT.NONE).setText(cells.toArray(String[]::new));
			}
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		} finally {
			table.setRedraw(true);
		}
	}

	/** Shows the waterfall to the scenario in a row of the table; the agreed amounts' row is no scenario. */
	private void select(int row) {
		if (shown == null || row < 0 || row >= shown.variants().size()) {
			return;
		}
		selected = shown.variants().get(row);
		showWaterfall();
	}

	private void showWaterfall() {
		if (shown == null || selected == null || year.getSelectionIndex() < 0) {
			return;
		}
		Variant base = shown.variants().get(0);
		chart = ChartRenderer.render(PaymentChartData.waterfall(base.name(), base.payments(), selected.name(),
				selected.payments(), Integer.parseInt(year.getText()), shown.category()), NumberStyle.NORWEGIAN);
		chartComposite.setChart(chart);
		chartComposite.forceRedraw();
	}

	/** Copies the table, with its headers, to the clipboard as tab-separated text. */
	public void copy() {
		if (table.getItemCount() == 0) {
			return;
		}
		TableText.copy(table);
	}

	/** @return the table as tab-separated text: the headers, then a line per row, the cells as shown */
	public String tabSeparated() {
		return TableText.tabSeparated(table);
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	/** @return the case whose scenarios are shown, or null when none are (opening, failed) */
	public Case getCase() {
		return shown == null ? null : shown.value();
	}

	/** @return the scenarios shown, the baseline first; empty when none are */
	public List<Variant> getVariants() {
		return shown == null ? List.of() : shown.variants();
	}

	/** @return the scenario the waterfall goes to, or null when none is shown */
	public Variant getSelected() {
		return selected;
	}

	/** @return the waterfall shown, or null */
	public JFreeChart getChart() {
		return chart;
	}

	/** @return the table: a row per scenario, then the {@link #AGREED_ROW} row when the agreement states one */
	public Table getTable() {
		return table;
	}

	/** @return the year the waterfall is drawn for */
	public Combo getYearCombo() {
		return year;
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
