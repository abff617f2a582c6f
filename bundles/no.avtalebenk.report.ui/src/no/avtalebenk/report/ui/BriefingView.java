package no.avtalebenk.report.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.swt.ChartComposite;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.ui.CaseMessages;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.model.io.AtomicFiles;
import no.avtalebenk.report.Block;
import no.avtalebenk.report.Briefing;
import no.avtalebenk.report.BriefingInputs;
import no.avtalebenk.report.Briefings;
import no.avtalebenk.report.HtmlWriter;
import no.avtalebenk.report.PdfWriter;

/**
 * The mediation briefing of the workbench's {@link CurrentCase current case}, as {@code ./avtalebenk
 * report} writes it: its headings, paragraphs, tables and charts one below the other. The briefing is
 * built in a job from the case (the same input as the command line's, {@link BriefingInputs}), with
 * fewer Monte Carlo draws so that it is ready soon; the view says so. It follows the current case:
 * another case opened, or a file of the case saved, builds the briefing anew. Eksporter PDF… and
 * Eksporter HTML… write the briefing shown, replacing the chosen file only once it is complete.
 */
public class BriefingView extends ViewPart {

	/** The view's id. */
	public static final String ID = "no.avtalebenk.report.ui.briefingView";
	/** The Monte Carlo draws of the preview; the command line's report makes {@value BriefingInputs#DEFAULT_DRAWS}. */
	public static final int PREVIEW_DRAWS = 500;

	private static final String PART_NAME = "Meklingsnotat";
	private static final int CHART_HEIGHT = 340;

	private LocalResourceManager resources;
	private Label heading;
	private Label note;
	private Button exportPdf;
	private Button exportHtml;
	private ScrolledComposite scroller;
	private Composite content;

	private Case shownCase;
	private Briefing briefing;
	/** Counts what the view was asked to show, so that a briefing finished late is not shown. */
	private long shown;
	private Consumer<CurrentCase.State> listener;

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 2;
		parent.setLayout(layout);

		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout barLayout = new GridLayout(3, false);
		barLayout.marginWidth = 0;
		barLayout.marginHeight = 0;
		bar.setLayout(barLayout);
		heading = new Label(bar, SWT.NONE);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		exportPdf = new Button(bar, SWT.PUSH);
		exportPdf.setText("Eksporter PDF…");
		exportPdf.addListener(SWT.Selection, e -> exportWithDialog("pdf"));
		exportHtml = new Button(bar, SWT.PUSH);
		exportHtml.setText("Eksporter HTML…");
		exportHtml.addListener(SWT.Selection, e -> exportWithDialog("html"));
		note = new Label(parent, SWT.WRAP);
		note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, e -> fitContent());

		Display display = parent.getDisplay();
		CurrentCase current = CurrentCase.get();
		listener = state -> display.asyncExec(() -> {
			if (!scroller.isDisposed()) {
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
		heading.setText("Sak: " + folderName + " (" + state.folder() + ")");
		switch (state) {
		case CurrentCase.Opening opening -> showMessage("Åpner saken i " + state.folder() + " …");
		case CurrentCase.Failed failed -> showMessage("Saken i " + state.folder()
				+ " kan ikke åpnes, så det er ikke noe meklingsnotat å vise:\n\n" + CaseMessages.describe(failed.error())
				+ "\n\nRett feilen (Avtalebenk › Åpne sakens formelfil), eller åpne en annen sak (Avtalebenk › Åpne sak…).");
		case CurrentCase.Open open -> build(open.value(), request);
		}
	}

	/** Builds the briefing in a job and shows it, unless the view was asked to show something else meanwhile. */
	private void build(Case value, long request) {
		showMessage("Lager meklingsnotatet for saken i " + value.folder() + " …");
		Display display = scroller.getDisplay();
		Job job = Job.create("Meklingsnotat for saken " + value.folder().getFileName(), monitor -> {
			Briefing built;
			try {
				built = Briefings.build(BriefingInputs.of(value, null, null, BriefingInputs.DEFAULT_SEED, PREVIEW_DRAWS),
						Briefings.allSections());
			} catch (CaseException | RuntimeException e) {
				display.asyncExec(() -> {
					if (request == shown && !scroller.isDisposed()) {
						showMessage("Meklingsnotatet for saken i " + value.folder() + " kan ikke lages:\n\n"
								+ (e instanceof CaseException error ? CaseMessages.describe(error)
										: String.valueOf(e.getMessage())));
					}
				});
				return Status.OK_STATUS;
			}
			display.asyncExec(() -> {
				if (request == shown && !scroller.isDisposed()) {
					showBriefing(value, built);
				}
			});
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void showMessage(String text) {
		shownCase = null;
		briefing = null;
		note.setText("");
		exportPdf.setEnabled(false);
		exportHtml.setEnabled(false);
		Composite fresh = freshContent();
		Label message = new Label(fresh, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
		message.setText(text);
		scroller.getParent().layout(true, true);
		fitContent();
	}

	private void showBriefing(Case value, Briefing built) {
		shownCase = value;
		briefing = built;
		note.setText("Forhåndsvisning: usikkerheten er regnet med " + PREVIEW_DRAWS + " Monte Carlo-trekk (./avtalebenk "
				+ "report gjør " + BriefingInputs.DEFAULT_DRAWS + "); eksporten skriver notatet slik det vises her.");
		exportPdf.setEnabled(true);
		exportHtml.setEnabled(true);
		Composite fresh = freshContent();
		fresh.setRedraw(false);
		try {
			title(fresh, built.title());
			for (Block block : built.blocks()) {
				switch (block) {
				case Block.Heading h -> heading(fresh, h);
				case Block.Paragraph p -> paragraph(fresh, p.text());
				case Block.Table t -> table(fresh, t);
				case Block.Chart c -> chart(fresh, c);
				}
			}
		} finally {
			fresh.setRedraw(true);
		}
		scroller.getParent().layout(true, true);
		fitContent();
	}

	private Composite freshContent() {
		if (content != null) {
			content.dispose();
		}
		content = new Composite(scroller, SWT.NONE);
		content.setBackground(scroller.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		content.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 12;
		layout.marginHeight = 8;
		content.setLayout(layout);
		scroller.setContent(content);
		return content;
	}

	/** Lets the wrapped paragraphs take the visible width and scrolls the rest. */
	private void fitContent() {
		if (content == null || content.isDisposed()) {
			return;
		}
		int width = scroller.getClientArea().width;
		Point size = content.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT);
		scroller.setMinSize(size);
		content.layout(true, true);
	}

	private void title(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
		label.setFont(resources.create(JFaceResources.getFontDescriptor(JFaceResources.DEFAULT_FONT).setStyle(SWT.BOLD)
				.increaseHeight(6)));
		label.setText(text);
	}

	private void heading(Composite parent, Block.Heading h) {
		Label label = new Label(parent, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
		data.verticalIndent = h.level() == 1 ? 14 : 8;
		label.setLayoutData(data);
		FontDescriptor bold = JFaceResources.getFontDescriptor(JFaceResources.DEFAULT_FONT).setStyle(SWT.BOLD);
		Font font = resources.create(h.level() == 1 ? bold.increaseHeight(4) : bold.increaseHeight(1));
		label.setFont(font);
		label.setText(h.text());
	}

	private static void paragraph(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
		label.setText(text);
	}

	private static void table(Composite parent, Block.Table block) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < block.header().size(); i++) {
			new TableColumn(table, block.numeric().get(i) ? SWT.RIGHT : SWT.LEFT).setText(block.header().get(i));
		}
		for (List<String> row : block.rows()) {
			new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		table.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
	}

	private static void chart(Composite parent, Block.Chart block) {
		ChartComposite chart = new ChartComposite(parent, SWT.NONE,
				ChartRenderer.render(block.data(), NumberStyle.NORWEGIAN), true);
		GridData data = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
		data.heightHint = CHART_HEIGHT;
		data.widthHint = 640;
		chart.setLayoutData(data);
	}

	private void exportWithDialog(String extension) {
		if (briefing == null) {
			return;
		}
		FileDialog dialog = new FileDialog(scroller.getShell(), SWT.SAVE);
		dialog.setText(extension.equals("pdf") ? "Eksporter meklingsnotatet som PDF" : "Eksporter meklingsnotatet som HTML");
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFilterNames(new String[] { extension.equals("pdf") ? "PDF (*.pdf)" : "HTML (*.html)" });
		dialog.setFileName(shownCase.folder().getFileName() + "-meklingsnotat." + extension);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		String name = chosen.toLowerCase(Locale.ROOT).endsWith("." + extension) ? chosen : chosen + "." + extension;
		Path target = Path.of(name);
		IOException[] failure = new IOException[1];
		BusyIndicator.showWhile(scroller.getDisplay(), () -> {
			try {
				export(target);
			} catch (IOException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(scroller.getShell(), "Eksporten mislyktes",
					"Meklingsnotatet kunne ikke skrives til " + target + ":\n\n" + failure[0].getMessage()
							+ "\n\nEn fil som fantes der fra før, er uendret.");
		}
	}

	/**
	 * Writes the briefing shown: as a PDF when the file's name ends in {@code .pdf}, else as an HTML page.
	 * The file is written beside the target first and then moved over it, so a failed export leaves an
	 * existing file as it was.
	 *
	 * @param target the file to write; its folder must exist
	 * @throws IOException           when the file cannot be written
	 * @throws IllegalStateException when no briefing is shown (the case is opening, failed or being built)
	 */
	public void export(Path target) throws IOException {
		Briefing current = briefing;
		if (current == null) {
			throw new IllegalStateException("no briefing is shown yet, so there is nothing to export to " + target);
		}
		Path folder = target.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new IOException("the folder of " + target + " does not exist");
		}
		boolean pdf = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
		AtomicFiles.write(target, stream -> {
			if (pdf) {
				PdfWriter.write(current, NumberStyle.NORWEGIAN, stream);
			} else {
				stream.write(HtmlWriter.write(current, NumberStyle.NORWEGIAN).getBytes(StandardCharsets.UTF_8));
			}
		}, false);
	}

	@Override
	public void setFocus() {
		scroller.setFocus();
	}

	@Override
	public void dispose() {
		if (listener != null) {
			CurrentCase.get().removeListener(listener);
		}
		super.dispose();
	}

	/** @return the case whose briefing is shown, or null when none is (opening, failed, being built) */
	public Case getCase() {
		return shownCase;
	}

	/** @return the briefing shown, or null when none is */
	public Briefing getBriefing() {
		return briefing;
	}

	/** @return the line above the briefing, naming the case */
	public String getHeadingText() {
		return heading.getText();
	}

	/** @return the note on how the preview was made, empty while no briefing is shown */
	public String getNoteText() {
		return note.getText();
	}

	/**
	 * @return the text the view shows, in order: each heading, paragraph and message on a line of its own,
	 *         and each table row as its cells separated by tabs (the charts' titles are part of their pictures)
	 */
	public String getShownText() {
		List<String> lines = new ArrayList<>();
		if (content != null && !content.isDisposed()) {
			for (Control control : content.getChildren()) {
				if (control instanceof Label label) {
					lines.add(label.getText());
				} else if (control instanceof Table table) {
					for (TableItem item : table.getItems()) {
						List<String> cells = new ArrayList<>();
						for (int i = 0; i < table.getColumnCount(); i++) {
							cells.add(item.getText(i));
						}
						lines.add(String.join("\t", cells));
					}
				}
			}
		}
		return String.join("\n", lines);
	}

	/** @return the Eksporter PDF… button */
	public Button getExportPdfButton() {
		return exportPdf;
	}

	/** @return the Eksporter HTML… button */
	public Button getExportHtmlButton() {
		return exportHtml;
	}
}
