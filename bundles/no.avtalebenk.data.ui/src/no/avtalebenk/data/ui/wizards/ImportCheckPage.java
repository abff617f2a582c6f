package no.avtalebenk.data.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import no.avtalebenk.data.ui.editor.CountText;

/**
 * The import wizard's second page: the import tried without writing, with every message of the
 * importer (an unknown unit with the column it was read from, a bad value with its line and column)
 * or what the import would add and replace, per category and year. Finish writes only when there is
 * no problem, all or nothing.
 */
public final class ImportCheckPage extends WizardPage {

	private final ImportCountsPage request;
	private Text report;
	private CountImport checked;

	ImportCheckPage(ImportCountsPage request) {
		super("importCheck");
		this.request = request;
		setTitle(Messages.Check_title);
		setDescription(Messages.Check_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		report = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 260).applyTo(report);
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			check();
		}
	}

	/** Tries the import the first page describes, in the wizard's progress area, and shows the outcome. */
	private void check() {
		CountImport wanted = request.request();
		AtomicReference<CountImport.Outcome> outcome = new AtomicReference<>();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.Check_running, wanted.source().getFileName()), 1);
				outcome.set(wanted.check());
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			show(wanted, new CountImport.Outcome(java.util.List.of(String.valueOf(e.getCause()))));
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		show(wanted, outcome.get());
	}

	/**
	 * Shows an outcome: the problems (the page is then not complete) or the summary.
	 *
	 * @param wanted  the import
	 * @param outcome what it did or would do
	 */
	void show(CountImport wanted, CountImport.Outcome outcome) {
		checked = outcome.ok() ? wanted : null;
		if (!outcome.ok()) {
			report.setText(NLS.bind(Messages.Check_problems, outcome.problems().size(), wanted.dataSet().getFileName())
					+ "\n\n" + String.join("\n", outcome.problems()));
			setErrorMessage(NLS.bind(Messages.Check_refused, outcome.problems().size()));
			setPageComplete(false);
			return;
		}
		setErrorMessage(null);
		report.setText(summary(wanted, outcome));
		setPageComplete(true);
	}

	/** @return the outcome in the user's words, with the totals per category and year */
	static String summary(CountImport wanted, CountImport.Outcome outcome) {
		var summary = outcome.summary();
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Check_ok, new Object[] { outcome.read(), wanted.source().getFileName(),
				wanted.dataSet().getFileName(), summary.added(), summary.replaced() }));
		if (summary.created()) {
			text.append('\n').append(Messages.Check_created);
		}
		if (!summary.ownUnits().isEmpty()) {
			text.append('\n').append(NLS.bind(Messages.Check_ownUnits, String.join(", ", summary.ownUnits())));
		}
		text.append("\n\n").append(Messages.Check_totals);
		for (Map.Entry<String, Map<Integer, BigDecimal>> category : summary.totals().entrySet()) {
			for (Map.Entry<Integer, BigDecimal> year : category.getValue().entrySet()) {
				text.append('\n').append(outcome.categoryNames().apply(category.getKey())).append(", ").append(year.getKey()).append(": ")
						.append(CountText.number(year.getValue()));
			}
		}
		return text.toString();
	}

	/** @return the import that was checked without problems, or null */
	CountImport checked() {
		return checked;
	}

	/** @return the text of the report (for tests) */
	public String getReportText() {
		return report == null ? null : report.getText();
	}
}
