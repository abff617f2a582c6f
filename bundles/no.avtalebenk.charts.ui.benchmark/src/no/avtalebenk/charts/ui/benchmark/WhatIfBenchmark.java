package no.avtalebenk.charts.ui.benchmark;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.event.ChartChangeEvent;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.whatif.WhatIf;
import no.avtalebenk.charts.ui.whatif.WhatIfPanel;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.CountChange;
import no.avtalebenk.model.avtale.RateChange;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.result.PaymentResult;
import no.avtalebenk.simulation.scenario.Scenarios;

/**
 * The what-if benchmark (docs/performance.md): a {@link WhatIfPanel} in a real SWT window shows a
 * scenario of the KS–Kopinor template on the reference data set (all 374 reporting units, 2026 and
 * 2027), and the scenario is edited again and again as the scenario editor edits it, through the
 * model: a rate (grunnskoleSats) and a count (grunnskole in Oslo, 2027) in turn, each edit a value
 * not seen before, so that nothing computed earlier can be reused except what the edit left alone.
 * Each edit is timed from the call of {@link WhatIfPanel#show} to the moment the panel has redrawn
 * and both the table and the chart have processed their paint events.
 * <p>
 * In the same run, for comparison: the same call when nothing was edited (the job's hand-over and
 * the redraw, everything else reused), the headless {@link WhatIf#compute} of an edit alone, and the
 * interpreter path (the case's projection of the scenario and its base, as the other views compute).
 */
final class WhatIfBenchmark {

	private static final String SCENARIO = "benchmark-tilbud";
	private static final String OSLO = "0301";
	private static final BigDecimal RATE = new BigDecimal("222.78");

	private final Display display;
	private final Case aCase;
	private final PrintStream out;
	private final AgreementModel model;
	private final RateChange rate;
	private final CountChange count;
	private final BigDecimal osloCount;

	private Shell shell;
	private WhatIfPanel panel;
	private long updates;
	private long updated;
	private long tablePainted;
	private long chartPainted;
	private int edits;

	WhatIfBenchmark(Display display, Case aCase, PrintStream out) {
		this.display = display;
		this.aCase = aCase;
		this.out = out;
		this.model = EcoreUtil.copy(aCase.model());
		Scenario scenario = AvtaleFactory.eINSTANCE.createScenario();
		scenario.setName(SCENARIO);
		scenario.setBasedOn(Scenarios.find(model, Scenarios.baselineName(model)));
		rate = AvtaleFactory.eINSTANCE.createRateChange();
		rate.setRate("grunnskoleSats");
		rate.setValidFrom("2023-01-01");
		rate.setValue(RATE);
		count = AvtaleFactory.eINSTANCE.createCountChange();
		count.setCategory(model.getCategories().stream().filter(c -> c.getId().equals("grunnskole")).findFirst()
				.orElseThrow());
		ReportingUnit oslo = model.getUnits().stream().filter(u -> u.getId().equals(OSLO)).findFirst().orElseThrow();
		count.setUnit(oslo);
		count.setYear(2027);
		osloCount = aCase.baseline().get(OSLO, "grunnskole", 2027).orElseThrow().value();
		count.setValue(osloCount);
		scenario.getChanges().add(rate);
		scenario.getChanges().add(count);
		model.getScenarios().add(scenario);
	}

	void run(int rounds, Path screenshot) throws Exception {
		out.printf(Locale.ROOT, "What-if benchmark: %s; %d units; years %s; %d categories%n", aCase.title(),
				aCase.baseline().units().size(), aCase.years(), new WhatIf(aCase).compute(model, null).categories().size());
		openPanel();
		try {
			// warm-up: the JIT, the chart library's first drawing, the job pool
			for (int i = 0; i < Math.max(200, rounds / 2); i++) {
				editAndWait(i % 2 == 0);
			}
			long[] rateEdits = new long[rounds];
			long[] countEdits = new long[rounds];
			long[] unchanged = new long[rounds];
			for (int i = 0; i < rounds; i++) {
				rateEdits[i] = editAndWait(true);
				countEdits[i] = editAndWait(false);
				unchanged[i] = showAndWait();
			}
			long[] chartPaint = paintAlone(rounds, true);
			long[] tablePaint = paintAlone(rounds, false);
			long[] snapshot = new long[rounds];
			for (int i = -rounds; i < rounds; i++) {
				long t0 = System.nanoTime();
				WhatIf.snapshot(model);
				if (i >= 0) {
					snapshot[i] = System.nanoTime() - t0;
				}
			}
			long[] compute = headlessCompute(rounds, 0);
			long[] computeCount = headlessCompute(rounds, 1);
			long[] interpreter = interpreter(Math.max(10, rounds / 25));
			report("edit -> redrawn totals and chart, a rate edited", rateEdits, null);
			report("edit -> redrawn totals and chart, a count edited", countEdits, null);
			report("the same call with nothing edited (redraw alone)", unchanged, null);
			report("  of it: the chart drawn and painted alone", chartPaint, null);
			report("  of it: the table painted alone", tablePaint, null);
			report("WhatIf.snapshot of the edited model (UI thread)", snapshot, null);
			report("WhatIf.compute alone, headless, a rate edited", compute, null);
			report("WhatIf.compute alone, headless, a count edited", computeCount, null);
			report("interpreter: Case.project of scenario and base", interpreter, null);
			long[] all = concat(rateEdits, countEdits);
			out.printf(Locale.ROOT, "   all %d edits: best %.2f ms, median %.2f ms, slowest %.2f ms; target 50 ms: %s%n", all.length,
					ms(best(all)), ms(median(all)), ms(max(all)), median(all) <= 50_000_000L ? "met (median)" : "NOT met");
			out.printf(Locale.ROOT, "   ratios of the medians: edit to redraw / redraw alone %.2f; interpreter (compute only) / edit to redraw %.1f%n",
					(double) median(all) / median(unchanged), (double) median(interpreter) / median(all));
			if (screenshot != null) {
				screenshot(screenshot);
			}
		} finally {
			shell.dispose();
		}
	}

	private void openPanel() {
		shell = new Shell(display, SWT.SHELL_TRIM);
		shell.setText("Avtalebenk: hva om");
		shell.setLayout(new FillLayout());
		panel = new WhatIfPanel(shell);
		panel.addUpdateListener(() -> {
			updates++;
			updated = System.nanoTime();
		});
		panel.getTable().addListener(SWT.Paint, e -> tablePainted = System.nanoTime());
		// the chart composite draws on a canvas inside it
		for (Control canvas : panel.getChartComposite().getChildren()) {
			canvas.addListener(SWT.Paint, e -> chartPainted = System.nanoTime());
		}
		shell.setSize(1000, 380);
		shell.open();
		drain();
	}

	/** One edit of the scenario in the model, shown: nanoseconds from the call of show to the painted figures. */
	private long editAndWait(boolean editRate) {
		edits++;
		// a value not seen before in the run (the caches keep the last few dozen)
		if (editRate) {
			rate.setValue(RATE.add(BigDecimal.valueOf(edits, 2)));
		} else {
			count.setValue(osloCount.add(BigDecimal.valueOf(edits)));
		}
		return showAndWait();
	}

	private long showAndWait() {
		drain();
		long seen = updates;
		long start = System.nanoTime();
		panel.show(aCase, model, SCENARIO);
		long deadline = start + 10_000_000_000L;
		while (updates == seen || tablePainted < start || chartPainted < start) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("no redraw within 10 s: updates " + (updates - seen) + ", table painted "
						+ (tablePainted >= start) + ", chart painted " + (chartPainted >= start)
						+ (panel.getMessageText() == null ? "" : "; the panel says: " + panel.getMessageText()));
			}
			if (!display.readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
		if (panel.getResult() == null) {
			throw new IllegalStateException("the panel shows no figures: " + panel.getMessageText());
		}
		return Math.max(updated, Math.max(tablePainted, chartPainted)) - start;
	}

	/**
	 * A control's paint alone: asked to redraw, timed until its paint listener ran (for the chart:
	 * after the chart composite drew the chart, as its listener was added first). GTK 3 paints on its
	 * frame clock, so this includes the wait for the next frame.
	 */
	private long[] paintAlone(int rounds, boolean chart) {
		long[] times = new long[rounds];
		for (int i = -rounds / 2; i < rounds; i++) {
			drain();
			long t0 = System.nanoTime();
			if (chart) {
				// as after an edit: the chart drawn anew into its buffer, in the paint that follows
				panel.getChartComposite().chartChanged(new ChartChangeEvent(panel.getChart()));
			} else {
				panel.getTable().redraw();
			}
			while ((chart ? chartPainted : tablePainted) < t0) {
				if (!display.readAndDispatch()) {
					Thread.onSpinWait();
				}
			}
			if (i >= 0) {
				times[i] = (chart ? chartPainted : tablePainted) - t0;
			}
		}
		return times;
	}

	/** Runs the events that wait, so that a round starts with nothing left over from the last one. */
	private void drain() {
		while (display.readAndDispatch()) {
			// until the queue is empty
		}
	}

	/** The headless computation of an edit alone (change 0: the rate, 1: the count), with a what-if of its own. */
	private long[] headlessCompute(int rounds, int change) throws CaseException {
		WhatIf whatIf = new WhatIf(aCase);
		AgreementModel copy = EcoreUtil.copy(model);
		RateChange changedRate = (RateChange) Scenarios.find(copy, SCENARIO).getChanges().get(0);
		CountChange changedCount = (CountChange) Scenarios.find(copy, SCENARIO).getChanges().get(1);
		long[] times = new long[rounds];
		for (int i = -rounds; i < rounds; i++) {
			if (change == 0) {
				changedRate.setValue(RATE.add(BigDecimal.valueOf(100_000 + i, 2)));
			} else {
				changedCount.setValue(osloCount.add(BigDecimal.valueOf(100_000 + i)));
			}
			long t0 = System.nanoTime();
			whatIf.compute(copy, SCENARIO);
			if (i >= 0) {
				times[i] = System.nanoTime() - t0;
			}
		}
		return times;
	}

	/** The interpreter path: the case's projection (the Simulator) of the scenario and of its base. */
	private long[] interpreter(int rounds) throws CaseException {
		ProjectionDescriptor projection = aCase.projection(null);
		String baseName = Scenarios.baselineName(model);
		long[] times = new long[rounds];
		BigDecimal check = null;
		for (int i = -3; i < rounds; i++) {
			long t0 = System.nanoTime();
			PaymentResult scenario = aCase.project(projection, Scenarios.apply(model, SCENARIO, aCase.baseline()));
			PaymentResult base = aCase.project(projection, Scenarios.apply(model, baseName, aCase.baseline()));
			check = scenario.total(2027).subtract(base.total(2027));
			if (i >= 0) {
				times[i] = System.nanoTime() - t0;
			}
		}
		BigDecimal compiled = new WhatIf(aCase).compute(model, SCENARIO).year(2027).difference();
		if (compiled.compareTo(check) != 0) {
			throw new IllegalStateException("the interpreter's difference " + check + " is not the what-if's " + compiled);
		}
		return times;
	}

	private void report(String what, long[] times, String note) {
		out.printf(Locale.ROOT, "   %-52s best %7.2f ms   median %7.2f ms   90 %% %7.2f ms   (%d rounds)%s%n", what, ms(best(times)),
				ms(median(times)), ms(percentile(times, 0.9)), times.length, note == null ? "" : "  " + note);
	}

	/** Shows the mediator's proposal, lets the window settle and writes what the screen shows of it. */
	private void screenshot(Path file) throws Exception {
		long seen = updates;
		panel.show(aCase, model, "meklers-forslag");
		long until = System.nanoTime() + 1_500_000_000L;
		while (updates == seen || System.nanoTime() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		// the window's inside, in display coordinates (without a window manager there is no frame)
		Rectangle area = display.map(shell, null, shell.getClientArea());
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		out.println("   screenshot: " + file);
	}

	private static long[] concat(long[] a, long[] b) {
		long[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	private static long best(long[] times) {
		return Arrays.stream(times).min().orElseThrow();
	}

	private static long max(long[] times) {
		return Arrays.stream(times).max().orElseThrow();
	}

	private static long median(long[] times) {
		return percentile(times, 0.5);
	}

	private static long percentile(long[] times, double p) {
		List<Long> sorted = new ArrayList<>();
		for (long t : times) {
			sorted.add(t);
		}
		sorted.sort(null);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}
}
