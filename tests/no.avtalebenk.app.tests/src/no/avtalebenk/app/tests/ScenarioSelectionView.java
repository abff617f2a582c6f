package no.avtalebenk.app.tests;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.ui.part.ViewPart;

import no.avtalebenk.model.avtale.Scenario;

/**
 * A part that publishes a selected {@link Scenario} to the workbench's selection service, as the
 * agreement editor's scenario page does, so that the tests can check that views follow it.
 */
public class ScenarioSelectionView extends ViewPart {

	/** The view's id. */
	static final String ID = "no.avtalebenk.app.tests.scenarioSelection";

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;
	private Label label;

	private final ISelectionProvider provider = new ISelectionProvider() {
		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.add(listener);
		}

		@Override
		public ISelection getSelection() {
			return selection;
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.remove(listener);
		}

		@Override
		public void setSelection(ISelection newSelection) {
			selection = newSelection;
			SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
			for (ISelectionChangedListener listener : listeners) {
				listener.selectionChanged(event);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		label = new Label(parent, SWT.NONE);
		getSite().setSelectionProvider(provider);
	}

	/** @param scenario the scenario to select, as a click on it in an editor does */
	void select(Scenario scenario) {
		label.setText(scenario.getName());
		provider.setSelection(new StructuredSelection(scenario));
	}

	@Override
	public void setFocus() {
		label.setFocus();
	}
}
