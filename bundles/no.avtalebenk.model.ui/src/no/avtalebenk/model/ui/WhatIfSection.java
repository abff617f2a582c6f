package no.avtalebenk.model.ui;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import no.avtalebenk.charts.ui.whatif.WhatIfPanel;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Scenario;

/**
 * The what-if figures below the scenario table: the {@link WhatIfPanel} with the chosen scenario of
 * the edited, unsaved model against the scenario it rests on, for the file's case; above it a line
 * while the case is being opened, or why it cannot be.
 */
public final class WhatIfSection {

	private final Composite area;
	private final Label status;
	private final WhatIfPanel panel;

	WhatIfSection(Composite parent) {
		area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout();
		layout.marginWidth = 0;
		area.setLayout(layout);
		status = new Label(area, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		panel = new WhatIfPanel(area);
		panel.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
	}

	/** @return the section's control */
	public Control getControl() {
		return area;
	}

	/** @return the panel with the figures */
	public WhatIfPanel getPanel() {
		return panel;
	}

	/** @return the line above the figures: the case being opened, or why it cannot be; empty otherwise */
	public String getStatusText() {
		return status.getText();
	}

	/**
	 * Shows the scenario of the model as edited; the panel computes in its own job.
	 *
	 * @param state    what is known of the case
	 * @param model    the model as edited
	 * @param scenario the scenario chosen, or null when the file has none
	 */
	void show(CaseSource.State state, AgreementModel model, Scenario scenario) {
		String text = switch (state) {
		case CaseSource.Opening opening -> Messages.Case_opening;
		case CaseSource.Failed failed -> NLS.bind(Messages.Case_failed, failed.message());
		case CaseSource.Open open -> "";
		};
		if (!status.getText().equals(text)) {
			status.setText(text);
			area.layout(true);
		}
		if (state instanceof CaseSource.Open open && scenario != null) {
			panel.show(open.value(), model, scenario.getName());
		}
	}
}
