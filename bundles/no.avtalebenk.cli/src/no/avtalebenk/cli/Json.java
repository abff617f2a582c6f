package no.avtalebenk.cli;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Writes JSON for the CLI. Model elements are written generically from their EMF features, so every
 * clause kind shows its typed fields: {@code "type"} is the element's type, attributes are values
 * (decimals as strings, never binary floating point; defaults included), contained elements are
 * nested, and references
 * to other elements are written as their id, number or name.
 */
final class Json {

	private Json() {
	}

	static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> quoted.append("\\\"");
			case '\\' -> quoted.append("\\\\");
			case '\n' -> quoted.append("\\n");
			case '\r' -> quoted.append("\\r");
			case '\t' -> quoted.append("\\t");
			default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return quoted.append('"').toString();
	}

	static void element(EObject element, StringBuilder out) {
		out.append("{\"type\":").append(quote(element.eClass().getName()));
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			// Attributes are written even when they hold their default (a licensor role, a false flag),
			// so that readers need not know the defaults; empty values and lists are left out.
			boolean empty = feature.isMany() ? ((List<?>) element.eGet(feature)).isEmpty() : element.eGet(feature) == null;
			if (empty || feature instanceof EReference && !element.eIsSet(feature)) {
				continue;
			}
			out.append(',').append(quote(feature.getName())).append(':');
			Object value = element.eGet(feature);
			if (feature.isMany()) {
				out.append('[');
				List<?> values = (List<?>) value;
				for (int i = 0; i < values.size(); i++) {
					out.append(i == 0 ? "" : ",");
					value(feature, values.get(i), out);
				}
				out.append(']');
			} else {
				value(feature, value, out);
			}
		}
		out.append('}');
	}

	private static void value(EStructuralFeature feature, Object value, StringBuilder out) {
		if (feature instanceof EReference reference && reference.isContainment()) {
			element((EObject) value, out);
		} else if (feature instanceof EReference) {
			out.append(quote(label((EObject) value)));
		} else if (feature instanceof EAttribute && (value instanceof Integer || value instanceof Boolean)) {
			out.append(value);
		} else if (value instanceof BigDecimal decimal) {
			out.append(quote(decimal.toPlainString()));
		} else {
			out.append(quote(String.valueOf(value)));
		}
	}

	static String label(EObject element) {
		for (String name : new String[] { "id", "number", "name" }) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
			if (feature != null && element.eGet(feature) != null) {
				return String.valueOf(element.eGet(feature));
			}
		}
		return element.eClass().getName();
	}
}
