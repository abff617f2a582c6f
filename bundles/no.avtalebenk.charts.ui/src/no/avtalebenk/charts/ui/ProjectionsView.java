package no.avtalebenk.charts.ui;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.projection.ProjectionRegistry;

/**
 * The projection models installed on the extension point {@value ProjectionRegistry#EXTENSION_POINT},
 * as {@link ProjectionRegistry} reads them: name, label and contributing plug-in in a table, the
 * selected model's description beside it, and the contributions the registry skipped (with its
 * reason) below, so that an analyst sees at once whether a new plug-in arrived.
 */
public class ProjectionsView extends ViewPart {

	/** The view's id. */
	public static final String ID = "no.avtalebenk.charts.ui.projectionsView";

	private List<ProjectionDescriptor> models = List.of();
	private Table table;
	private Text description;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		ProjectionRegistry registry = ProjectionRegistry.load();
		models = registry.models();
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String header : new String[] { Messages.Projections_model, Messages.Projections_label,
				Messages.Projections_contributor }) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		for (ProjectionDescriptor model : models) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { model.name(), model.label(), model.contributor() });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		description = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		sash.setWeights(55, 45);
		table.addListener(SWT.Selection, e -> showDescription());
		if (!models.isEmpty()) {
			table.select(0);
		}
		showDescription();
		for (String problem : registry.problems()) {
			Label skipped = new Label(parent, SWT.WRAP);
			skipped.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			skipped.setText(NLS.bind(Messages.Projections_skipped, problem));
		}
	}

	private void showDescription() {
		int selected = table.getSelectionIndex();
		if (models.isEmpty()) {
			description.setText(Messages.Projections_none);
		} else if (selected < 0) {
			description.setText(Messages.Projections_choose);
		} else {
			ProjectionDescriptor model = models.get(selected);
			description.setText(model.label() + "\n\n"
					+ (model.description().isBlank() ? Messages.Projections_noDescription : model.description()));
		}
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	/** @return the models listed, by name, as the registry read them when the view opened */
	public List<ProjectionDescriptor> getModels() {
		return models;
	}

	/** @return the table of models: one row each, columns name, label and contributor */
	public Table getTable() {
		return table;
	}

	/**
	 * Selects a model's row, as a click would, and shows its description.
	 *
	 * @param index the row
	 */
	public void select(int index) {
		table.select(index);
		showDescription();
	}

	/** @return the description shown for the selected model */
	public String getDescriptionText() {
		return description.getText();
	}
}
