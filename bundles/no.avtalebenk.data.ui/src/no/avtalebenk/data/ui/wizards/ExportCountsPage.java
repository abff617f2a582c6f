package no.avtalebenk.data.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import no.avtalebenk.data.export.ExportFormat;

/**
 * The export wizard's page: a data set of the case, the format (CSV or XLSX) and the file to write.
 */
public final class ExportCountsPage extends WizardPage {

	private final Path caseFolder;
	private final Path preselected;
	private Combo dataSet;
	private Button csv;
	private Button xlsx;
	private Text target;
	private boolean targetTyped;

	ExportCountsPage(Path caseFolder, Path preselected) {
		super("exportCounts");
		this.caseFolder = caseFolder;
		this.preselected = preselected;
		setTitle(Messages.Export_title);
		setDescription(Messages.Export_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.Import_case);
		Label folder = new Label(page, SWT.NONE);
		folder.setText(caseFolder.toString());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(folder);
		new Label(page, SWT.NONE).setText(Messages.Export_dataSet);
		dataSet = new Combo(page, SWT.DROP_DOWN);
		for (String name : CaseOfSelection.dataSets(caseFolder)) {
			dataSet.add(name);
		}
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(420, SWT.DEFAULT).applyTo(dataSet);
		new Label(page, SWT.NONE).setText(Messages.Export_format);
		Composite formats = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(formats);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(formats);
		csv = new Button(formats, SWT.RADIO);
		csv.setText(Messages.Export_csv);
		csv.setSelection(true);
		xlsx = new Button(formats, SWT.RADIO);
		xlsx.setText(Messages.Export_xlsx);
		new Label(page, SWT.NONE).setText(Messages.Export_file);
		target = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.Wizard_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*." + format().extension() });
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen != null) {
				target.setText(chosen);
				targetTyped = true;
			}
		});
		dataSet.addListener(SWT.Modify, e -> suggestTarget());
		csv.addListener(SWT.Selection, e -> suggestTarget());
		xlsx.addListener(SWT.Selection, e -> suggestTarget());
		target.addListener(SWT.KeyUp, e -> targetTyped = true);
		target.addModifyListener(e -> validate());
		if (preselected != null && preselected.startsWith(caseFolder)) {
			dataSet.setText(caseFolder.relativize(preselected).toString().replace('\\', '/'));
		} else if (dataSet.getItemCount() > 0) {
			dataSet.select(0);
		}
		setControl(page);
		suggestTarget();
		validate();
	}

	/** Until the user names a file: the data set's name with the format's extension, in the home folder. */
	private void suggestTarget() {
		if (!targetTyped) {
			Path chosen = dataSetPath();
			if (chosen != null) {
				String name = chosen.getFileName().toString().replaceFirst("\\.avtale$", "");
				target.setText(Path.of(System.getProperty("user.home"), name + "-tall." + format().extension()).toString());
			}
		}
		validate();
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		Path file = targetPath();
		setMessage(problem == null && file != null && Files.exists(file) ? NLS.bind(Messages.Export_replaces, file) : null, WARNING);
		setPageComplete(problem == null);
	}

	private String problem() {
		Path chosen = dataSetPath();
		if (chosen == null) {
			return Messages.Export_chooseDataSet;
		}
		if (!Files.isRegularFile(chosen)) {
			return NLS.bind(Messages.Import_noSuchFile, chosen);
		}
		Path file = targetPath();
		if (file == null) {
			return Messages.Export_chooseFile;
		}
		if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
			return NLS.bind(Messages.Import_noFolder, file.getParent());
		}
		if (Files.isDirectory(file)) {
			return NLS.bind(Messages.Export_isFolder, file);
		}
		return null;
	}

	/** @return the chosen data set file, or null */
	Path dataSetPath() {
		String name = dataSet == null ? "" : dataSet.getText().trim();
		try {
			return name.isEmpty() ? null : caseFolder.resolve(name).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** @return the file to write, or null */
	Path targetPath() {
		String name = target == null ? "" : target.getText().trim();
		try {
			return name.isEmpty() ? null : Path.of(name).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** @return the chosen format */
	ExportFormat format() {
		return xlsx != null && xlsx.getSelection() ? ExportFormat.XLSX : ExportFormat.CSV;
	}

	/** @return the data set field (for tests) */
	public Combo getDataSetField() {
		return dataSet;
	}

	/** @return the CSV choice (for tests) */
	public Button getCsvButton() {
		return csv;
	}

	/** @return the XLSX choice (for tests) */
	public Button getXlsxButton() {
		return xlsx;
	}

	/** @return the file to write (for tests) */
	public Text getTargetField() {
		return target;
	}
}
