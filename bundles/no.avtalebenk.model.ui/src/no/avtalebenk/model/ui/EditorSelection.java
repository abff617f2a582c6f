package no.avtalebenk.model.ui;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The agreement editor's selection provider: what the page in front has selected, as an
 * {@link org.eclipse.jface.viewers.IStructuredSelection} of model elements (a
 * {@link no.avtalebenk.model.avtale.Scenario} on the scenario page), so that the Properties view and
 * the views that follow a scenario see it.
 */
final class EditorSelection implements IPostSelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.add(listener);
	}

	@Override
	public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	/** Publishes a selection (pages call it; the workbench's setSelection is not a way to select). */
	@Override
	public void setSelection(ISelection next) {
		selection = next == null ? StructuredSelection.EMPTY : next;
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
		for (ISelectionChangedListener listener : postListeners) {
			listener.selectionChanged(event);
		}
	}
}
