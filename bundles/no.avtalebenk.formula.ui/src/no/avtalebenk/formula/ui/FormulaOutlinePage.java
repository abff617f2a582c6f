package no.avtalebenk.formula.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import no.avtalebenk.formula.vederlag.Category;
import no.avtalebenk.formula.vederlag.DatedValue;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Expectation;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.IndexStep;
import no.avtalebenk.formula.vederlag.KpiPoint;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.formula.vederlag.TestCase;

/**
 * The outline: the file's categories, rates (with their dated values), indexes (with their steps),
 * parameters, formulas and tests; selecting one selects its text in the editor.
 */
public final class FormulaOutlinePage extends ContentOutlinePage {

	/**
	 * One line of the outline.
	 *
	 * @param label    what the line shows
	 * @param offset   where its text starts
	 * @param length   the length of its text
	 * @param children the lines under it
	 */
	public record Item(String label, int offset, int length, List<Item> children) {
	}

	private final FormulaEditor editor;
	private List<Item> items = List.of();

	FormulaOutlinePage(FormulaEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((Item) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Item) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Item) element).label();
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof Item item) {
				editor.selectAndReveal(item.offset(), item.length());
			}
		});
		viewer.setInput(items);
	}

	/** @return the outline's top-level lines */
	public List<Item> items() {
		return items;
	}

	void update(Model model) {
		items = model == null ? List.of() : outline(model);
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(items);
			viewer.expandToLevel(1);
		}
	}

	/**
	 * @param model a parsed formula file
	 * @return its outline
	 */
	public static List<Item> outline(Model model) {
		List<Item> result = new ArrayList<>();
		for (Element element : model.getElements()) {
			List<Item> children = new ArrayList<>();
			String label;
			if (element instanceof Category category) {
				label = "category " + category.getName() + " (" + category.getUnit() + ")";
			} else if (element instanceof Rate rate) {
				label = "rate " + rate.getName() + " (" + rate.getUnit() + ")";
				for (DatedValue value : rate.getValues()) {
					children.add(item("from " + value.getValidFrom() + " = "
							+ (value.getValue() == null ? "?" : value.getValue().toPlainString()), value, List.of()));
				}
			} else if (element instanceof Index index) {
				label = "index " + index.getName();
				for (IndexStep step : index.getSteps()) {
					children.add(item("from " + step.getValidFrom(), step, List.of()));
				}
				for (KpiPoint point : index.getPoints()) {
					children.add(item("KPI October " + point.getYear(), point, List.of()));
				}
			} else if (element instanceof Parameter parameter) {
				label = "param " + parameter.getName();
			} else if (element instanceof Formula formula) {
				label = "formula " + formula.getName() + " (" + formula.getUnit() + ")";
			} else if (element instanceof TestCase test) {
				label = "test \"" + test.getName() + "\" " + test.getYear();
				for (Expectation expectation : test.getExpectations()) {
					children.add(item("expect " + NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(expectation))
							.replaceFirst("^expect ", ""), expectation, List.of()));
				}
			} else {
				continue;
			}
			result.add(item(label, element, children));
		}
		return result;
	}

	private static Item item(String label, EObject object, List<Item> children) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		return new Item(label, node == null ? 0 : node.getOffset(), node == null ? 0 : node.getLength(),
				List.copyOf(children));
	}
}
