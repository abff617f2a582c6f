package no.avtalebenk.report.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
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
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jfree.chart.swt.ChartComposite;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.ui.CaseMessages;
import no.avtalebenk.cases.ui.CaseView;
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
public class BriefingView extends CaseView {

	/** The view's id. */
	public static final String ID = "no.avtalebenk.report.ui.briefingView";
	/** The Monte Carlo draws of the preview; the command line's report makes {@value BriefingInputs#DEFAULT_DRAWS}. */
	public static final int PREVIEW_DRAWS = 500;

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
		exportPdf.setText(Messages.Briefing_exportPdf);
		exportPdf.addListener(SWT.Selection, e -> exportWithDialog("pdf"));
		exportHtml = new Button(bar, SWT.PUSH);
		exportHtml.setText(Messages.Briefing_exportHtml);
		exportHtml.addListener(SWT.Selection, e -> exportWithDialog("html"));
		note = new Label(parent, SWT.WRAP);
		note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, e -> fitContent());
		followCurrentCase(scroller);
	}

	@Override
	protected String partName() {
		return Messages.Briefing_partName;
	}

	@Override
	protected void showOpening(Path folder) {
		heading.setText(heading(folder));
		showMessage(openingMessage(folder));
	}

	@Override
	protected void showFailed(Path folder, CaseException error) {
		heading.setText(heading(folder));
		showMessage(NLS.bind(Messages.Briefing_failed, folder, CaseMessages.describe(error)));
	}

	/** Builds the briefing in a job and shows it, unless the view was asked to show something else meanwhile. */
	@Override
	protected void showOpen(Case value, long asked) {
		heading.setText(heading(value.folder()));
		showMessage(NLS.bind(Messages.Briefing_building, value.folder()));
		compute(NLS.bind(Messages.Briefing_job, value.folder().getFileName()), false, asked, scroller,
				() -> Briefings.build(BriefingInputs.of(value, null, null, BriefingInputs.DEFAULT_SEED, PREVIEW_DRAWS),
						Briefings.allSections()),
				built -> showBriefing(value, built),
				e -> showMessage(NLS.bind(Messages.Briefing_notBuilt, value.folder(), describe(e))));
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
		note.setText(NLS.bind(Messages.Briefing_note, Integer.toString(PREVIEW_DRAWS),
				Integer.toString(BriefingInputs.DEFAULT_DRAWS)));
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
		dialog.setText(extension.equals("pdf") ? Messages.Briefing_exportPdfDialog : Messages.Briefing_exportHtmlDialog);
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFilterNames(new String[] { extension.equals("pdf") ? "PDF (*.pdf)" : "HTML (*.html)" });
		dialog.setFileName(NLS.bind(Messages.Briefing_fileName, shownCase.folder().getFileName(), extension));
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
			MessageDialog.openError(scroller.getShell(), Messages.Briefing_exportFailed,
					NLS.bind(Messages.Briefing_notWritten, target, failure[0].getMessage()));
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
			throw new IOException(NLS.bind(Messages.Briefing_noFolder, target));
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
