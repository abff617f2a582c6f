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

import no.avtalebenk.charts.kinds.ChartKindDescriptor;
import no.avtalebenk.charts.kinds.ChartKindRegistry;

/**
 * The chart kinds plugins contribute to the extension point {@value ChartKindRegistry#EXTENSION_POINT},
 * as {@link ChartKindRegistry} reads them: name, label, contributing plugin and whether the briefing
 * draws it, the selected kind's description and command beside them, and the contributions the
 * registry skipped (with the reason) below, so that an analyst sees at once whether a plugin arrived.
 */
public class ChartKindsView extends ViewPart {

	/** The view's id. */
	public static final String ID = "no.avtalebenk.charts.ui.chartKindsView";

	private List<ChartKindDescriptor> kinds = List.of();
	private List<String> problems = List.of();
	private Table table;
	private Text description;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		ChartKindRegistry registry = ChartKindRegistry.load();
		kinds = registry.kinds();
		problems = registry.problems();
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String header : new String[] { Messages.ChartKinds_name, Messages.ChartKinds_label,
				Messages.ChartKinds_contributor, Messages.ChartKinds_briefing }) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		for (ChartKindDescriptor kind : kinds) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { kind.name(), kind.label(), kind.contributor(),
					kind.briefing() ? Messages.ChartKinds_yes : Messages.ChartKinds_no });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		description = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		sash.setWeights(60, 40);
		table.addListener(SWT.Selection, e -> showDescription());
		if (!kinds.isEmpty()) {
			table.select(0);
		}
		showDescription();
		for (String problem : problems) {
			Label skipped = new Label(parent, SWT.WRAP);
			skipped.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			skipped.setText(NLS.bind(Messages.Projections_skipped, problem));
		}
	}

	private void showDescription() {
		int selected = table.getSelectionIndex();
		if (kinds.isEmpty()) {
			description.setText(Messages.ChartKinds_none);
		} else if (selected < 0) {
			description.setText(Messages.ChartKinds_choose);
		} else {
			ChartKindDescriptor kind = kinds.get(selected);
			description.setText(kind.label() + "\n\n"
					+ (kind.description().isBlank() ? Messages.Projections_noDescription : kind.description()) + "\n\n"
					+ NLS.bind(Messages.ChartKinds_command, kind.name()));
		}
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	/** @return the table of chart kinds: one row each, columns name, label, contributor and briefing */
	public Table getTable() {
		return table;
	}

	/** @return the contributions the registry skipped, as the view shows them below the table */
	public List<String> getProblems() {
		return problems;
	}

	/**
	 * Selects a kind's row, as a click would, and shows its description.
	 *
	 * @param index the row
	 */
	public void select(int index) {
		table.select(index);
		showDescription();
	}

	/** @return the description shown for the selected kind */
	public String getDescriptionText() {
		return description.getText();
	}
}
