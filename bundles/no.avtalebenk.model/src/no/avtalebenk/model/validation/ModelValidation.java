package no.avtalebenk.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtalePackage;

/**
 * Validates a model with EMF's {@link Diagnostician}: the model's structure (required values,
 * enumerations, references) and {@link AvtaleRules}. Problems name the file and the element.
 */
public final class ModelValidation {

	private ModelValidation() {
	}

	/**
	 * @param model    the model
	 * @param file     the file name shown in problems
	 * @param formulas resolves formula names of remuneration clauses, or null to skip that rule
	 * @return the problems, errors and warnings, in model order
	 */
	public static List<ModelProblem> validate(AgreementModel model, String file, FormulaNames formulas) {
		EValidator.Registry registry = new org.eclipse.emf.ecore.impl.EValidatorRegistryImpl();
		registry.put(AvtalePackage.eINSTANCE, new AvtaleRules());
		Diagnostician diagnostician = new Diagnostician(registry);
		Map<Object, Object> context = new HashMap<>(diagnostician.createDefaultContext());
		if (formulas != null) {
			context.put(AvtaleRules.FORMULA_NAMES, formulas);
		}
		Diagnostic result = diagnostician.validate(model, context);
		List<ModelProblem> problems = new ArrayList<>();
		collect(result, file, problems);
		return problems;
	}

	private static void collect(Diagnostic diagnostic, String file, List<ModelProblem> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() == Diagnostic.ERROR || diagnostic.getSeverity() == Diagnostic.WARNING) {
				EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject e)
						? null : e;
				String code = AvtaleRules.SOURCE.equals(diagnostic.getSource()) ? Integer.toString(diagnostic.getCode()) : "";
				problems.add(new ModelProblem(file, element == null ? "/" : ElementPaths.of(element),
						diagnostic.getSeverity() == Diagnostic.ERROR ? "error" : "warning", code, diagnostic.getMessage()));
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, file, problems);
		}
	}
}
