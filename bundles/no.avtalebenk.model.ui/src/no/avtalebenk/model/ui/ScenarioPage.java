package no.avtalebenk.model.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import no.avtalebenk.cases.Case;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtalePackage;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.CountChange;
import no.avtalebenk.model.avtale.CountYearChange;
import no.avtalebenk.model.avtale.GrowthChange;
import no.avtalebenk.model.avtale.RateChange;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.ScenarioChange;
import no.avtalebenk.model.avtale.ShareChange;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.model.ui.edit.ChoiceCellEditor;
import no.avtalebenk.model.ui.edit.EditMessages;
import no.avtalebenk.model.ui.edit.FeatureEditing;
import no.avtalebenk.model.ui.edit.ModelTexts;
import no.avtalebenk.model.ui.edit.ValueCellEditor;

/**
 * The editor's page "Scenarier", the scenario editor: choose a scenario, see and change what it rests
 * on ({@code basedOn}), whose position it is, its round and description, and its changes from the
 * scenario below in a table whose cells are edited in place (category, unit, year, value, rate or
 * parameter name, note); add a change of each kind, remove changes, make a new scenario or copy one.
 * Every change is a command on the editor's stack. After each one the what-if figures below the table
 * show the scenario of the edited, unsaved file against the scenario it rests on.
 */
public final class ScenarioPage {

	/** The kinds of change the buttons add, in the order of the buttons. */
	public static final List<EClass> KINDS = List.of(AvtalePackage.Literals.COUNT_CHANGE, AvtalePackage.Literals.GROWTH_CHANGE,
			AvtalePackage.Literals.RATE_CHANGE, AvtalePackage.Literals.SHARE_CHANGE, AvtalePackage.Literals.COUNT_YEAR_CHANGE);

	/** Column of the table: the kind of change. */
	public static final int KIND_COLUMN = 0;
	/** Column of the table: the category, rate or parameter changed. */
	public static final int WHAT_COLUMN = 1;
	/** Column of the table: the reporting unit (counts and growth). */
	public static final int UNIT_COLUMN = 2;
	/** Column of the table: the year, first year or valid-from date. */
	public static final int YEAR_COLUMN = 3;
	/** Column of the table: the new value. */
	public static final int VALUE_COLUMN = 4;
	/** Column of the table: the note. */
	public static final int NOTE_COLUMN = 5;

	private final AgreementEditor editor;
	private AgreementModel model;
	private Scenario scenario;
	private CaseSource.State caseState = new CaseSource.Opening();

	private Combo scenarios;
	private Button newScenario;
	private Button copyScenario;
	private Text name;
	private Combo basedOn;
	private Combo holder;
	private Text round;
	private Text description;
	private Label message;
	private TableViewer changes;
	private final List<Button> addButtons = new ArrayList<>();
	private Button remove;
	private WhatIfSection whatIf;
	private List<Scenario> basedOnChoices = List.of();

	ScenarioPage(AgreementEditor editor) {
		this.editor = editor;
	}

	Control create(Composite parent) {
		// The figures below the table get the editor's full width: their table and chart stand side by side.
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		// The editor area can be low: the scenario's fields and its table scroll rather than vanish.
		ScrolledComposite scrolled = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite left = new Composite(scrolled, SWT.NONE);
		left.setLayout(new GridLayout(1, false));
		chooser(left);
		details(left);
		table(left);
		message = new Label(left, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		scrolled.setContent(left);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(left.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		whatIf = new WhatIfSection(sash);
		sash.setWeights(3, 2);
		return sash;
	}

	private void chooser(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayout(new GridLayout(4, false));
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(row, SWT.NONE).setText(Messages.Scenario_label);
		scenarios = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
		scenarios.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		scenarios.addListener(SWT.Selection, event -> {
			int index = scenarios.getSelectionIndex();
			if (index >= 0 && index < model.getScenarios().size()) {
				choose(model.getScenarios().get(index));
			}
		});
		newScenario = button(row, Messages.Scenario_new, this::newScenario);
		copyScenario = button(row, Messages.Scenario_copy, this::copyScenario);
	}

	private void details(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.Scenario_details);
		group.setLayout(new GridLayout(6, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		label(group, AvtalePackage.Literals.SCENARIO__NAME);
		name = new Text(group, SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		commitOn(name, this::rename);
		label(group, AvtalePackage.Literals.SCENARIO__BASED_ON);
		basedOn = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
		basedOn.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		basedOn.addListener(SWT.Selection, event -> {
			int index = basedOn.getSelectionIndex();
			if (scenario != null && index >= 0) {
				set(scenario, AvtalePackage.Literals.SCENARIO__BASED_ON, index == 0 ? null : basedOnChoices.get(index - 1));
			}
		});
		label(group, AvtalePackage.Literals.SCENARIO__ROUND);
		round = new Text(group, SWT.BORDER);
		GridData roundLayout = new GridData(SWT.FILL, SWT.CENTER, false, false);
		roundLayout.widthHint = 40;
		round.setLayoutData(roundLayout);
		commitOn(round, () -> setTyped(round, AvtalePackage.Literals.SCENARIO__ROUND));
		label(group, AvtalePackage.Literals.SCENARIO__HOLDER);
		holder = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
		holder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		List<Object> holders = FeatureEditing.choices(null, AvtalePackage.Literals.SCENARIO__HOLDER, editor.getAdapterFactory());
		for (Object literal : holders) {
			holder.add(ModelTexts.value(literal, editor.getAdapterFactory()));
		}
		holder.addListener(SWT.Selection, event -> {
			int index = holder.getSelectionIndex();
			if (scenario != null && index >= 0) {
				set(scenario, AvtalePackage.Literals.SCENARIO__HOLDER, holders.get(index));
			}
		});
		label(group, AvtalePackage.Literals.SCENARIO__DESCRIPTION);
		description = new Text(group, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		layout.heightHint = 2 * description.getLineHeight();
		layout.widthHint = 200;
		description.setLayoutData(layout);
		description.addFocusListener(new FocusAdapter() {
			@Override
			public void focusLost(FocusEvent event) {
				setTyped(description, AvtalePackage.Literals.SCENARIO__DESCRIPTION);
			}
		});
	}

	private void table(Composite parent) {
		new Label(parent, SWT.NONE).setText(Messages.Changes_title);
		changes = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		changes.getTable().setHeaderVisible(true);
		changes.getTable().setLinesVisible(true);
		GridData tableLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableLayout.heightHint = 95;
		tableLayout.widthHint = 400;
		changes.getTable().setLayoutData(tableLayout);
		changes.setContentProvider((IStructuredContentProvider) input -> input instanceof Scenario s ? s.getChanges().toArray() : new Object[0]);
		column(Messages.Column_kind, 70, change -> null, change -> ModelTexts.type(change.eClass()));
		column(Messages.Column_what, 210, ScenarioPage::whatFeature, null);
		column(Messages.Column_unit, 90, ScenarioPage::unitFeature, null);
		column(Messages.Column_year, 85, ScenarioPage::yearFeature, null);
		column(Messages.Column_value, 90, ScenarioPage::valueFeature, null);
		column(Messages.Column_note, 200, change -> AvtalePackage.Literals.SCENARIO_CHANGE__NOTE, null);
		// A click on a cell edits it; the keyboard moves between cells with Tab.
		TableViewerEditor.create(changes, new ColumnViewerEditorActivationStrategy(changes) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
			}
		}, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		changes.addSelectionChangedListener(event -> remove.setEnabled(!event.getStructuredSelection().isEmpty()));

		// The buttons in a row below the table, so that the table keeps the height of a low editor area.
		Composite buttons = new Composite(parent, SWT.NONE);
		buttons.setLayout(new GridLayout(KINDS.size() + 1, false));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		String[] texts = { Messages.Add_count, Messages.Add_growth, Messages.Add_rate, Messages.Add_share,
				Messages.Add_countYear };
		for (int i = 0; i < KINDS.size(); i++) {
			EClass kind = KINDS.get(i);
			Button add = button(buttons, texts[i], () -> addChange(kind));
			add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			addButtons.add(add);
		}
		remove = button(buttons, Messages.Remove, this::removeChanges);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		remove.setEnabled(false);
	}

	/** @param next the model to show; the first scenario that rests on another is chosen, else the first */
	void setModel(AgreementModel next) {
		model = next;
		scenario = null;
		for (Scenario candidate : model.getScenarios()) {
			if (scenario == null && candidate.getBasedOn() != null) {
				scenario = candidate;
			}
		}
		if (scenario == null && !model.getScenarios().isEmpty()) {
			scenario = model.getScenarios().get(0);
		}
		update();
		editor.selected(this, selection());
	}

	/** @param state what is known of the case now: its formulas and counts are the what-if's */
	void setCase(CaseSource.State state) {
		caseState = state;
		showWhatIf();
	}

	/**
	 * Shows the model's new state after a command: a scenario the command added (or brought back) is
	 * chosen, a change it added is selected; a scenario that is gone gives way to the first.
	 */
	void refresh(Collection<?> affected) {
		Scenario previous = scenario;
		for (Object object : affected) {
			if (object instanceof Scenario added && added.eContainer() == model) {
				scenario = added;
			}
		}
		if (scenario != null && scenario.eContainer() != model) {
			scenario = model.getScenarios().isEmpty() ? null : model.getScenarios().get(0);
		}
		update();
		List<Object> addedChanges = affected.stream().filter(o -> o instanceof ScenarioChange c && c.eContainer() == scenario)
				.map(Object.class::cast).toList();
		if (!addedChanges.isEmpty()) {
			changes.setSelection(new StructuredSelection(addedChanges), true);
		}
		if (scenario != previous) {
			editor.selected(this, selection());
		}
	}

	/** @return the scenario chosen, as the editor publishes it */
	IStructuredSelection selection() {
		return scenario == null ? StructuredSelection.EMPTY : new StructuredSelection(scenario);
	}

	/** @param chosen a scenario of the model, chosen as in the drop-down */
	public void choose(Scenario chosen) {
		scenario = chosen;
		update();
		editor.selected(this, selection());
	}

	/** @return the scenario chosen, or null when the file has none */
	public Scenario getScenario() {
		return scenario;
	}

	/** @return the drop-down of the scenarios */
	public Combo getScenarioCombo() {
		return scenarios;
	}

	/** @return the table of the chosen scenario's changes */
	public TableViewer getChangesViewer() {
		return changes;
	}

	/**
	 * @param kind one of {@link #KINDS}
	 * @return the button that adds a change of that kind
	 */
	public Button getAddButton(EClass kind) {
		return addButtons.get(KINDS.indexOf(kind));
	}

	/** @return the button that removes the changes selected */
	public Button getRemoveButton() {
		return remove;
	}

	/** @return the button that makes a new scenario */
	public Button getNewScenarioButton() {
		return newScenario;
	}

	/** @return the button that copies the scenario chosen */
	public Button getCopyScenarioButton() {
		return copyScenario;
	}

	/** @return the field of the scenario's name */
	public Text getNameField() {
		return name;
	}

	/** @return the line below the table that says why a name or value was refused */
	public Label getMessage() {
		return message;
	}

	/** @return the what-if figures below the table */
	public WhatIfSection getWhatIf() {
		return whatIf;
	}

	private void update() {
		List<String> items = new ArrayList<>();
		for (Scenario each : model.getScenarios()) {
			items.add(ModelTexts.value(each, editor.getAdapterFactory()));
		}
		if (!items.equals(List.of(scenarios.getItems()))) {
			scenarios.setItems(items.toArray(String[]::new));
		}
		scenarios.select(model.getScenarios().indexOf(scenario));
		boolean chosen = scenario != null;
		for (Control control : new Control[] { name, basedOn, holder, round, description, copyScenario }) {
			control.setEnabled(chosen);
		}
		addButtons.forEach(button -> button.setEnabled(chosen));
		if (!chosen) {
			name.setText("");
			round.setText("");
			description.setText("");
			basedOn.removeAll();
			holder.deselectAll();
			changes.setInput(null);
			message.setText(Messages.Scenario_none);
			showWhatIf();
			return;
		}
		setText(name, scenario.getName());
		setText(round, FeatureEditing.format(AvtalePackage.Literals.SCENARIO__ROUND, scenario.getRound()));
		setText(description, scenario.getDescription());
		basedOnChoices = model.getScenarios().stream().filter(s -> s != scenario).toList();
		basedOn.removeAll();
		basedOn.add(EditMessages.Value_none);
		basedOnChoices.forEach(s -> basedOn.add(s.getName()));
		basedOn.select(scenario.getBasedOn() == null ? 0 : basedOnChoices.indexOf(scenario.getBasedOn()) + 1);
		holder.select(FeatureEditing.choices(scenario, AvtalePackage.Literals.SCENARIO__HOLDER, editor.getAdapterFactory())
				.indexOf(scenario.getHolder()));
		if (changes.getInput() != scenario) {
			changes.setInput(scenario);
		} else {
			changes.refresh();
		}
		message.setText("");
		showWhatIf();
	}

	/** The page came to the front: the figures catch up with the edits made elsewhere. */
	void shown() {
		showWhatIf();
	}

	private void showWhatIf() {
		// Only the page in front computes (and paints): edits on the other page are caught up when it is shown.
		if (whatIf == null || model == null || !editor.isShowing(this)) {
			return;
		}
		whatIf.show(caseState, model, scenario);
	}

	private void rename() {
		if (scenario == null) {
			return;
		}
		String typed = name.getText().strip();
		if (typed.isEmpty()) {
			message.setText(Messages.Scenario_nameEmpty);
			return;
		}
		if (model.getScenarios().stream().anyMatch(s -> s != scenario && typed.equals(s.getName()))) {
			message.setText(NLS.bind(Messages.Scenario_nameTaken, typed));
			return;
		}
		message.setText("");
		set(scenario, AvtalePackage.Literals.SCENARIO__NAME, typed);
	}

	private void setTyped(Text field, EAttribute attribute) {
		if (scenario == null) {
			return;
		}
		String problem = FeatureEditing.problem(attribute, field.getText());
		message.setText(problem == null ? "" : problem);
		if (problem == null) {
			set(scenario, attribute, FeatureEditing.parse(attribute, field.getText()));
		}
	}

	private void newScenario() {
		Scenario created = no.avtalebenk.model.avtale.AvtaleFactory.eINSTANCE.createScenario();
		created.setName(unique(Messages.Scenario_newName));
		Scenario baseline = model.getScenarios().stream().filter(s -> s.getBasedOn() == null).findFirst().orElse(null);
		created.setBasedOn(baseline);
		if (scenario != null) {
			created.setHolder(scenario.getHolder());
			created.setRound(scenario.getRound());
		}
		execute(AddCommand.create(domain(), model, AvtalePackage.Literals.AGREEMENT_MODEL__SCENARIOS, created));
	}

	private void copyScenario() {
		if (scenario == null) {
			return;
		}
		Scenario copy = EcoreUtil.copy(scenario);
		copy.setName(unique(NLS.bind(Messages.Scenario_copyName, scenario.getName())));
		execute(AddCommand.create(domain(), model, AvtalePackage.Literals.AGREEMENT_MODEL__SCENARIOS, copy));
	}

	private void addChange(EClass kind) {
		if (scenario == null) {
			return;
		}
		Case aCase = caseState instanceof CaseSource.Open open ? open.value() : null;
		ScenarioChange change = ChangeDefaults.create(kind, model, aCase);
		execute(AddCommand.create(domain(), scenario, AvtalePackage.Literals.SCENARIO__CHANGES, change));
	}

	private void removeChanges() {
		List<?> selected = changes.getStructuredSelection().toList();
		if (scenario != null && !selected.isEmpty()) {
			execute(RemoveCommand.create(domain(), scenario, AvtalePackage.Literals.SCENARIO__CHANGES, selected));
		}
	}

	private String unique(String base) {
		String candidate = base;
		for (int i = 2; taken(candidate); i++) {
			candidate = base + "-" + i;
		}
		return candidate;
	}

	private boolean taken(String candidate) {
		return model.getScenarios().stream().anyMatch(s -> candidate.equals(s.getName()));
	}

	private void set(EObject owner, EStructuralFeature feature, Object value) {
		FeatureEditing.set(domain(), owner, feature, value);
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain().getCommandStack().execute(command);
		}
	}

	private EditingDomain domain() {
		return editor.getEditingDomain();
	}

	private void column(String title, int width, Function<ScenarioChange, EStructuralFeature> feature,
			Function<ScenarioChange, String> fixedText) {
		TableViewerColumn column = new TableViewerColumn(changes, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setResizable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				ScenarioChange change = (ScenarioChange) element;
				if (fixedText != null) {
					return fixedText.apply(change);
				}
				EStructuralFeature shown = feature.apply(change);
				return shown == null ? "" : cellText(change, shown, change.eGet(shown));
			}
		});
		column.setEditingSupport(new ChangeEditing(feature));
	}

	/** Edits a cell of the changes table through a command. */
	private final class ChangeEditing extends EditingSupport {

		private final Function<ScenarioChange, EStructuralFeature> feature;
		private CellEditor current;

		ChangeEditing(Function<ScenarioChange, EStructuralFeature> feature) {
			super(changes);
			this.feature = feature;
		}

		@Override
		protected boolean canEdit(Object element) {
			return feature.apply((ScenarioChange) element) != null;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			ScenarioChange change = (ScenarioChange) element;
			EStructuralFeature edited = feature.apply(change);
			if (current != null) {
				current.dispose();
			}
			List<Object> choices = FeatureEditing.choices(change, edited, editor.getAdapterFactory());
			current = choices != null ? new ChoiceCellEditor(changes.getTable(), choices, value -> cellText(change, edited, value))
					: new ValueCellEditor(changes.getTable(), (EAttribute) edited);
			return current;
		}

		@Override
		protected Object getValue(Object element) {
			return ((EObject) element).eGet(feature.apply((ScenarioChange) element));
		}

		@Override
		protected void setValue(Object element, Object value) {
			ScenarioChange change = (ScenarioChange) element;
			set(change, feature.apply(change), value);
		}
	}

	/** @return a value in a cell: categories by the agreement's names, an empty unit as all units */
	private String cellText(ScenarioChange change, EStructuralFeature feature, Object value) {
		if (feature instanceof EReference && value == null) {
			return EditMessages.Text_allUnits;
		}
		if (value instanceof CountCategory category) {
			return Labels.category(model, category.getId());
		}
		if (feature instanceof EAttribute attribute && !(value instanceof Boolean) && !(value instanceof org.eclipse.emf.common.util.Enumerator)) {
			return FeatureEditing.format(attribute, value);
		}
		return ModelTexts.value(value, editor.getAdapterFactory());
	}

	private static EStructuralFeature whatFeature(ScenarioChange change) {
		return switch (change) {
		case CountChange c -> AvtalePackage.Literals.COUNT_CHANGE__CATEGORY;
		case GrowthChange c -> AvtalePackage.Literals.GROWTH_CHANGE__CATEGORY;
		case RateChange c -> AvtalePackage.Literals.RATE_CHANGE__RATE;
		case ShareChange c -> AvtalePackage.Literals.SHARE_CHANGE__PARAMETER;
		case CountYearChange c -> AvtalePackage.Literals.COUNT_YEAR_CHANGE__CATEGORY;
		default -> null;
		};
	}

	private static EStructuralFeature unitFeature(ScenarioChange change) {
		return switch (change) {
		case CountChange c -> AvtalePackage.Literals.COUNT_CHANGE__UNIT;
		case GrowthChange c -> AvtalePackage.Literals.GROWTH_CHANGE__UNIT;
		default -> null;
		};
	}

	private static EStructuralFeature yearFeature(ScenarioChange change) {
		return switch (change) {
		case CountChange c -> AvtalePackage.Literals.COUNT_CHANGE__YEAR;
		case GrowthChange c -> AvtalePackage.Literals.GROWTH_CHANGE__FROM_YEAR;
		case RateChange c -> AvtalePackage.Literals.RATE_CHANGE__VALID_FROM;
		case CountYearChange c -> AvtalePackage.Literals.COUNT_YEAR_CHANGE__DATA_YEAR;
		default -> null;
		};
	}

	private static EStructuralFeature valueFeature(ScenarioChange change) {
		return switch (change) {
		case CountChange c -> AvtalePackage.Literals.COUNT_CHANGE__VALUE;
		case GrowthChange c -> AvtalePackage.Literals.GROWTH_CHANGE__RATE_PER_YEAR;
		case RateChange c -> AvtalePackage.Literals.RATE_CHANGE__VALUE;
		case ShareChange c -> AvtalePackage.Literals.SHARE_CHANGE__VALUE;
		case CountYearChange c -> AvtalePackage.Literals.COUNT_YEAR_CHANGE__KIND;
		default -> null;
		};
	}

	private static void label(Composite parent, EStructuralFeature feature) {
		new Label(parent, SWT.NONE).setText(ModelTexts.feature(feature));
	}

	private static void setText(Text field, String value) {
		String text = value == null ? "" : value;
		if (!field.getText().equals(text)) {
			field.setText(text);
		}
	}

	private static void commitOn(Text field, Runnable commit) {
		field.addListener(SWT.DefaultSelection, event -> commit.run());
		field.addFocusListener(new FocusAdapter() {
			@Override
			public void focusLost(FocusEvent event) {
				commit.run();
			}
		});
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}
}
