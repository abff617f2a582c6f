package no.avtalebenk.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import no.avtalebenk.model.avtale.AgreedAmount;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.PublishedTotal;

/**
 * Names an element of a model file by its path from the root, with the labels users know:
 * {@code /agreements[ks-kopinor-2026-2027]/clauses[7]}, {@code /counts[0301 grunnskole 2026]},
 * {@code /agreements[ks-kopinor-2026-2027]/clauses[Vedlegg 1]/agreedAmounts[2026]}.
 */
public final class ElementPaths {

	private static final String[] LABELS = { "id", "number", "name" };

	private ElementPaths() {
	}

	/**
	 * @param element an element of a model
	 * @return its path from the root; "/" for the root itself
	 */
	public static String of(EObject element) {
		Deque<String> steps = new ArrayDeque<>();
		for (EObject current = element; current.eContainer() != null; current = current.eContainer()) {
			steps.push(current.eContainingFeature().getName() + "[" + label(current) + "]");
		}
		return "/" + String.join("/", steps);
	}

	private static String label(EObject element) {
		if (element instanceof Count count) {
			String unit = count.getUnit() == null ? "?" : count.getUnit().getId();
			String category = count.getCategory() == null ? "?" : count.getCategory().getId();
			return unit + " " + category + " " + count.getYear();
		}
		if (element instanceof AgreedAmount agreed) {
			return Integer.toString(agreed.getYear());
		}
		if (element instanceof PublishedTotal total) {
			return Integer.toString(total.getYear());
		}
		for (String name : LABELS) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
			if (feature != null && element.eGet(feature) != null) {
				return String.valueOf(element.eGet(feature));
			}
		}
		EObject container = element.eContainer();
		Object siblings = container.eGet(element.eContainingFeature());
		return siblings instanceof java.util.List<?> list ? Integer.toString(list.indexOf(element)) : "0";
	}
}
