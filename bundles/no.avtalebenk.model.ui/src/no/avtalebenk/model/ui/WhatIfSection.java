package no.avtalebenk.model.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Scenario;

/**
 * The what-if figures beside the scenario table: the chosen scenario of the edited, unsaved model
 * against the scenario it rests on, for the file's case.
 */
public final class WhatIfSection {

	private final Composite area;
	private final Label status;

	WhatIfSection(Composite parent) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout());
		status = new Label(area, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	/** @return the section's control */
	public Control getControl() {
		return area;
	}

	void show(CaseSource.State state, AgreementModel model, Scenario scenario) {
		status.setText(state instanceof CaseSource.Opening ? Messages.Case_opening : "");
	}
}
