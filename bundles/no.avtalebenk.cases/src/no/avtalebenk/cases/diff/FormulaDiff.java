package no.avtalebenk.cases.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import no.avtalebenk.formula.interpreter.InvoiceRule;
import no.avtalebenk.formula.vederlag.Category;
import no.avtalebenk.formula.vederlag.DatedValue;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.IndexStep;
import no.avtalebenk.formula.vederlag.KpiPoint;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.formula.vederlag.TestCase;
import no.avtalebenk.model.diff.Difference;
import no.avtalebenk.model.diff.Difference.Change;

/**
 * Compares two formula files by the terms they set: each rate's dated values (matched by the date they
 * apply from), each index's steps (by date) and KPI points (by year), each parameter's value, each
 * formula's expression, each category's unit and source, and the invoice rounding. Test blocks are not terms and are left
 * out. Places are {@code file:line:column}, in the second file for an added or changed term and in
 * the first for a removed one.
 */
public final class FormulaDiff {

	private final String beforeFile;
	private final String afterFile;
	private final List<Difference> differences = new ArrayList<>();

	private FormulaDiff(String beforeFile, String afterFile) {
		this.beforeFile = beforeFile;
		this.afterFile = afterFile;
	}

	/**
	 * @param before     the first formula file
	 * @param beforeFile its name in places, e.g. {@code kopinor.vederlag}
	 * @param after      the second formula file
	 * @param afterFile  its name in places
	 * @return the differences, in the order of the files' elements
	 */
	public static List<Difference> compare(Model before, String beforeFile, Model after, String afterFile) {
		FormulaDiff diff = new FormulaDiff(beforeFile, afterFile);
		Map<String, Element> first = elements(before);
		Map<String, Element> second = elements(after);
		first.forEach((key, element) -> {
			if (!second.containsKey(key)) {
				diff.add(Change.REMOVED, element, diff.place(beforeFile, element), "", element.getName(), "");
			}
		});
		second.forEach((key, element) -> {
			Element match = first.get(key);
			if (match == null) {
				diff.add(Change.ADDED, element, diff.place(afterFile, element), "", "", element.getName());
			} else {
				diff.compare(match, element);
			}
		});
		if (before != null && after != null) {
			diff.invoiceRounding(InvoiceRule.of(before), InvoiceRule.of(after));
		}
		return diff.differences;
	}

	private static Map<String, Element> elements(Model model) {
		Map<String, Element> elements = new LinkedHashMap<>();
		if (model != null) {
			for (Element element : model.getElements()) {
				if (!(element instanceof TestCase) && element.getName() != null) {
					elements.putIfAbsent(element.eClass().getName() + " " + element.getName(), element);
				}
			}
		}
		return elements;
	}

	private void compare(Element before, Element after) {
		switch (after) {
		case Rate rate -> {
			Rate old = (Rate) before;
			value(after, "unit", old.getUnit(), rate.getUnit());
			value(after, "per", old.getCategory() == null ? "" : old.getCategory().getName(),
					rate.getCategory() == null ? "" : rate.getCategory().getName());
			Map<String, DatedValue> first = new LinkedHashMap<>();
			old.getValues().forEach(v -> first.putIfAbsent(v.getValidFrom(), v));
			Map<String, DatedValue> second = new LinkedHashMap<>();
			rate.getValues().forEach(v -> second.putIfAbsent(v.getValidFrom(), v));
			first.forEach((from, value) -> {
				if (!second.containsKey(from)) {
					add(Change.REMOVED, after, place(beforeFile, value), rate.getName() + " from " + from,
							value.getValue().toPlainString(), "");
				}
			});
			second.forEach((from, value) -> {
				DatedValue match = first.get(from);
				String what = rate.getName() + " from " + from;
				if (match == null) {
					add(Change.ADDED, after, place(afterFile, value), what, "", value.getValue().toPlainString());
				} else {
					if (!same(match.getValue(), value.getValue())) {
						add(Change.CHANGED, after, place(afterFile, value), what, match.getValue().toPlainString(),
								value.getValue().toPlainString());
					}
					String oldSource = source(match.getSource(), match.getAssumption());
					String newSource = source(value.getSource(), value.getAssumption());
					if (!oldSource.equals(newSource)) {
						add(Change.CHANGED, after, place(afterFile, value), what + " source", oldSource, newSource);
					}
				}
			});
		}
		case Index index -> {
			Index old = (Index) before;
			Map<String, EObject> first = new LinkedHashMap<>();
			old.getSteps().forEach(s -> first.putIfAbsent("from " + s.getValidFrom(), s));
			old.getPoints().forEach(p -> first.putIfAbsent("kpi october " + p.getYear(), p));
			Map<String, EObject> second = new LinkedHashMap<>();
			index.getSteps().forEach(s -> second.putIfAbsent("from " + s.getValidFrom(), s));
			index.getPoints().forEach(p -> second.putIfAbsent("kpi october " + p.getYear(), p));
			first.forEach((key, step) -> {
				if (!second.containsKey(key)) {
					add(Change.REMOVED, after, place(beforeFile, step), index.getName() + " " + key, step(step), "");
				}
			});
			second.forEach((key, step) -> {
				EObject match = first.get(key);
				if (match == null) {
					add(Change.ADDED, after, place(afterFile, step), index.getName() + " " + key, "", step(step));
				} else if (!step(match).equals(step(step))) {
					add(Change.CHANGED, after, place(afterFile, step), index.getName() + " " + key, step(match), step(step));
				}
			});
		}
		case Parameter parameter -> {
			Parameter old = (Parameter) before;
			value(after, parameter.getName(), text(old.getValue()), text(parameter.getValue()));
			value(after, parameter.getName() + " note", source(old.getNote(), old.getAssumption()),
					source(parameter.getNote(), parameter.getAssumption()));
		}
		case Formula formula -> value(after, formula.getName(), text(((Formula) before).getExpression()),
				text(formula.getExpression()));
		case Category category -> {
			Category old = (Category) before;
			value(after, category.getName() + " unit", old.getUnit(), category.getUnit());
			value(after, category.getName() + " source", old.getSource(), category.getSource());
		}
		default -> value(after, after.getName(), text(before), text(after));
		}
	}

	/** The invoice rounding, declared or by default, as a term of its own. */
	private void invoiceRounding(InvoiceRule before, InvoiceRule after) {
		if (before.text().equals(after.text())) {
			return;
		}
		String where = after.declaration() != null ? place(afterFile, after.declaration())
				: before.declaration() != null ? place(beforeFile, before.declaration()) : afterFile;
		differences.add(new Difference(Change.CHANGED, "invoice rounding", where, "rule", before.text(), after.text()));
	}

	private void value(Element after, String what, String before, String now) {
		if (!Objects.equals(before == null ? "" : before, now == null ? "" : now)) {
			add(Change.CHANGED, after, place(afterFile, after), what, before == null ? "" : before, now == null ? "" : now);
		}
	}

	private void add(Change change, Element element, String place, String feature, String before, String after) {
		differences.add(new Difference(change, kind(element), place, feature, before, after));
	}

	private static String kind(Element element) {
		return switch (element) {
		case Rate r -> "rate";
		case Index i -> "index";
		case Parameter p -> "parameter";
		case Formula f -> "formula";
		case Category c -> "formula category";
		default -> element.eClass().getName().toLowerCase(java.util.Locale.ROOT);
		};
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String step(EObject step) {
		if (step instanceof IndexStep s) {
			String value = s.getFactor() != null ? "factor " + s.getFactor().toPlainString()
					: s.getPercent() != null ? "change " + s.getPercent().toPlainString() + " %"
							: "kpi " + plain(s.getKpiFrom()) + " to " + plain(s.getKpiTo());
			return value;
		}
		KpiPoint point = (KpiPoint) step;
		return plain(point.getValue());
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private static String source(String source, String assumption) {
		return source != null ? source : assumption != null ? "assumption " + assumption : "";
	}

	/** @return the element's text in its file with runs of white space as one space */
	private static String text(EObject element) {
		ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
		return node == null ? "" : NodeModelUtils.getTokenText(node).replaceAll("\\s+", " ").strip();
	}

	private String place(String file, EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return file;
		}
		int column = NodeModelUtils.getLineAndColumn(node, node.getOffset()).getColumn();
		return file + ":" + node.getStartLine() + ":" + column;
	}
}
