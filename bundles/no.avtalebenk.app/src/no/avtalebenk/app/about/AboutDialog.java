package no.avtalebenk.app.about;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import no.avtalebenk.app.Messages;

/**
 * Om Avtalebenk: the product's version, the main libraries with the versions running now and their
 * licences, and where the bundled data come from with their licences.
 */
public class AboutDialog extends Dialog {

	private Table libraries;
	private Text data;

	/** @param parent the window */
	public AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.About_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Label heading = new Label(area, SWT.NONE);
		heading.setFont(JFaceResources.getHeaderFont());
		heading.setText(NLS.bind(Messages.About_heading, productVersion()));
		Label description = new Label(area, SWT.WRAP);
		GridData wrap = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wrap.widthHint = 640;
		description.setLayoutData(wrap);
		description.setText(Messages.About_description);

		TabFolder tabs = new TabFolder(area, SWT.TOP);
		GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true);
		fill.widthHint = 680;
		fill.heightHint = 330;
		tabs.setLayoutData(fill);
		TabItem librariesTab = new TabItem(tabs, SWT.NONE);
		librariesTab.setText(Messages.About_libraries);
		libraries = librariesTable(tabs);
		librariesTab.setControl(libraries);
		TabItem dataTab = new TabItem(tabs, SWT.NONE);
		dataTab.setText(Messages.About_data);
		data = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		data.setText(Attributions.text());
		dataTab.setControl(data);
		return area;
	}

	private static Table librariesTable(Composite parent) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String header : new String[] { Messages.About_column_library, Messages.About_column_version,
				Messages.About_column_licence, Messages.About_column_bundle }) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		for (Library library : Library.MAIN) {
			String version = library.version();
			new TableItem(table, SWT.NONE).setText(new String[] { library.name(),
					version != null ? version : Messages.About_notInstalled, library.licence(), library.bundle() });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		return table;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/** @return the version of the running product (its defining bundle), e.g. 0.1.0.202612021200 */
	public static String productVersion() {
		IProduct product = Platform.getProduct();
		if (product != null && product.getDefiningBundle() != null) {
			return product.getDefiningBundle().getVersion().toString();
		}
		return Platform.getBundle("no.avtalebenk.app").getVersion().toString();
	}

	/** @return the table of libraries: name, version, licence, bundle */
	public Table getLibraries() {
		return libraries;
	}

	/** @return the text with the data's sources and licences */
	public String getDataText() {
		return data.getText();
	}
}
