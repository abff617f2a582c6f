package no.avtalebenk.cases.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The page of the New Case wizard: the project's name, and its folder, by default the folder of that
 * name in the workspace. The folder must be new or empty, so that nothing of the user's is overwritten.
 */
public final class NewCaseWizardPage extends WizardPage {

	/** The page's name in its wizard. */
	public static final String NAME = "newCase";

	private Text name;
	private Button defaultLocation;
	private Text location;
	private Button browse;

	/** A page that starts without a name and with the default location. */
	public NewCaseWizardPage() {
		super(NAME);
		setTitle(Messages.NewCasePage_title);
		setDescription(Messages.NewCasePage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.NewCasePage_name);
		name = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
		defaultLocation = new Button(page, SWT.CHECK);
		defaultLocation.setText(Messages.NewCasePage_defaultLocation);
		defaultLocation.setSelection(true);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(defaultLocation);
		new Label(page, SWT.NONE).setText(Messages.NewCasePage_location);
		location = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(location);
		browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.NewCasePage_browse);

		name.addModifyListener(e -> update());
		location.addModifyListener(e -> update());
		defaultLocation.addListener(SWT.Selection, e -> update());
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
			dialog.setText(Messages.NewCasePage_folderDialog);
			dialog.setMessage(Messages.NewCasePage_folderDialogMessage);
			dialog.setFilterPath(location.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				location.setText(chosen);
			}
		});
		setControl(page);
		update();
		setErrorMessage(null);
		name.setFocus();
	}

	/** @param projectName the project's name, as if typed */
	public void setProjectName(String projectName) {
		name.setText(projectName);
	}

	/** @param folder the case's own folder instead of the default location, as if chosen */
	public void setLocation(Path folder) {
		defaultLocation.setSelection(false);
		location.setText(folder.toString());
		update();
	}

	/** @return the project's name */
	public String projectName() {
		return name.getText().trim();
	}

	/** @return the case folder: the folder of the project's name in the workspace, or the one chosen */
	public Path folder() {
		if (defaultLocation.getSelection()) {
			return ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath().resolve(projectName());
		}
		return Path.of(location.getText().trim()).toAbsolutePath().normalize();
	}

	private void update() {
		boolean custom = !defaultLocation.getSelection();
		location.setEnabled(custom);
		browse.setEnabled(custom);
		String standard = ResourcesPlugin.getWorkspace().getRoot().getLocation().append(projectName()).toOSString();
		if (!custom && !standard.equals(location.getText())) {
			// shown for information; the text's own listener comes back here with nothing left to change
			location.setText(standard);
		}
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** @return why the fields do not make a new case yet, or null when they do */
	private String problem() {
		if (projectName().isEmpty()) {
			return Messages.NewCasePage_noName;
		}
		if (!defaultLocation.getSelection() && location.getText().isBlank()) {
			return Messages.NewCasePage_noLocation;
		}
		Path folder;
		try {
			folder = folder();
		} catch (InvalidPathException e) {
			return NLS.bind(Messages.NewCasePage_badLocation, location.getText(), e.getMessage());
		}
		IStatus status = CaseProjects.validate(projectName(), folder);
		if (!status.isOK()) {
			return status.getMessage();
		}
		if (Files.exists(folder)) {
			if (!Files.isDirectory(folder)) {
				return NLS.bind(Messages.NewCasePage_isFile, folder);
			}
			try (Stream<Path> entries = Files.list(folder)) {
				if (entries.findAny().isPresent()) {
					return NLS.bind(Messages.NewCasePage_notEmpty, folder);
				}
			} catch (IOException e) {
				return NLS.bind(Messages.NewCasePage_unreadable, folder, e.getMessage());
			}
		}
		return null;
	}
}
