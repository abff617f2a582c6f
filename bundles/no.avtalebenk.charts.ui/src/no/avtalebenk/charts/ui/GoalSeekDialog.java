package no.avtalebenk.charts.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import no.avtalebenk.cases.Case;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.model.terms.AgreedAmounts;
import no.avtalebenk.simulation.analysis.GoalSeek;

/**
 * «Målsøk»: the value of one unknown (a common factor on every category rate, or a parameter of the
 * formula file) that makes a year's total of the case's baseline hit a target, the agreed amount of
 * the year unless another is typed. The search runs in a {@link GoalSeekJob}; the dialog shows its
 * trials while it runs, and then the answer, the total recomputed at the answer and its difference
 * from the target, and for a common factor the total with the new rates rounded to whole øre, as an
 * agreement would state them.
 */
public final class GoalSeekDialog extends JobDialog<GoalSeekJob> {

	/** The dialog's title, as the menu names it: «Målsøk» in bokmål. */
	public static final String TITLE = Messages.GoalSeek_title;
	/** How close the total must come to the target, NOK (the command line's default). */
	public static final BigDecimal TOLERANCE = BigDecimal.ONE;

	private final SortedMap<Integer, BigDecimal> agreed;
	private final List<GoalSeekJob.Unknown> unknowns = new ArrayList<>();

	private Combo year;
	private Text target;
	private Combo unknown;
	private Text low;
	private Text high;
	private Label answer;
	private Label total;
	private Label difference;
	private Label rounded;
	private Label note;
	private String defaultTarget = "";
	private GoalSeek.Result result;

	/**
	 * @param parent the window
	 * @param value  the case, whose baseline is solved
	 */
	public GoalSeekDialog(Shell parent, Case value) {
		super(parent, value, TITLE);
		agreed = AgreedAmounts.byYear(value.model());
		unknowns.add(GoalSeekJob.Unknown.ratesFactor());
		for (Element element : value.formulas().getElements()) {
			if (element instanceof Parameter parameter) {
				unknowns.add(GoalSeekJob.Unknown.parameter(parameter.getName()));
			}
		}
	}

	@Override
	void createInputs(Composite parent) {
		Composite inputs = new Composite(parent, SWT.NONE);
		inputs.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		inputs.setLayout(new GridLayout(2, false));
		new Label(inputs, SWT.NONE).setText(Messages.GoalSeek_year);
		year = new Combo(inputs, SWT.READ_ONLY);
		for (int y : value.years()) {
			year.add(Integer.toString(y));
		}
		year.select(0);
		year.addListener(SWT.Selection, e -> yearChanged());
		new Label(inputs, SWT.NONE).setText(Messages.GoalSeek_target);
		target = new Text(inputs, SWT.BORDER);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 220;
		target.setLayoutData(wide);
		new Label(inputs, SWT.NONE).setText(Messages.GoalSeek_solveFor);
		unknown = new Combo(inputs, SWT.READ_ONLY);
		unknowns.forEach(u -> unknown.add(u.label()));
		unknown.select(0);
		unknown.addListener(SWT.Selection, e -> unknownChanged());
		new Label(inputs, SWT.NONE).setText(Messages.GoalSeek_low);
		low = new Text(inputs, SWT.BORDER);
		low.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(inputs, SWT.NONE).setText(Messages.GoalSeek_high);
		high = new Text(inputs, SWT.BORDER);
		high.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(inputs, SWT.NONE).setText(Messages.GoalSeek_tolerance);
		new Label(inputs, SWT.NONE).setText(NLS.bind(Messages.GoalSeek_toleranceValue, Figures.money(TOLERANCE)));
		yearChanged();
		unknownChanged();
	}

	@Override
	void createResult(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.GoalSeek_result);
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		group.setLayout(new GridLayout(2, false));
		answer = row(group, Messages.GoalSeek_answer);
		total = row(group, Messages.GoalSeek_total);
		difference = row(group, Messages.GoalSeek_difference);
		rounded = row(group, Messages.GoalSeek_rounded);
		note = new Label(group, SWT.WRAP);
		GridData span = new GridData(SWT.FILL, SWT.BEGINNING, true, false, 2, 1);
		span.widthHint = 600;
		note.setLayoutData(span);
	}

	private static Label row(Composite parent, String name) {
		new Label(parent, SWT.NONE).setText(name);
		Label value = new Label(parent, SWT.NONE);
		value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return value;
	}

	/** Sets the target to the year's agreed amount, unless the user typed another. */
	private void yearChanged() {
		BigDecimal amount = agreed.get(selectedYear());
		String next = amount == null ? "" : Figures.number(amount);
		if (target.getText().equals(defaultTarget)) {
			target.setText(next);
		}
		defaultTarget = next;
	}

	private void unknownChanged() {
		GoalSeekJob.Unknown chosen = unknowns.get(unknown.getSelectionIndex());
		low.setText(Figures.number(chosen.low()));
		high.setText(Figures.number(chosen.high()));
	}

	private int selectedYear() {
		return value.years().get(year.getSelectionIndex());
	}

	@Override
	GoalSeekJob createJob() {
		int chosenYear = selectedYear();
		BigDecimal goal = Figures.parse(target.getText());
		if (goal == null) {
			status(target.getText().isBlank() ? NLS.bind(Messages.GoalSeek_noTarget, Integer.toString(chosenYear))
					: NLS.bind(Messages.GoalSeek_badTarget, target.getText()));
			return null;
		}
		BigDecimal from = Figures.parse(low.getText());
		BigDecimal to = Figures.parse(high.getText());
		if (from == null || to == null) {
			status(Messages.GoalSeek_badBounds);
			return null;
		}
		if (from.compareTo(to) >= 0) {
			status(NLS.bind(Messages.GoalSeek_reversedBounds, low.getText(), high.getText()));
			return null;
		}
		return new GoalSeekJob(value, unknowns.get(unknown.getSelectionIndex()), chosenYear, goal, from, to, TOLERANCE);
	}

	@Override
	String running(GoalSeekJob running) {
		return NLS.bind(Messages.GoalSeek_running, Integer.toString(running.trials()),
				Integer.toString(GoalSeek.MAX_ITERATIONS + 1));
	}

	@Override
	int percent(GoalSeekJob running) {
		// The search ends when the total is close enough, usually after a few dozen of its 201 trials.
		return Math.min(100, 100 * running.trials() / (GoalSeek.MAX_ITERATIONS + 1));
	}

	@Override
	void showResult(GoalSeekJob done) {
		GoalSeek.Result found = done.result();
		if (found == null) {
			clearResult();
			status(NLS.bind(Messages.GoalSeek_noSolution, done.failure()));
			return;
		}
		result = found;
		answer.setText(NLS.bind(Messages.GoalSeek_answerValue, Figures.number(found.value()), done.unknown().label()));
		total.setText(Figures.money(found.total()));
		difference.setText(Figures.signed(found.difference()));
		BigDecimal roundedTotal = done.roundedRatesTotal();
		rounded.setText(roundedTotal == null ? "–"
				: NLS.bind(Messages.GoalSeek_roundedValue, Figures.money(roundedTotal),
						Figures.signed(roundedTotal.subtract(done.target()))));
		note.setText(found.reached() ? ""
				: NLS.bind(Messages.GoalSeek_notReached, new Object[] { Figures.money(found.tolerance()),
						found.below() == null ? "–" : Figures.money(found.below().total()),
						found.above() == null ? "–" : Figures.money(found.above().total()) }));
		String trials = Integer.toString(found.iterations().size());
		status(found.reached() ? NLS.bind(Messages.GoalSeek_reached, Figures.money(found.tolerance()), trials)
				: NLS.bind(Messages.GoalSeek_notReachedStatus, trials));
		answer.getParent().layout(true);
	}

	@Override
	void clearResult() {
		result = null;
		for (Label label : new Label[] { answer, total, difference, rounded, note }) {
			label.setText("");
		}
	}

	@Override
	void setInputsEnabled(boolean enabled) {
		year.setEnabled(enabled);
		target.setEnabled(enabled);
		unknown.setEnabled(enabled);
		low.setEnabled(enabled);
		high.setEnabled(enabled);
	}

	/** @return the answer shown, or null when none is (before a run, while running, after a cancel) */
	public GoalSeek.Result getResult() {
		return result;
	}

	/** @return the year picker */
	public Combo getYearCombo() {
		return year;
	}

	/** @return the target, as typed */
	public Text getTargetText() {
		return target;
	}

	/** @return what to solve: the common factor on the rates first, then the parameters */
	public Combo getUnknownCombo() {
		return unknown;
	}

	/** @return the answer as shown, e.g. "1,131622687…" */
	public String getAnswerText() {
		return answer.getText();
	}

	/** @return the recomputed total as shown */
	public String getTotalText() {
		return total.getText();
	}

	/** @return the difference from the target as shown */
	public String getDifferenceText() {
		return difference.getText();
	}
}
