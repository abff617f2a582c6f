package no.avtalebenk.formula.interpreter;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import no.avtalebenk.formula.vederlag.Category;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.SumCategories;

/**
 * Finds the formulas a {@code sum(categories)} adds up: the formulas declared {@code for} a category
 * in the file that holds the sum, or, when categories are listed, the formula for each listed
 * category (in the file that holds the sum, else in the file that declares the category).
 */
public final class CategoryFormulas {

	private CategoryFormulas() {
	}

	/**
	 * @param sum a sum over categories
	 * @return the formulas it adds, in file order or in the order listed; never the formula that
	 *         holds the sum
	 */
	public static List<Formula> of(SumCategories sum) {
		Formula self = EcoreUtil2.getContainerOfType(sum, Formula.class);
		List<Formula> result = new ArrayList<>();
		if (sum.getCategories().isEmpty()) {
			for (Formula formula : formulasIn(sum)) {
				if (formula.getCategory() != null && formula != self) {
					result.add(formula);
				}
			}
			return result;
		}
		for (Category category : sum.getCategories()) {
			Formula found = forCategory(formulasIn(sum), category, self);
			if (found == null && !category.eIsProxy()) {
				found = forCategory(formulasIn(category), category, self);
			}
			if (found != null) {
				result.add(found);
			}
		}
		return result;
	}

	/**
	 * @param sum      a sum over categories
	 * @param category one of its listed categories
	 * @return true when a formula for the category exists where {@link #of} looks
	 */
	public static boolean hasFormula(SumCategories sum, Category category) {
		Formula self = EcoreUtil2.getContainerOfType(sum, Formula.class);
		return forCategory(formulasIn(sum), category, self) != null
				|| !category.eIsProxy() && forCategory(formulasIn(category), category, self) != null;
	}

	private static Formula forCategory(List<Formula> formulas, Category category, Formula self) {
		for (Formula formula : formulas) {
			if (formula.getCategory() == category && formula != self) {
				return formula;
			}
		}
		return null;
	}

	private static List<Formula> formulasIn(EObject object) {
		Model model = EcoreUtil2.getContainerOfType(object, Model.class);
		List<Formula> formulas = new ArrayList<>();
		if (model != null) {
			for (Element element : model.getElements()) {
				if (element instanceof Formula formula) {
					formulas.add(formula);
				}
			}
		}
		return formulas;
	}
}
