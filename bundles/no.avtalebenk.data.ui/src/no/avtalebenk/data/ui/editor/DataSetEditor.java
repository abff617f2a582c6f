package no.avtalebenk.data.ui.editor;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import no.avtalebenk.data.dataset.ManualEntry;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtalePackage;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.Provenance;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.labels.Labels;

/**
 * The data set editor: the counts of a data set file (unit, county, kind, category, year, value and
 * where the value comes from) in a virtual table with a search and filters, estimates in italics
 * with {@value CountText#ESTIMATE}, and the provenance of the selected value below the table and in
 * the Properties view. A value is changed in its cell; the change goes through an EMF command stack
 * (Rediger › Angre/Gjør om), makes the editor dirty, and records a manual entry as the value's
 * provenance ({@link ManualEntry}), never the statistics source's name. Saving writes the whole file
 * through {@code AtomicFiles}, keeping the previous version as {@code .bak}. The file is read in a
 * job; a damaged file shows an error page naming the place.
 */
public class DataSetEditor extends EditorPart implements IEditingDomainProvider {

	/** The editor's id. */
	public static final String ID = "no.avtalebenk.data.ui.dataSetEditor";

	/** Columns of the table, in order. */
	public static final int UNIT = 0;
	/** The unit's name. */
	public static final int NAME = 1;
	/** The county the unit belongs to. */
	public static final int COUNTY = 2;
	/** The kind of unit. */
	public static final int KIND = 3;
	/** The category, by its name in the data set. */
	public static final int CATEGORY = 4;
	/** The year. */
	public static final int YEAR = 5;
	/** The value; edited in place. */
	public static final int VALUE = 6;
	/** The source, an estimate's method or a manual entry. */
	public static final int SOURCE = 7;

	private Path file;
	private IFile resource;
	private BasicCommandStack stack;
	private AdapterFactoryEditingDomain domain;
	private AgreementModel model;
	private String errorMessage;

	private LocalResourceManager resources;
	private Composite pages;
	private StackLayout stackLayout;
	private Composite loadingPage;
	private Composite errorPage;
	private Text errorText;
	private Composite tablePage;
	private Text search;
	private Combo county;
	private Combo category;
	private Combo year;
	private Button estimatesOnly;
	private Label shown;
	private Label message;
	private TableViewer viewer;
	private TextCellEditor valueEditor;
	private Text detail;
	private final List<String> countyIds = new ArrayList<>();
	private final List<String> categoryIds = new ArrayList<>();
	private final List<Integer> yearValues = new ArrayList<>();
	private List<Count> rows = List.of();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		file = pathOf(input);
		resource = input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
		if (file == null) {
			throw new PartInitException(NLS.bind(Messages.Editor_notAFile, input.getName()));
		}
		setPartName(file.getFileName().toString());
		setTitleToolTip(file.toString());
		stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
		stack.addCommandStackListener(changed);
	}

	private static Path pathOf(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
			return fileInput.getFile().getLocation().toFile().toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		return null;
	}

	/** After each execute, undo and redo: the title's star, the cells and the detail follow. */
	private final CommandStackListener changed = event -> {
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			if (pages == null || pages.isDisposed()) {
				return;
			}
			firePropertyChange(PROP_DIRTY);
			if (viewer != null) {
				viewer.refresh();
				showDetail();
			}
		});
	};

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		pages = new Composite(parent, SWT.NONE);
		stackLayout = new StackLayout();
		pages.setLayout(stackLayout);
		loadingPage = new Composite(pages, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(loadingPage);
		new Label(loadingPage, SWT.NONE).setText(NLS.bind(Messages.Editor_loading, file.getFileName()));
		errorPage = new Composite(pages, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(errorPage);
		Label errorTitle = new Label(errorPage, SWT.WRAP);
		errorTitle.setText(NLS.bind(Messages.Editor_damaged, file.getFileName()));
		errorTitle.setFont(resources.create(FontDescriptor.createFrom(errorTitle.getFont()).setStyle(SWT.BOLD)));
		errorText = new Text(errorPage, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(errorText);
		stackLayout.topControl = loadingPage;
		load();
	}

	/** Reads the file in a job and shows the table, or the error page. */
	private void load() {
		Job job = Job.create(NLS.bind(Messages.Editor_loadJob, file.getFileName()), monitor -> {
			AgreementModel loaded = null;
			String problem = null;
			try {
				loaded = AgreementFiles.load(file);
			} catch (AgreementFileException e) {
				problem = e.getMessage();
			}
			AgreementModel value = loaded;
			String error = problem;
			Display.getDefault().asyncExec(() -> {
				if (pages == null || pages.isDisposed()) {
					return;
				}
				if (value != null) {
					showModel(value);
				} else {
					showError(error);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.schedule();
	}

	private void showError(String problem) {
		errorMessage = problem;
		errorText.setText(problem + "\n\n" + Messages.Editor_damagedHint);
		stackLayout.topControl = errorPage;
		pages.layout();
	}

	private void showModel(AgreementModel loaded) {
		model = loaded;
		tablePage = new Composite(pages, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(tablePage);
		createFilters(tablePage);
		// the table takes the room; the provenance below can be made taller by dragging the sash
		SashForm split = new SashForm(tablePage, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
		Composite counts = new Composite(split, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(counts);
		createTable(counts);
		Label legend = new Label(counts, SWT.WRAP);
		legend.setText(Messages.Editor_legend);
		legend.setFont(italic(legend.getFont()));
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(legend);
		message = new Label(counts, SWT.NONE);
		message.setForeground(pages.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		Group provenance = new Group(split, SWT.NONE);
		provenance.setText(Messages.Editor_provenance);
		GridLayoutFactory.swtDefaults().applyTo(provenance);
		detail = new Text(provenance, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(detail);
		split.setWeights(72, 28);
		fillFilters();
		applyFilter();
		getSite().setSelectionProvider(viewer);
		viewer.addSelectionChangedListener(event -> showDetail());
		stackLayout.topControl = tablePage;
		pages.layout(true, true);
		showDetail();
	}

	private void createFilters(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.Editor_search);
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(search);
		search.addModifyListener(e -> applyFilter());
		county = combo(bar, 150);
		category = combo(bar, 240);
		year = combo(bar, 80);
		estimatesOnly = new Button(bar, SWT.CHECK);
		estimatesOnly.setText(Messages.Editor_estimatesOnly);
		estimatesOnly.addListener(SWT.Selection, e -> applyFilter());
		shown = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(shown);
	}

	private Combo combo(Composite parent, int width) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		// as wide as the usual items, not the longest category name, so that the count beside stays readable
		GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(combo);
		combo.addListener(SWT.Selection, e -> applyFilter());
		combo.setVisibleItemCount(20);
		return combo;
	}

	private void fillFilters() {
		county.add(Messages.Editor_allCounties);
		countyIds.add(null);
		for (Map.Entry<String, ReportingUnit> entry : CountRows.counties(model).entrySet()) {
			county.add(entry.getKey() + " " + CountText.nonNull(entry.getValue().getName()));
			countyIds.add(entry.getKey());
		}
		category.add(Messages.Editor_allCategories);
		categoryIds.add(null);
		for (CountCategory each : model.getCategories()) {
			category.add(Labels.category(model, each.getId()));
			categoryIds.add(each.getId());
		}
		year.add(Messages.Editor_allYears);
		yearValues.add(null);
		for (Integer each : CountRows.years(model)) {
			year.add(each.toString());
			yearValues.add(each);
		}
		county.select(0);
		category.select(0);
		year.select(0);
	}

	private void createTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.setUseHashlookup(true);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 120).applyTo(table);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < rows.size()) {
					viewer.replace(rows.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
				// the rows are the editor's list; applyFilter sets the item count
			}
		});
		Font italic = italic(table.getFont());
		Color estimated = table.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
		column(Messages.Column_unit, 70, SWT.LEFT, c -> c.getUnit() == null ? "" : c.getUnit().getId(), italic, estimated);
		column(Messages.Column_name, 150, SWT.LEFT, c -> c.getUnit() == null ? "" : CountText.nonNull(c.getUnit().getName()),
				italic, estimated);
		column(Messages.Column_county, 120, SWT.LEFT, c -> CountText.county(c.getUnit()), italic, estimated);
		column(Messages.Column_kind, 110, SWT.LEFT, c -> CountText.kind(c.getUnit()), italic, estimated);
		column(Messages.Column_category, 260, SWT.LEFT,
				c -> c.getCategory() == null ? "" : Labels.category(model, c.getCategory().getId()), italic, estimated);
		column(Messages.Column_year, 50, SWT.RIGHT, c -> Integer.toString(c.getYear()), italic, estimated);
		TableViewerColumn value = column(Messages.Column_value, 100, SWT.RIGHT, CountText::value, italic, estimated);
		column(Messages.Column_source, 420, SWT.LEFT, CountText::source, italic, estimated);
		valueEditor = new TextCellEditor(table, SWT.RIGHT);
		valueEditor.setValidator(text -> {
			try {
				return CountText.parse((String) text).signum() < 0 ? Messages.Edit_negative : null;
			} catch (NumberFormatException e) {
				return NLS.bind(Messages.Edit_notANumber, text);
			}
		});
		valueEditor.addListener(new ICellEditorListener() {
			@Override
			public void editorValueChanged(boolean oldValidState, boolean newValidState) {
				message.setText(newValidState ? "" : CountText.nonNull(valueEditor.getErrorMessage()));
			}

			@Override
			public void cancelEditor() {
				message.setText("");
			}

			@Override
			public void applyEditorValue() {
				message.setText("");
			}
		});
		value.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return valueEditor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return element instanceof Count;
			}

			@Override
			protected Object getValue(Object element) {
				return CountText.number(((Count) element).getValue());
			}

			@Override
			protected void setValue(Object element, Object typed) {
				setCount((Count) element, CountText.parse((String) typed));
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
	}

	private TableViewerColumn column(String title, int width, int style, java.util.function.Function<Count, String> text,
			Font italic, Color estimated) {
		TableViewerColumn column = new TableViewerColumn(viewer, style);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Count count ? text.apply(count) : "";
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof Count count && CountText.isEstimate(count) ? italic : null;
			}

			@Override
			public Color getForeground(Object element) {
				return element instanceof Count count && CountText.isEstimate(count) ? estimated : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof Count count ? provenanceText(count) : null;
			}
		});
		return column;
	}

	private Font italic(Font font) {
		return resources.create(FontDescriptor.createFrom(font).setStyle(SWT.ITALIC));
	}

	/** Shows the counts the search and filters let through. */
	private void applyFilter() {
		if (model == null || viewer == null) {
			return;
		}
		CountRows.Filter filter = filter();
		rows = CountRows.filter(model, filter);
		viewer.setSelection(StructuredSelection.EMPTY);
		viewer.setInput(rows);
		viewer.setItemCount(rows.size());
		viewer.refresh();
		shown.setText(NLS.bind(Messages.Editor_shown, CountText.number(BigDecimal.valueOf(rows.size())),
				CountText.number(BigDecimal.valueOf(model.getCounts().size()))));
		shown.getParent().layout();
		showDetail();
	}

	private CountRows.Filter filter() {
		return new CountRows.Filter(search.getText(), countyIds.get(Math.max(0, county.getSelectionIndex())),
				categoryIds.get(Math.max(0, category.getSelectionIndex())), yearValues.get(Math.max(0, year.getSelectionIndex())),
				estimatesOnly.getSelection());
	}

	private void showDetail() {
		if (detail == null || detail.isDisposed()) {
			return;
		}
		Count count = selected();
		detail.setText(count == null ? Messages.Editor_noSelection : provenanceText(count));
	}

	/** @return the selected count, or null */
	public Count selected() {
		if (viewer == null) {
			return null;
		}
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.getFirstElement() instanceof Count count ? count : null;
	}

	/**
	 * @param count a count
	 * @return its provenance in full, a line per field, as the detail area shows it
	 */
	static String provenanceText(Count count) {
		Provenance p = count.getProvenance();
		StringBuilder text = new StringBuilder();
		text.append(NLS.bind(Messages.Detail_value, new Object[] { count.getUnit() == null ? "" : count.getUnit().getId() + " "
				+ CountText.nonNull(count.getUnit().getName()), count.getCategory() == null ? "" : Labels.category(count.getCategory()
						.eContainer() instanceof AgreementModel owner ? owner : null, count.getCategory().getId()),
				Integer.toString(count.getYear()), CountText.number(count.getValue()) }));
		if (p == null) {
			return text.append('\n').append(Messages.Provenance_none).toString();
		}
		if (ManualEntry.isManual(p)) {
			text.append('\n').append(CountText.MANUAL).append(' ').append(NLS.bind(Messages.Detail_manual, ManualEntry.who(p),
					CountText.nonNull(p.getRetrieved())));
		} else if (p.isEstimated()) {
			text.append('\n').append(CountText.ESTIMATE).append(' ').append(Messages.Detail_estimate);
		} else {
			text.append('\n').append(Messages.Detail_measured);
		}
		line(text, Messages.Property_source, p.getSource());
		line(text, Messages.Property_tableOrField, p.getTableOrField());
		line(text, Messages.Property_retrieved, p.getRetrieved());
		line(text, Messages.Property_method, p.getMethod());
		return text.toString();
	}

	private static void line(StringBuilder text, String label, String value) {
		if (!CountText.blank(value)) {
			text.append('\n').append(label).append(": ").append(value);
		}
	}

	/**
	 * Sets a count's value through the command stack, with a manual entry as its provenance; a value
	 * equal to the present one changes nothing.
	 *
	 * @param count a count of this editor's data set
	 * @param value the new value, not negative
	 */
	public void setCount(Count count, BigDecimal value) {
		if (value == null || value.signum() < 0 || count.getValue() != null && count.getValue().compareTo(value) == 0
				&& value.scale() == count.getValue().scale()) {
			return;
		}
		CompoundCommand change = new CompoundCommand(NLS.bind(Messages.Edit_command, count.getUnit() == null ? ""
				: count.getUnit().getName(), count.getYear()));
		change.append(new SetCommand(domain, count, AvtalePackage.Literals.COUNT__VALUE, value));
		change.append(new SetCommand(domain, count, AvtalePackage.Literals.COUNT__PROVENANCE,
				ManualEntry.provenance(count, System.getProperty("user.name"), Instant.now())));
		stack.execute(change);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (model == null) {
			return;
		}
		try {
			AgreementFiles.save(model, file, true);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Save_failedTitle,
					NLS.bind(Messages.Save_failed, file, e.getMessage()));
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		stack.saveIsDone();
		firePropertyChange(PROP_DIRTY);
		if (resource != null) {
			try {
				resource.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				// The file is saved; the workspace sees it on its next refresh.
				ILog.of(DataSetEditor.class).warn("The saved data set " + file + " is not refreshed in the workspace", e);
			}
		}
	}

	@Override
	public void doSaveAs() {
		// Save As is not offered: a data set's place in the case is its name.
	}

	@Override
	public boolean isDirty() {
		return stack != null && stack.isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		if (stackLayout != null && stackLayout.topControl == tablePage && viewer != null) {
			viewer.getControl().setFocus();
		} else if (pages != null) {
			pages.setFocus();
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(object -> object instanceof Count count ? new CountPropertySource(count, model) : null);
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** @return the command stack the editor's changes go through; undo and redo act on it */
	public BasicCommandStack getCommandStack() {
		return stack;
	}

	@Override
	public void dispose() {
		if (stack != null) {
			stack.removeCommandStackListener(changed);
		}
		super.dispose();
	}

	/** @return the data set's file */
	public Path getFile() {
		return file;
	}

	/** @return the data set once read, or null while it is read or when it cannot be */
	public AgreementModel getModel() {
		return model;
	}

	/** @return why the file could not be read, with its place; null when it could be */
	public String getErrorMessage() {
		return errorMessage;
	}

	/** @return the table of counts (for tests), or null before the file is read */
	public TableViewer getViewer() {
		return viewer;
	}

	/** @return the search field (for tests) */
	public Text getSearchField() {
		return search;
	}

	/** @return the county filter (for tests) */
	public Combo getCountyFilter() {
		return county;
	}

	/** @return the category filter (for tests) */
	public Combo getCategoryFilter() {
		return category;
	}

	/** @return the year filter (for tests) */
	public Combo getYearFilter() {
		return year;
	}

	/** @return the estimates-only box (for tests) */
	public Button getEstimatesOnly() {
		return estimatesOnly;
	}

	/** @return the text of the provenance area (for tests) */
	public String getDetailText() {
		return detail == null ? null : detail.getText();
	}

	/** @return the error page's text (for tests) */
	public String getErrorText() {
		return errorText == null ? null : errorText.getText();
	}

	/** @return the cell editor of the value column (for tests) */
	public TextCellEditor getValueEditor() {
		return valueEditor;
	}

	/** @return the counts the table lists now, in order */
	public List<Count> getRows() {
		return rows;
	}

	/** @return the "n of m" text above the table */
	public String getShownText() {
		return shown == null ? null : shown.getText();
	}
}
