package no.avtalebenk.model.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.ui.edit.AgreementItemProviderAdapterFactory;
import no.avtalebenk.model.ui.edit.EditPropertySourceProvider;
import no.avtalebenk.model.validation.ElementPaths;

/**
 * The editor of agreement files ({@code *.avtale}): page "Avtale" with the model tree and a form for
 * the element selected, page "Scenarier" with the scenario editor and its live what-if figures. Every
 * change is an EMF command on one {@link BasicCommandStack} of an {@link AdapterFactoryEditingDomain}, so
 * that Edit › Undo/Redo take it back and forth and the file is dirty exactly when the stack is away
 * from its save point. Saving writes the XMI through {@link AgreementFiles#save} (a temporary file
 * replaces the file when complete, the previous version kept as {@code .bak}); Revert reads the file
 * again and forgets the commands. A file that cannot be read opens as a page naming the place of the
 * error. The editor's selection provider publishes the model elements selected; its Properties view
 * page shows and sets the same element's features through the same command stack.
 */
public class AgreementEditor extends MultiPageEditorPart implements IEditingDomainProvider, IGotoMarker {

	/** The editor's id in plugin.xml. */
	public static final String ID = "no.avtalebenk.model.ui.editor";

	private final ComposedAdapterFactory factory = AgreementItemProviderAdapterFactory.composed();
	private final BasicCommandStack stack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, stack, new HashMap<>());
	private final EditorSelection selection = new EditorSelection();
	private final List<PropertySheetPage> propertyPages = new ArrayList<>();
	private final CommandStackListener stackListener = event -> commandStackChanged();
	private final StackAction undo = new StackAction(false);
	private final StackAction redo = new StackAction(true);
	private final Action revert = new Action(Messages.Action_revert) {
		@Override
		public void run() {
			doRevert();
		}
	};

	private Path file;
	private AgreementModel model;
	private String loadError;
	private AgreementPage agreementPage;
	private ScenarioPage scenarioPage;
	private CaseSource caseSource;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IURIEditorInput uriInput) || !"file".equals(uriInput.getURI().getScheme())) {
			throw new PartInitException(input.getName() + ": not a file");
		}
		super.init(site, input);
		file = Path.of(uriInput.getURI()).toAbsolutePath().normalize();
		setPartName(input.getName());
		site.setSelectionProvider(selection);
		revert.setActionDefinitionId(IWorkbenchCommandConstants.FILE_REVERT);
		IActionBars bars = site.getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
		bars.updateActionBars();
		stack.addCommandStackListener(stackListener);
		updateActions();
		try {
			model = load(file);
		} catch (AgreementFileException e) {
			loadError = e.getMessage();
		}
	}

	@Override
	protected void createPages() {
		if (model == null) {
			setPageText(addPage(errorPage(getContainer())), Messages.Page_error);
			return;
		}
		agreementPage = new AgreementPage(this);
		setPageText(addPage(agreementPage.create(getContainer())), Messages.Page_agreement);
		scenarioPage = new ScenarioPage(this);
		setPageText(addPage(scenarioPage.create(getContainer())), Messages.Page_scenarios);
		agreementPage.setModel(model);
		scenarioPage.setModel(model);
		caseSource = new CaseSource(file.getParent(), getContainer().getDisplay(), scenarioPage::setCase);
		caseSource.start();
	}

	/** @return the file's content as edited, or null when the file could not be read */
	public AgreementModel getModel() {
		return model;
	}

	/** @return the file edited */
	public Path getFile() {
		return file;
	}

	/** @return why the file could not be read, with the place, or null when it was read */
	public String getLoadError() {
		return loadError;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** @return the adapter factory of the item providers */
	public ComposedAdapterFactory getAdapterFactory() {
		return factory;
	}

	/** @return the page with the model tree and the form, or null when the file could not be read */
	public AgreementPage getAgreementPage() {
		return agreementPage;
	}

	/** @return the scenario page, or null when the file could not be read */
	public ScenarioPage getScenarioPage() {
		return scenarioPage;
	}

	/**
	 * Shows a page.
	 *
	 * @param page 0 for "Avtale", 1 for "Scenarier"
	 */
	public void showPage(int page) {
		setActivePage(page);
	}

	/**
	 * Publishes what a page selected, when that page is in front.
	 *
	 * @param page      the page
	 * @param selected  the model elements it selected
	 */
	void selected(Object page, ISelection selected) {
		if (isShowing(page)) {
			selection.setSelection(selected);
		}
	}

	/** @return whether a page is the one in front */
	boolean isShowing(Object page) {
		int active = getActivePage();
		return active == 0 && page == agreementPage || active == 1 && page == scenarioPage;
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		if (model != null) {
			selection.setSelection(newPageIndex == 0 ? agreementPage.selection() : scenarioPage.selection());
			if (newPageIndex == 1) {
				scenarioPage.shown();
			}
		}
	}

	@Override
	public boolean isDirty() {
		return stack.isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (model != null) {
			write(file);
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return model != null;
	}

	@Override
	public void doSaveAs() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.SaveAs_title);
		dialog.setFilterExtensions(new String[] { "*.avtale" });
		dialog.setFilterPath(file.getParent().toString());
		dialog.setFileName(file.getFileName().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen.endsWith(".avtale") ? chosen : chosen + ".avtale").toAbsolutePath().normalize();
		if (!target.equals(file) && target.getParent().equals(file.getParent()) && !Files.exists(target)
				&& !MessageDialog.openQuestion(getSite().getShell(), Messages.SaveAs_secondTitle, NLS.bind(Messages.SaveAs_second,
						new Object[] { file.getParent(), target.getFileName(), file.getFileName() }))) {
			return;
		}
		Resource resource = model.eResource();
		URI previous = resource.getURI();
		resource.setURI(URI.createFileURI(target.toString()));
		if (!write(target)) {
			resource.setURI(previous);
			return;
		}
		file = target;
		setInputWithNotify(inputFor(target));
		setPartName(target.getFileName().toString());
		if (caseSource != null) {
			caseSource.dispose();
		}
		caseSource = new CaseSource(target.getParent(), getContainer().getDisplay(), scenarioPage::setCase);
		caseSource.start();
	}

	/**
	 * Reads the file again, as File › Revert does: the commands are forgotten and the pages show the
	 * file's content. A file that cannot be read keeps the editor's content and says why.
	 */
	public void doRevert() {
		if (model == null) {
			return;
		}
		AgreementModel fresh;
		try {
			fresh = load(file);
		} catch (AgreementFileException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Revert_failedTitle, NLS.bind(Messages.Revert_failed, e.getMessage()));
			return;
		}
		Resource old = model.eResource();
		domain.getResourceSet().getResources().remove(old);
		model = fresh;
		stack.flush();
		agreementPage.setModel(model);
		scenarioPage.setModel(model);
		refreshPropertyPages();
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void gotoMarker(IMarker marker) {
		String location = marker.getAttribute(IMarker.LOCATION, "");
		if (model == null || location.isEmpty()) {
			return;
		}
		for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (location.equals(ElementPaths.of(element))) {
				setActivePage(0);
				agreementPage.select(element);
				return;
			}
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class && model != null) {
			PropertySheetPage page = new PropertySheetPage() {
				@Override
				public void setActionBars(IActionBars actionBars) {
					super.setActionBars(actionBars);
					// Undo in the Properties view undoes the editor's commands, as it does in the editor.
					actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
					actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
				}

				@Override
				public void dispose() {
					propertyPages.remove(this);
					super.dispose();
				}
			};
			page.setPropertySourceProvider(new EditPropertySourceProvider(factory, domain));
			propertyPages.add(page);
			return adapter.cast(page);
		}
		if (adapter == IGotoMarker.class) {
			return adapter.cast(this);
		}
		if (adapter == EditingDomain.class) {
			return adapter.cast(domain);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		stack.removeCommandStackListener(stackListener);
		if (caseSource != null) {
			caseSource.dispose();
		}
		super.dispose();
		factory.dispose();
	}

	/** After each execute, undo and redo: the pages, the Properties view, dirty state and actions follow. */
	private void commandStackChanged() {
		Command last = stack.getMostRecentCommand();
		Collection<?> affected = last == null ? List.of() : last.getAffectedObjects();
		if (agreementPage != null) {
			agreementPage.refresh();
			scenarioPage.refresh(affected);
		}
		refreshPropertyPages();
		updateActions();
		firePropertyChange(PROP_DIRTY);
	}

	private void refreshPropertyPages() {
		for (PropertySheetPage page : List.copyOf(propertyPages)) {
			if (page.getControl() != null && !page.getControl().isDisposed()) {
				page.refresh();
			}
		}
	}

	private void updateActions() {
		undo.update();
		redo.update();
		revert.setEnabled(model != null && stack.isSaveNeeded());
	}

	private AgreementModel load(Path path) throws AgreementFileException {
		AgreementModel loaded = AgreementFiles.load(path);
		// Into the domain's resource set, so that the item providers find the editing domain.
		domain.getResourceSet().getResources().add(loaded.eResource());
		return loaded;
	}

	/** @return whether the model was written */
	private boolean write(Path target) {
		try {
			AgreementFiles.save(model, target);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Save_failedTitle,
					NLS.bind(Messages.Save_failed, target, e.getMessage()));
			return false;
		}
		stack.saveIsDone();
		refreshWorkspace(target);
		updateActions();
		firePropertyChange(PROP_DIRTY);
		if (caseSource != null) {
			caseSource.saved();
		}
		return true;
	}

	/** The Project Explorer and the case's builder see the new content at once. */
	private static void refreshWorkspace(Path target) {
		IFile workspaceFile = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(
				org.eclipse.core.runtime.Path.fromOSString(target.toString()));
		if (workspaceFile != null && workspaceFile.getProject().isOpen()) {
			try {
				workspaceFile.getParent().refreshLocal(IResource.DEPTH_ONE, null);
			} catch (CoreException e) {
				ILog.of(AgreementEditor.class).warn("The workspace does not see " + target + " yet: " + e.getMessage());
			}
		}
	}

	private static IEditorInput inputFor(Path target) {
		IFile workspaceFile = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(
				org.eclipse.core.runtime.Path.fromOSString(target.toString()));
		if (workspaceFile != null && workspaceFile.getProject().isOpen()) {
			return new FileEditorInput(workspaceFile);
		}
		return new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(target.toUri()));
	}

	private Composite errorPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout());
		Label heading = new Label(page, SWT.NONE);
		heading.setText(Messages.Error_heading);
		heading.setFont(JFaceResources.getBannerFont());
		Text message = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
		message.setText(loadError);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.Error_hint);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		selection.setSelection(StructuredSelection.EMPTY);
		return page;
	}

	/** Edit › Undo or Redo on the editor's command stack. */
	private final class StackAction extends Action {

		private final boolean forward;

		StackAction(boolean forward) {
			super(forward ? Messages.Action_redo : Messages.Action_undo);
			this.forward = forward;
			setActionDefinitionId(forward ? IWorkbenchCommandConstants.EDIT_REDO : IWorkbenchCommandConstants.EDIT_UNDO);
		}

		@Override
		public void run() {
			if (forward) {
				stack.redo();
			} else {
				stack.undo();
			}
		}

		void update() {
			setEnabled(forward ? stack.canRedo() : stack.canUndo());
		}
	}
}
