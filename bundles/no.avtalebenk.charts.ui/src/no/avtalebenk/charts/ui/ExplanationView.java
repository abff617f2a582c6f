package no.avtalebenk.charts.ui;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.ui.CaseMessages;
import no.avtalebenk.cases.ui.CaseView;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.formula.interpreter.Explanation;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.simulation.Explanations;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;
import no.avtalebenk.simulation.scenario.ScenarioInputs;

/**
 * «Forklaring»: the tree of values behind one payment of the {@link CurrentCase current case}, the
 * same tree the command line's {@code explain} prints: the formula, its operations, and at the leaves
 * the rates with their dated entry and source, the counts with their provenance, and the clauses the
 * formulas name. Pickers choose the reporting unit (at first the first unit with payments), the year
 * (the first), the scenario (the baseline) and the formula (the file's total). The explanation is
 * worked out in a job; the view follows the current case and keeps the choices the new case still has.
 */
public class ExplanationView extends CaseView {

	/** The view's id. */
	public static final String ID = "no.avtalebenk.charts.ui.explanationView";
	/** The tree's columns. */
	public static final List<String> COLUMNS = List.of(Messages.Explanation_what, Messages.Explanation_value,
			Messages.Explanation_unit, Messages.Explanation_detail, Messages.Explanation_source, Messages.Explanation_clause,
			Messages.Explanation_location);
	/** How the formula evaluator marks a source that is an assumption. */
	private static final String ASSUMPTION = "ASSUMPTION: ";
	/** A tree with at most this many nodes opens fully; a larger one opens its first levels. */
	private static final int EXPAND_ALL_NODES = 400;

	/**
	 * Which payment is explained.
	 *
	 * @param unit     a reporting unit's id
	 * @param year     the year
	 * @param scenario the scenario's name
	 * @param formula  the formula's name
	 */
	public record Query(String unit, int year, String scenario, String formula) {
	}

	/**
	 * People's names for what a case's formula file calls by identifiers: a count category by its name in
	 * the agreement ({@link Labels#categories}), and a rate or formula of one category by that category's
	 * name, unless another rate or formula is of the same category.
	 */
	private static final class Names {
		private final UnaryOperator<String> category;
		private final Map<String, String> rateCategory = new HashMap<>();
		private final Map<String, String> formulaCategory = new HashMap<>();

		Names(Case value) {
			category = Labels.categories(value.model());
			for (Element element : value.formulas().getElements()) {
				if (element instanceof Rate rate && rate.getCategory() != null) {
					rateCategory.put(rate.getName(), rate.getCategory().getName());
				} else if (element instanceof Formula formula && formula.getCategory() != null) {
					formulaCategory.put(formula.getName(), formula.getCategory().getName());
				}
			}
			onlyOnePerCategory(rateCategory);
			onlyOnePerCategory(formulaCategory);
		}

		/** Drops the names of a category that several rates (or formulas) are of: they would read the same. */
		private static void onlyOnePerCategory(Map<String, String> byName) {
			Map<String, Long> uses = byName.values().stream()
					.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
			byName.values().removeIf(id -> uses.get(id) > 1);
		}

		/**
		 * @param node a node of an explanation
		 * @return what it is: «formel vederlag», «sats for Grunnskole, …», «antall Grunnskole, …», «× [a * b]» …
		 */
		String what(Explanation node) {
			return switch (node.kind()) {
			case FORMULA -> formulaCategory.containsKey(node.name())
					? NLS.bind(Messages.Explanation_formulaFor, category.apply(formulaCategory.get(node.name())))
					: NLS.bind(Messages.Explanation_formula, node.name());
			case PARAMETER -> NLS.bind(Messages.Explanation_parameter, node.name());
			case RATE -> rateCategory.containsKey(node.name())
					? NLS.bind(Messages.Explanation_rateFor, category.apply(rateCategory.get(node.name())))
					: NLS.bind(Messages.Explanation_rate, node.name());
			case COUNT -> NLS.bind(Messages.Explanation_count, category.apply(node.name()));
			case INDEX_STEP -> NLS.bind(Messages.Explanation_indexStep, node.name());
			case NUMBER -> NLS.bind(Messages.Explanation_number, node.expression());
			case YEAR -> Messages.Explanation_year;
			case UNIT -> NLS.bind(Messages.Explanation_reportingUnit, node.name());
			case OPERATION, CONDITION -> node.expression().isEmpty() ? node.name()
					: node.name() + " [" + shorten(node.expression()) + "]";
			};
		}
	}

	/**
	 * A place in the tree: the explanation shares nodes that are the same value in several places (a
	 * rate read by two formulas), but the tree viewer needs each place to be an element of its own.
	 */
	private static final class Place {
		final Explanation node;
		final String what;
		final List<Place> children;

		/**
		 * Builds the places below a node, and reads its texts, which come from the formula file's node
		 * model.
		 */
		Place(Explanation node, Names names) {
			this.node = node;
			node.name();
			this.what = names.what(node);
			List<Place> below = new ArrayList<>();
			for (Explanation child : node.children()) {
				below.add(new Place(child, names));
			}
			this.children = List.copyOf(below);
		}

		int size() {
			return 1 + children.stream().mapToInt(Place::size).sum();
		}
	}

	/** What the case offers to pick from. */
	private record Choices(List<String> units, List<String> unitNames, List<Integer> years, List<String> scenarios,
			List<String> formulas) {

		boolean holds(Query query) {
			return units.contains(query.unit()) && years.contains(query.year()) && scenarios.contains(query.scenario())
					&& formulas.contains(query.formula());
		}
	}

	private Label heading;
	private Combo unit;
	private Combo year;
	private Combo scenario;
	private Combo formula;
	private Composite area;
	private StackLayout stack;
	private Label message;
	private TreeViewer viewer;

	private Case current;
	private Choices choices;
	private Query shownQuery;
	/**
	 * What was last asked for, by a pick or a new case: a case that changes while a pick is being worked
	 * out is explained for the pick, not for what was shown before it.
	 */
	private Query requested;
	private Explanation explanation;

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 2;
		parent.setLayout(layout);
		heading = new Label(parent, SWT.NONE);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		createPickers(parent);
		area = new Composite(parent, SWT.NONE);
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		stack = new StackLayout();
		area.setLayout(stack);
		message = new Label(area, SWT.WRAP);
		createTree(area);
		followCurrentCase(area);
	}

	private void createPickers(Composite parent) {
		Composite pickers = new Composite(parent, SWT.NONE);
		pickers.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout layout = new GridLayout(8, false);
		layout.marginWidth = 0;
		pickers.setLayout(layout);
		unit = picker(pickers, Messages.Explanation_pickUnit);
		year = picker(pickers, Messages.Explanation_pickYear);
		scenario = picker(pickers, Messages.Explanation_pickScenario);
		formula = picker(pickers, Messages.Explanation_pickFormula);
	}

	private Combo picker(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setVisibleItemCount(20);
		combo.addListener(SWT.Selection, e -> picked());
		return combo;
	}

	private void createTree(Composite parent) {
		viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				// The input holds the root; were it the root itself, the viewer would take it for its own child.
				return input instanceof Place[] roots ? roots : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((Place) parentElement).children.toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Place) element).children.isEmpty();
			}
		});
		List<Function<Place, String>> texts = List.of(place -> place.what, place -> value(place.node),
				place -> unit(place.node), place -> place.node.detail(), place -> source(place.node),
				place -> place.node.clause(), place -> place.node.location());
		int[] widths = { 360, 150, 90, 220, 260, 200, 200 };
		for (int i = 0; i < COLUMNS.size(); i++) {
			Function<Place, String> text = texts.get(i);
			TreeViewerColumn column = new TreeViewerColumn(viewer, i == 1 ? SWT.RIGHT : SWT.LEFT);
			column.getColumn().setText(COLUMNS.get(i));
			column.getColumn().setWidth(widths[i]);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return text.apply((Place) element);
				}
			});
		}
	}

	/**
	 * @param node a node of an explanation
	 * @return its value in Norwegian style with exactly its own decimals ("222,78", "589 453"); a
	 *         fraction with its decimal approximation; for a condition whether it held
	 */
	public static String value(Explanation node) {
		if (node.value() == null) {
			return "true".equals(node.detail()) ? Messages.Explanation_holds : Messages.Explanation_holdsNot;
		}
		return node.exact().isDecimal() ? Figures.number(node.value())
				: node.exact() + " (≈ " + Figures.number(node.exact().round(10, RoundingMode.HALF_UP).toBigDecimal()) + ")";
	}

	/**
	 * @param node a node of an explanation
	 * @return its source; an assumption, which the evaluator marks with «ASSUMPTION: », marked in the
	 *         workbench's language
	 */
	private static String source(Explanation node) {
		String source = node.source();
		return source.startsWith(ASSUMPTION)
				? NLS.bind(Messages.Explanation_assumption, source.substring(ASSUMPTION.length()))
				: source;
	}

	private static String unit(Explanation node) {
		return node.unit().equals("1") ? "" : node.unit();
	}

	private static String shorten(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
	}

	@Override
	protected String partName() {
		return Messages.Explanation_partName;
	}

	@Override
	protected void showOpening(Path folder) {
		forgetCase();
		heading.setText(heading(folder));
		showMessage(openingMessage(folder));
	}

	@Override
	protected void showFailed(Path folder, CaseException error) {
		forgetCase();
		heading.setText(heading(folder));
		showMessage(NLS.bind(Messages.Explanation_failed, folder, CaseMessages.describe(error)));
	}

	@Override
	protected void showOpen(Case value, long asked) {
		explain(value, requested != null ? requested : shownQuery != null ? shownQuery : picked(value), true);
	}

	private void forgetCase() {
		current = null;
		choices = null;
		setPickersEnabled(false);
	}

	/** @return the query the pickers show, when they show this case's choices; else null */
	private Query picked(Case value) {
		if (value != current || choices == null || unit.getSelectionIndex() < 0 || year.getSelectionIndex() < 0
				|| scenario.getSelectionIndex() < 0 || formula.getSelectionIndex() < 0) {
			return null;
		}
		return new Query(choices.units().get(unit.getSelectionIndex()), choices.years().get(year.getSelectionIndex()),
				choices.scenarios().get(scenario.getSelectionIndex()), choices.formulas().get(formula.getSelectionIndex()));
	}

	private void picked() {
		Query query = picked(current);
		if (query != null && !query.equals(shownQuery)) {
			explain(current, query, false);
		}
	}

	/**
	 * Works out the explanation in a job and shows it, unless the view was asked to show something else
	 * meanwhile.
	 *
	 * @param value   the case
	 * @param wanted  what to explain; null, or a choice the case does not have, for the defaults
	 * @param newCase whether the case may be another than the one shown, so that its choices are worked
	 *                out anew
	 */
	private void explain(Case value, Query wanted, boolean newCase) {
		long asked = nextRequest();
		if (wanted != null) {
			requested = wanted;
		}
		Choices known = newCase ? null : choices;
		compute(NLS.bind(Messages.Explanation_job, value.folder().getFileName()), true, asked, area, () -> {
			Choices offered = known != null ? known : choices(value);
			Query query = wanted != null && offered.holds(wanted) ? wanted : defaults(value, offered);
			ScenarioInputs inputs = value.scenario(query.scenario());
			Explanation explained = Explanations.explain(value.formulas(), inputs.counts(), query.unit(), query.year(),
					query.formula(), inputs.overrides());
			// The texts are read from the formula file's node model: here, not on the display thread.
			return new Explained(offered, query, new Place(explained, new Names(value)),
					inputs.counts().unitName(query.unit()));
		}, done -> showExplanation(value, done.offered(), done.query(), done.root(), done.unitName()), e -> {
			current = value;
			heading.setText(headingOf(value));
			showMessage(NLS.bind(Messages.Explanation_notExplained, describe(e)));
		});
	}

	/** What a job gives the view: the choices, what is explained, its tree and the unit's name. */
	private record Explained(Choices offered, Query query, Place root, String unitName) {
	}

	private static Choices choices(Case value) throws CaseException {
		List<String> units = value.baseline().units();
		List<String> names = units.stream().map(value.baseline()::unitName).toList();
		Set<String> scenarios = new LinkedHashSet<>();
		scenarios.add(value.baselineName());
		for (Scenario s : value.model().getScenarios()) {
			scenarios.add(s.getName());
		}
		List<String> formulas = new ArrayList<>();
		for (Element element : value.formulas().getElements()) {
			if (element instanceof Formula f) {
				formulas.add(f.getName());
			}
		}
		return new Choices(units, names, value.years(), List.copyOf(scenarios), formulas);
	}

	/** @return the first unit with payments in the baseline, the first year, the baseline and the file's total */
	private static Query defaults(Case value, Choices offered) throws CaseException {
		PaymentResult baseline = value.project(value.projection(null), value.scenario(null));
		Set<String> paying = new LinkedHashSet<>();
		for (PaymentCell cell : baseline.cells()) {
			if (cell.amount() != null && cell.amount().signum() != 0) {
				paying.add(cell.unit());
			}
		}
		String first = offered.units().stream().filter(paying::contains).findFirst().orElse(offered.units().get(0));
		return new Query(first, offered.years().get(0), value.baselineName(),
				Explanations.total(value.formulas()).getName());
	}

	private static String headingOf(Case value) {
		return heading(value.folder());
	}

	private void showMessage(String text) {
		explanation = null;
		shownQuery = null;
		viewer.setInput(null);
		message.setText(text);
		stack.topControl = message;
		area.layout(true, true);
	}

	private void showExplanation(Case value, Choices offered, Query query, Place root, String unitName) {
		Explanation explained = root.node;
		if (value != current || offered != choices) {
			current = value;
			choices = offered;
			fill(unit, offered.units().stream().map(u -> u + " " + offered.unitNames().get(offered.units().indexOf(u)))
					.toList());
			fill(year, offered.years().stream().map(String::valueOf).toList());
			fill(scenario, offered.scenarios());
			fill(formula, offered.formulas());
		}
		unit.select(offered.units().indexOf(query.unit()));
		year.select(offered.years().indexOf(query.year()));
		scenario.select(offered.scenarios().indexOf(query.scenario()));
		formula.select(offered.formulas().indexOf(query.formula()));
		setPickersEnabled(true);
		shownQuery = query;
		explanation = explained;
		heading.setText(NLS.bind(Messages.Explanation_heading, new Object[] { headingOf(value), root.what, value(explained),
				unit(explained), query.unit(), unitName, Integer.toString(query.year()), query.scenario() }).strip());
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(new Place[] { root });
			if (root.size() <= EXPAND_ALL_NODES) {
				viewer.expandAll();
			} else {
				viewer.expandToLevel(3);
			}
		} finally {
			viewer.getTree().setRedraw(true);
		}
		stack.topControl = viewer.getTree();
		area.layout(true, true);
	}

	private static void fill(Combo combo, List<String> items) {
		combo.setItems(items.toArray(String[]::new));
		// A combo is as wide as its items were when it was laid out: the first case's fill found it empty.
		combo.getParent().layout(true);
	}

	private void setPickersEnabled(boolean enabled) {
		for (Combo combo : new Combo[] { unit, year, scenario, formula }) {
			combo.setEnabled(enabled);
		}
	}

	@Override
	public void setFocus() {
		viewer.getTree().setFocus();
	}

	/** @return the case explained, or null when none is open */
	public Case getCase() {
		return current;
	}

	/** @return which payment is explained, or null when none is shown */
	public Query getQuery() {
		return shownQuery;
	}

	/** @return the explanation shown, or null */
	public Explanation getExplanation() {
		return explanation;
	}

	/** @return the unit picker: "id name" per reporting unit of the case's counts */
	public Combo getUnitCombo() {
		return unit;
	}

	/** @return the year picker */
	public Combo getYearCombo() {
		return year;
	}

	/** @return the scenario picker, the baseline first */
	public Combo getScenarioCombo() {
		return scenario;
	}

	/** @return the formula picker */
	public Combo getFormulaCombo() {
		return formula;
	}

	/** @return the tree viewer */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** @return the heading: the case, the value explained, the unit, year and scenario */
	public String getHeadingText() {
		return heading.getText();
	}

	/** @return the message shown instead of a tree, or null when a tree is shown */
	public String getMessageText() {
		return stack.topControl == message ? message.getText() : null;
	}
}
