package no.avtalebenk.charts.ui.register;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.ui.CaseMessages;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.charts.ChartExport;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.RegisterChartData;
import no.avtalebenk.charts.data.Timeline;
import no.avtalebenk.charts.ui.MonteCarloView;
import no.avtalebenk.model.avtale.RegisteredAgreement;

/**
 * «Avtaleregister»: the register of other agreements in the {@link CurrentCase current case}'s
 * agreement file as a timeline ({@link RegisterChartData}): one bar per registered agreement from the
 * day it was signed to the day it expires, coloured by whether it has expired, expires within the
 * case's agreement period or later, with today and the end of the period marked; below it the
 * register as a table (parties, area, dates, source). The timeline is made in a job and follows the
 * current case; it can be saved as PNG or SVG like the Monte Carlo view's fan, in the size of the
 * user's settings.
 */
public class RegisterView extends ViewPart {

	/** The view's id. */
	public static final String ID = "no.avtalebenk.charts.ui.registerView";

	/** What a job made of the case: the timeline and the register's lines for the table. */
	private record Made(Case value, Timeline timeline, List<String[]> lines) {
	}

	private Label heading;
	private Label status;
	private Button save;
	private Composite area;
	private StackLayout stack;
	private Label message;
	private SashForm figures;
	private ChartComposite chartComposite;
	private Table table;

	private Made shown;
	private JFreeChart chart;
	/** Counts what the view was asked to show, so that a job finished late is not shown. */
	private long request;
	private Consumer<CurrentCase.State> listener;

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 2;
		parent.setLayout(layout);
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout topLayout = new GridLayout(2, false);
		topLayout.marginWidth = 0;
		topLayout.marginHeight = 0;
		top.setLayout(topLayout);
		heading = new Label(top, SWT.NONE);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		save = new Button(top, SWT.PUSH);
		save.setText(Messages.RegisterView_save);
		save.setToolTipText(Messages.RegisterView_saveTip);
		save.setEnabled(false);
		save.addListener(SWT.Selection, e -> saveAsked());
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		area = new Composite(parent, SWT.NONE);
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		stack = new StackLayout();
		area.setLayout(stack);
		message = new Label(area, SWT.WRAP);
		figures = new SashForm(area, SWT.VERTICAL);
		chartComposite = new ChartComposite(figures, SWT.NONE, null, true);
		table = new Table(figures, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String header : new String[] { Messages.RegisterView_columnName, Messages.RegisterView_columnParties,
				Messages.RegisterView_columnArea, Messages.RegisterView_columnSigned, Messages.RegisterView_columnExpires,
				Messages.RegisterView_columnFirstSigned, Messages.RegisterView_columnSource }) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		figures.setWeights(75, 25);
		setPartName(Messages.RegisterView_partName);

		Display display = parent.getDisplay();
		CurrentCase cases = CurrentCase.get();
		listener = state -> display.asyncExec(() -> {
			if (!area.isDisposed()) {
				showCase(state);
			}
		});
		cases.addListener(listener);
		showCase(cases.state());
	}

	private void showCase(CurrentCase.State state) {
		long asked = ++request;
		String folderName = state.folder().getFileName().toString();
		setPartName(Messages.RegisterView_partName + ": " + folderName);
		setTitleToolTip(state.folder().toString());
		heading.setText(NLS.bind(Messages.RegisterView_heading, folderName, state.folder()));
		switch (state) {
		case CurrentCase.Opening opening -> showMessage(NLS.bind(Messages.RegisterView_opening, state.folder()));
		case CurrentCase.Failed failed -> showMessage(
				NLS.bind(Messages.RegisterView_failed, state.folder(), CaseMessages.describe(failed.error())));
		case CurrentCase.Open open -> make(open.value(), asked);
		}
	}

	/** Makes the timeline of the case's register in a job, and shows it unless the view was asked for another meanwhile. */
	private void make(Case value, long asked) {
		Display display = area.getDisplay();
		Timeline.Texts texts = Messages.chartTexts();
		Job job = Job.create(NLS.bind(Messages.RegisterView_jobName, value.folder().getFileName()), monitor -> {
			Timeline timeline = RegisterChartData.timeline(value.model(), LocalDate.now(), texts);
			List<String[]> lines = value.model().getRegister().stream().map(RegisterView::line).toList();
			Made made = new Made(value, timeline, lines);
			display.asyncExec(() -> {
				if (asked == request && !area.isDisposed()) {
					show(made);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private static String[] line(RegisteredAgreement registered) {
		return new String[] { text(registered.getName()), text(registered.getParties()), text(registered.getArea()),
				text(registered.getSigned()), text(registered.getExpires()), text(registered.getFirstSigned()),
				text(registered.getSource()) };
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private void showMessage(String text) {
		shown = null;
		chart = null;
		chartComposite.setChart(null);
		table.removeAll();
		save.setEnabled(false);
		status.setText("");
		message.setText(text);
		stack.topControl = message;
		area.layout(true, true);
	}

	private void show(Made made) {
		if (made.lines().isEmpty()) {
			showMessage(NLS.bind(Messages.RegisterView_empty, made.value().folder()));
			return;
		}
		shown = made;
		chart = ChartRenderer.render(made.timeline(), NumberStyle.NORWEGIAN);
		chartComposite.setChart(chart);
		table.setRedraw(false);
		try {
			table.removeAll();
			made.lines().forEach(l -> new TableItem(table, SWT.NONE).setText(l));
			for (TableColumn column : table.getColumns()) {
				column.pack();
				// Long names and sources are cut rather than widening the table past the view.
				column.setWidth(Math.min(column.getWidth(), 420));
			}
		} finally {
			table.setRedraw(true);
		}
		List<Timeline.Bar> bars = made.timeline().bars();
		String counted = NLS.bind(Messages.RegisterView_shown, new Object[] { made.lines().size(),
				count(bars, Timeline.Phase.EXPIRED), count(bars, Timeline.Phase.IN_PERIOD),
				count(bars, Timeline.Phase.LATER) });
		status.setText(made.timeline().skipped().isEmpty() ? counted
				: counted + " " + NLS.bind(Messages.RegisterView_skipped, String.join("; ", made.timeline().skipped())));
		stack.topControl = figures;
		save.setEnabled(true);
		area.layout(true, true);
		chartComposite.forceRedraw();
	}

	private static long count(List<Timeline.Bar> bars, Timeline.Phase phase) {
		return bars.stream().filter(b -> b.phase() == phase).count();
	}

	private void saveAsked() {
		if (chart == null) {
			return;
		}
		FileDialog dialog = new FileDialog(save.getShell(), SWT.SAVE);
		dialog.setText(Messages.RegisterView_saveTitle);
		dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
		dialog.setFilterNames(new String[] { Messages.RegisterView_pngFilter, Messages.RegisterView_svgFilter });
		dialog.setFileName("avtaleregister.png");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			saveChart(Path.of(chosen));
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(save.getShell(), Messages.RegisterView_saveTitle,
					NLS.bind(Messages.RegisterView_saveFailed, chosen, e.getMessage()));
		}
	}

	/**
	 * Writes the timeline shown as PNG or SVG, by the file's ending, in the size of the user's settings
	 * (Vindu › Innstillinger › Avtalebenk, by default 1000×600); a failed write leaves a file that was
	 * there before unchanged.
	 *
	 * @param file a .png or .svg file
	 * @throws IOException              when it cannot be written
	 * @throws IllegalArgumentException when the file ends neither in .png nor .svg
	 */
	public void saveChart(Path file) throws IOException {
		if (chart == null) {
			return;
		}
		int width = Math.clamp(preference(MonteCarloView.CHART_WIDTH_PREFERENCE, 1000), 100, 10_000);
		int height = Math.clamp(preference(MonteCarloView.CHART_HEIGHT_PREFERENCE, 600), 100, 10_000);
		ChartExport.write(chart, file, width, height);
		status.setText(NLS.bind(Messages.RegisterView_saved, new Object[] { file, width, height }));
	}

	private static int preference(String key, int fallback) {
		return Platform.getPreferencesService().getInt(MonteCarloView.PREFERENCES, key, fallback, null);
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
		super.dispose();
	}

	/** @return the case whose register is shown, or null when none is */
	public Case getCase() {
		return shown == null ? null : shown.value();
	}

	/** @return the timeline shown, or null */
	public Timeline getTimeline() {
		return shown == null ? null : shown.timeline();
	}

	/** @return the chart shown, or null */
	public JFreeChart getChart() {
		return chart;
	}

	/** @return the register as a table, a row per registered agreement in file order */
	public Table getTable() {
		return table;
	}

	/** @return the status line: how many agreements expired, expire within the period and later */
	public String getStatusText() {
		return status.getText();
	}

	/** @return the heading naming the case */
	public String getHeadingText() {
		return heading.getText();
	}

	/** @return the message shown instead of the timeline, or null when the timeline is shown */
	public String getMessageText() {
		return stack.topControl == message ? message.getText() : null;
	}

	/** @return the Save chart button */
	public Button getSaveButton() {
		return save;
	}
}
