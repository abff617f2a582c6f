package no.avtalebenk.formula.interpreter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;

import no.avtalebenk.formula.load.ImportRule;
import no.avtalebenk.formula.vederlag.Import;
import no.avtalebenk.formula.vederlag.InvoiceRounding;
import no.avtalebenk.formula.vederlag.Model;

/**
 * How a unit's invoice is rounded, as a formula file declares it with {@code invoice rounding per
 * line to 2} or {@code invoice rounding per unit total to 2} (docs/formula-language.md).
 * <ul>
 * <li>Per line: each category payment (the value of a formula {@code for} a category) is rounded to
 * the scale and mode; the unit's invoice is the sum of its rounded lines.</li>
 * <li>Per unit total: the category lines stay exact; the unit's invoice total, the sum of its lines,
 * is rounded once. The difference between the rounded total and the sum of the lines is the unit's
 * rounding line.</li>
 * </ul>
 * A file that declares nothing, nor its imports, rounds per line to 2 decimals, half up: what every
 * category formula that ends in {@code round(…, 2)} does already, so such files keep their results.
 *
 * @param perUnitTotal true for per unit total, false for per line
 * @param scale        decimals kept
 * @param mode         how to round
 * @param declaration  the declaration, or null for the default
 */
public record InvoiceRule(boolean perUnitTotal, int scale, RoundingMode mode, InvoiceRounding declaration) {

	/** Per line to 2 decimals, half up: the rule when a file and its imports declare none. */
	public static final InvoiceRule DEFAULT = new InvoiceRule(false, 2, RoundingMode.HALF_UP, null);

	/**
	 * @param object any part of a formula file
	 * @return the rule its file declares, else the first its imports declare (in import order, each
	 *         file's own imports after it), else {@link #DEFAULT}
	 */
	public static InvoiceRule of(EObject object) {
		Model model = object == null ? null : EcoreUtil2.getContainerOfType(object, Model.class);
		if (model == null) {
			return DEFAULT;
		}
		List<InvoiceRounding> declared = declarations(model);
		return declared.isEmpty() ? DEFAULT : of(declared.get(0));
	}

	/**
	 * @param declaration a declaration
	 * @return its rule
	 */
	public static InvoiceRule of(InvoiceRounding declaration) {
		return new InvoiceRule(declaration.isPerUnitTotal(), declaration.getScale(),
				RoundingMode.valueOf(declaration.getMode().getName()), declaration);
	}

	/**
	 * @param model a formula file
	 * @return the declarations of the file, then of the files it imports (each once, transitively),
	 *         in that order; more than one is an error the validator reports
	 */
	public static List<InvoiceRounding> declarations(Model model) {
		List<InvoiceRounding> result = new ArrayList<>();
		Set<Model> seen = new LinkedHashSet<>();
		collect(model, seen, result);
		return result;
	}

	private static void collect(Model model, Set<Model> seen, List<InvoiceRounding> into) {
		if (!seen.add(model)) {
			return;
		}
		into.addAll(model.getInvoiceRoundings());
		Resource resource = model.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			return;
		}
		for (Import anImport : model.getImports()) {
			if (anImport.getImportURI() == null) {
				continue;
			}
			URI uri = ImportRule.resolve(resource, anImport.getImportURI());
			if (uri == null) {
				continue; // refused; the validator says why
			}
			Resource imported = resource.getResourceSet().getResource(uri, false);
			try {
				// a file not loaded yet is read only when it exists: a missing one the validator reports
				if (imported == null && resource.getResourceSet().getURIConverter().exists(uri, null)) {
					imported = resource.getResourceSet().getResource(uri, true);
				}
			} catch (RuntimeException unreadable) {
				continue; // the loader reports it with its place
			}
			if (imported != null && !imported.getContents().isEmpty()
					&& imported.getContents().get(0) instanceof Model importedModel) {
				collect(importedModel, seen, into);
			}
		}
	}

	/**
	 * @param line an exact category payment
	 * @return under per line, the payment rounded to the scale, but the same value as given when
	 *         rounding does not change it (so a formula that rounds to øre already keeps its result,
	 *         value and scale); under per unit total, the payment as given
	 */
	public Exact line(Exact line) {
		if (perUnitTotal) {
			return line;
		}
		Exact rounded = line.round(scale, mode);
		return rounded.compareTo(line) == 0 ? line : rounded;
	}

	/**
	 * @param line an exact category payment, as a decimal
	 * @return the same as {@link #line(Exact)}
	 */
	public BigDecimal line(BigDecimal line) {
		if (perUnitTotal || line.scale() <= scale) {
			return line;
		}
		BigDecimal rounded = line.setScale(scale, mode);
		return rounded.compareTo(line) == 0 ? line : rounded;
	}

	/**
	 * @param total the exact sum of a unit's category lines
	 * @return the unit's invoice total: rounded to the scale under per unit total, as given under per
	 *         line (its lines are rounded already)
	 */
	public Exact total(Exact total) {
		return perUnitTotal ? total.round(scale, mode) : total;
	}

	/** @return the rule as the file writes it, e.g. "invoice rounding per line to 2 half_up" */
	public String text() {
		return "invoice rounding per " + (perUnitTotal ? "unit total" : "line") + " to " + scale + " "
				+ mode.name().toLowerCase();
	}

	/** @return where the rule is declared (file:line:column), or "default" when it is not */
	public String where() {
		return declaration == null ? "default" : place(declaration);
	}

	/**
	 * @param declaration a declaration
	 * @return its place, file:line:column
	 */
	public static String place(InvoiceRounding declaration) {
		return EvaluationException.locate(declaration);
	}
}
