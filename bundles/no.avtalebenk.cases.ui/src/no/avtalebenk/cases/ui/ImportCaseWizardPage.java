package no.avtalebenk.cases.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

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

/** The page of the Import Case wizard: the case folder, typed or chosen in a folder dialog. */
public final class ImportCaseWizardPage extends WizardPage {

	/** The page's name in its wizard. */
	public static final String NAME = "importCase";

	private Text folder;

	/** A page without a folder yet. */
	public ImportCaseWizardPage() {
		super(NAME);
		setTitle(Messages.ImportCasePage_title);
		setDescription(Messages.ImportCasePage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.ImportCasePage_folder);
		folder = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.ImportCasePage_browse);
		folder.addModifyListener(e -> update());
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.OPEN);
			dialog.setText(Messages.ImportCasePage_folderDialog);
			dialog.setMessage(Messages.ImportCasePage_folderDialogMessage);
			dialog.setFilterPath(folder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		setControl(page);
		folder.setFocus();
	}

	/** @param chosen the case folder, as if chosen */
	public void setFolder(Path chosen) {
		folder.setText(chosen.toString());
	}

	/** @return the case folder, absolute */
	public Path folder() {
		return Path.of(folder.getText().trim()).toAbsolutePath().normalize();
	}

	private void update() {
		String problem = null;
		if (folder.getText().isBlank()) {
			problem = Messages.ImportCasePage_noFolder;
		} else {
			try {
				if (!Files.isDirectory(folder())) {
					problem = NLS.bind(Messages.ImportCasePage_notAFolder, folder());
				}
			} catch (InvalidPathException e) {
				problem = NLS.bind(Messages.ImportCasePage_badFolder, folder.getText(), e.getMessage());
			}
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}
}
