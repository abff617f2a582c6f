package no.avtalebenk.data.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import no.avtalebenk.cases.Cases;
import no.avtalebenk.data.ui.editor.DataSetEditor;
import no.avtalebenk.data.importer.Importer;
import no.avtalebenk.data.importer.ImporterDescriptor;
import no.avtalebenk.data.importer.ImporterRegistry;

/**
 * The import wizard's first page: the kind of file (the importers contributed to
 * {@value ImporterRegistry#EXTENSION_POINT}), the file, the year and retrieved date when the file
 * does not say them, the importer's own options, and the data set of the case to import into (an
 * existing one, or a new file, by default {@code data/<name of the file>.avtale}).
 */
public final class ImportCountsPage extends WizardPage {

	private final Path caseFolder;
	private final List<ImporterDescriptor> importers;
	private final List<String> registryProblems;
	private Combo kind;
	private Label kindOptions;
	private Text source;
	private Text year;
	private Text retrieved;
	private Text options;
	private Combo dataSet;
	private Label dataSetState;
	private boolean dataSetTyped;

	ImportCountsPage(Path caseFolder) {
		super("importCounts");
		this.caseFolder = caseFolder;
		ImporterRegistry registry = ImporterRegistry.load();
		this.importers = List.copyOf(registry.importers());
		this.registryProblems = registry.problems();
		setTitle(Messages.Import_title);
		setDescription(NLS.bind(Messages.Import_description, caseFolder.getFileName()));
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.Import_case);
		Label folder = new Label(page, SWT.NONE);
		folder.setText(caseFolder.toString());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(folder);

		new Label(page, SWT.NONE).setText(Messages.Import_kind);
		kind = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (ImporterDescriptor importer : importers) {
			kind.add(importer.kind() + " – " + importer.name());
		}
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(500, SWT.DEFAULT).applyTo(kind);
		new Label(page, SWT.NONE);
		kindOptions = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(500, SWT.DEFAULT).applyTo(kindOptions);

		new Label(page, SWT.NONE).setText(Messages.Import_file);
		source = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(source);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.Wizard_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx;*.json;*.txt", "*" });
			String chosen = dialog.open();
			if (chosen != null) {
				source.setText(chosen);
			}
		});

		new Label(page, SWT.NONE).setText(Messages.Import_year);
		year = new Text(page, SWT.BORDER);
		year.setMessage(Messages.Import_yearHint);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(year);
		new Label(page, SWT.NONE).setText(Messages.Import_retrieved);
		retrieved = new Text(page, SWT.BORDER);
		retrieved.setMessage(Messages.Import_retrievedHint);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(retrieved);
		Label optionsLabel = new Label(page, SWT.NONE);
		optionsLabel.setText(Messages.Import_options);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(optionsLabel);
		options = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		options.setMessage(Messages.Import_optionsHint);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, 50).applyTo(options);

		new Label(page, SWT.NONE).setText(Messages.Import_dataSet);
		dataSet = new Combo(page, SWT.DROP_DOWN);
		for (String name : CaseOfSelection.dataSets(caseFolder)) {
			dataSet.add(name);
		}
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(dataSet);
		new Label(page, SWT.NONE);
		dataSetState = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(500, SWT.DEFAULT).applyTo(dataSetState);

		kind.addListener(SWT.Selection, e -> validate());
		source.addModifyListener(e -> {
			if (!dataSetTyped) {
				String name = fileName(source.getText().trim());
				dataSet.setText(name.isEmpty() ? "" : Cases.DATA + "/" + name + ".avtale");
				dataSetTyped = false;
			}
			validate();
		});
		dataSet.addListener(SWT.Modify, e -> validate());
		dataSet.addListener(SWT.KeyUp, e -> dataSetTyped = true);
		dataSet.addListener(SWT.Selection, e -> dataSetTyped = true);
		year.addModifyListener(e -> validate());
		retrieved.addModifyListener(e -> validate());
		options.addModifyListener(e -> validate());
		int csv = 0;
		for (int i = 0; i < importers.size(); i++) {
			if (importers.get(i).kind().equals("csv")) {
				csv = i;
			}
		}
		if (!importers.isEmpty()) {
			kind.select(csv);
		}
		setControl(page);
		validate();
	}

	/** The file's name without its extension, e.g. {@code gsi-2025} for {@code gsi-2025.csv}. */
	private static String fileName(String path) {
		try {
			Path file = Path.of(path).getFileName();
			if (file == null) {
				return "";
			}
			String name = file.toString();
			int dot = name.lastIndexOf('.');
			return dot > 0 ? name.substring(0, dot) : name;
		} catch (InvalidPathException e) {
			return "";
		}
	}

	private void validate() {
		String problem = problem();
		ImporterDescriptor chosen = importer();
		kindOptions.setText(chosen == null ? "" : chosen.importer().options().isEmpty() ? Messages.Import_noOptions
				: NLS.bind(Messages.Import_kindOptions, String.join(", ", new TreeSet<>(chosen.importer().options()))));
		Path target = dataSetPath();
		dataSetState.setText(target == null ? "" : Files.exists(target) ? Messages.Import_existing : Messages.Import_new);
		setErrorMessage(problem);
		setMessage(problem == null && !registryProblems.isEmpty() ? String.join("\n", registryProblems) : null, WARNING);
		setPageComplete(problem == null);
		kindOptions.getParent().layout(true);
	}

	private String problem() {
		if (importers.isEmpty()) {
			return Messages.Import_noImporters;
		}
		if (importer() == null) {
			return Messages.Import_chooseKind;
		}
		String file = source.getText().trim();
		if (file.isEmpty()) {
			return Messages.Import_chooseFile;
		}
		try {
			if (!Files.isRegularFile(Path.of(file))) {
				return NLS.bind(Messages.Import_noSuchFile, file);
			}
		} catch (InvalidPathException e) {
			return NLS.bind(Messages.Import_noSuchFile, file);
		}
		if (!year.getText().isBlank() && !year.getText().trim().matches("\\d{4}")) {
			return NLS.bind(Messages.Import_badYear, year.getText().trim());
		}
		if (!retrieved.getText().isBlank() && !retrieved.getText().trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
			return NLS.bind(Messages.Import_badRetrieved, retrieved.getText().trim());
		}
		for (String line : options.getText().split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] pair = line.split("=", 2);
			if (pair.length != 2 || pair[0].isBlank()) {
				return NLS.bind(Messages.Import_badOption, line.trim());
			}
			if (!importer().importer().options().contains(pair[0].trim())) {
				return NLS.bind(Messages.Import_unknownOption, pair[0].trim(), importer().kind());
			}
		}
		String name = dataSet.getText().trim();
		if (name.isEmpty()) {
			return Messages.Import_chooseDataSet;
		}
		Path target = dataSetPath();
		if (target == null || !name.endsWith(".avtale") || !target.startsWith(caseFolder)) {
			return NLS.bind(Messages.Import_badDataSet, name);
		}
		if (!Files.isDirectory(target.getParent()) && !target.getParent().equals(caseFolder.resolve(Cases.DATA))) {
			return NLS.bind(Messages.Import_noFolder, target.getParent());
		}
		if (openWithChanges(target)) {
			return NLS.bind(Messages.Import_unsaved, name);
		}
		if (Files.exists(target) && !CaseOfSelection.dataSets(caseFolder).contains(caseFolder.relativize(target).toString()
				.replace('\\', '/'))) {
			return NLS.bind(Messages.Import_notADataSet, name);
		}
		return null;
	}

	/** @return whether a data set editor shows the file with changes not saved, which the import would lose */
	private static boolean openWithChanges(Path target) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.isDirty() && reference.getEditor(false) instanceof DataSetEditor editor
							&& target.equals(editor.getFile().toAbsolutePath().normalize())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** @return the chosen importer, or null */
	ImporterDescriptor importer() {
		int index = kind == null ? -1 : kind.getSelectionIndex();
		return index < 0 || index >= importers.size() ? null : importers.get(index);
	}

	/** @return the data set file, inside the case folder, or null when the name is not a path */
	Path dataSetPath() {
		String name = dataSet == null ? "" : dataSet.getText().trim();
		if (name.isEmpty()) {
			return null;
		}
		try {
			return caseFolder.resolve(name).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** @return the import the page describes; call only when the page is complete */
	CountImport request() {
		Map<String, String> given = new LinkedHashMap<>();
		if (!year.getText().isBlank()) {
			given.put(Importer.YEAR, year.getText().trim());
		}
		if (!retrieved.getText().isBlank()) {
			given.put(Importer.RETRIEVED, retrieved.getText().trim());
		}
		for (String line : options.getText().split("\\R")) {
			String[] pair = line.split("=", 2);
			if (pair.length == 2 && !pair[0].isBlank()) {
				given.put(pair[0].trim(), pair[1].trim());
			}
		}
		return new CountImport(importer(), Path.of(source.getText().trim()), given, dataSetPath(), caseFolder);
	}

	/** @return the kind of file (for tests) */
	public Combo getKindField() {
		return kind;
	}

	/** @return the file to import (for tests) */
	public Text getSourceField() {
		return source;
	}

	/** @return the year the counts are stored under (for tests) */
	public Text getYearField() {
		return year;
	}

	/** @return the importer's own options, one name=value a line (for tests) */
	public Text getOptionsField() {
		return options;
	}

	/** @return the data set to import into (for tests) */
	public Combo getDataSetField() {
		return dataSet;
	}
}
