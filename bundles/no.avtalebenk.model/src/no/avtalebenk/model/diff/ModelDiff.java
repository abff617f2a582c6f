package no.avtalebenk.model.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import no.avtalebenk.model.avtale.AgreedAmount;
import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.CategoryComponent;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.CountChange;
import no.avtalebenk.model.avtale.GrowthChange;
import no.avtalebenk.model.avtale.Party;
import no.avtalebenk.model.avtale.RateChange;
import no.avtalebenk.model.avtale.RegisteredAgreement;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.ScenarioChange;
import no.avtalebenk.model.avtale.ShareChange;
import no.avtalebenk.model.avtale.SourceReference;
import no.avtalebenk.model.validation.ElementPaths;

/**
 * Compares two agreement models element by element over their EMF features: elements are matched
 * by the label their element path gives them (an agreement by id, a clause by number, a count by unit,
 * category and year, a scenario by name, a scenario's change by what it changes), then every
 * attribute and reference of matched elements is compared; an element only in the second is added,
 * only in the first removed. Decimals are equal when their values are ({@code 1.10} = {@code 1.1}).
 * Headless: the command line's {@code diff} and the workbench's comparison use it alike.
 */
public final class ModelDiff {

	private ModelDiff() {
	}

	/**
	 * @param before the first model (e.g. the earlier offer)
	 * @param after  the second model
	 * @return the differences, in the order of the models' elements
	 */
	public static List<Difference> compare(AgreementModel before, AgreementModel after) {
		List<Difference> differences = new ArrayList<>();
		compareElements(before, after, differences);
		return differences;
	}

	/**
	 * Compares two scenarios by what they change: their own attributes (description, holder, round, the
	 * scenario they rest on) and each change, matched by what it changes (the same rate from the same
	 * date, the same parameter, the same category, unit and year).
	 *
	 * @param before the first scenario
	 * @param after  the second scenario
	 * @return the differences; paths name the second scenario's elements, a removed change the first's
	 */
	public static List<Difference> compare(Scenario before, Scenario after) {
		List<Difference> differences = new ArrayList<>();
		for (EStructuralFeature feature : after.eClass().getEAllStructuralFeatures()) {
			if (feature.getName().equals("name") || feature.isDerived() || feature.isTransient()) {
				continue;
			}
			compareFeature(before, after, feature, differences);
		}
		return differences;
	}

	private static void compareElements(EObject before, EObject after, List<Difference> differences) {
		for (EStructuralFeature feature : after.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient()) {
				continue;
			}
			compareFeature(before, after, feature, differences);
		}
	}

	private static void compareFeature(EObject before, EObject after, EStructuralFeature feature,
			List<Difference> differences) {
		if (feature instanceof EReference reference && reference.isContainment()) {
			compareContained(before, after, reference, differences);
			return;
		}
		String first = text(before.eGet(feature));
		String second = text(after.eGet(feature));
		if (!equal(before.eGet(feature), after.eGet(feature), first, second)) {
			differences.add(new Difference(Difference.Change.CHANGED, kind(after), ElementPaths.of(after), feature.getName(),
					first, second));
		}
	}

	private static void compareContained(EObject before, EObject after, EReference reference,
			List<Difference> differences) {
		Map<String, EObject> first = keyed(before, reference);
		Map<String, EObject> second = keyed(after, reference);
		for (Map.Entry<String, EObject> entry : first.entrySet()) {
			EObject match = second.get(entry.getKey());
			if (match == null || match.eClass() != entry.getValue().eClass()) {
				differences.add(new Difference(Difference.Change.REMOVED, kind(entry.getValue()),
						ElementPaths.of(entry.getValue()), "", label(entry.getValue()), ""));
			}
		}
		for (Map.Entry<String, EObject> entry : second.entrySet()) {
			EObject match = first.get(entry.getKey());
			if (match == null || match.eClass() != entry.getValue().eClass()) {
				differences.add(new Difference(Difference.Change.ADDED, kind(entry.getValue()),
						ElementPaths.of(entry.getValue()), "", "", label(entry.getValue())));
			} else {
				compareElements(match, entry.getValue(), differences);
			}
		}
	}

	/** The contained elements of one feature by their key; a second element with the same key gets a number. */
	private static Map<String, EObject> keyed(EObject owner, EReference reference) {
		Map<String, EObject> keyed = new LinkedHashMap<>();
		List<EObject> elements = new ArrayList<>();
		if (reference.isMany()) {
			for (Object element : (List<?>) owner.eGet(reference)) {
				elements.add((EObject) element);
			}
		} else if (owner.eGet(reference) != null) {
			elements.add((EObject) owner.eGet(reference));
		}
		for (EObject element : elements) {
			String key = key(element);
			String unique = key;
			for (int n = 2; keyed.containsKey(unique); n++) {
				unique = key + "#" + n;
			}
			keyed.put(unique, element);
		}
		return keyed;
	}

	private static String key(EObject element) {
		if (element instanceof ScenarioChange change) {
			return switch (change) {
			case RateChange r -> "rate " + r.getRate() + " " + r.getValidFrom();
			case ShareChange s -> "parameter " + s.getParameter();
			case CountChange c -> "count " + id(c.getUnit()) + " " + id(c.getCategory()) + " " + c.getYear();
			case GrowthChange g -> "growth " + id(g.getUnit()) + " " + id(g.getCategory()) + " " + g.getFromYear();
			default -> change.eClass().getName() + " " + ElementPaths.of(change);
			};
		}
		String path = ElementPaths.of(element);
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static String id(EObject element) {
		return switch (element) {
		case null -> "*";
		case ReportingUnit unit -> unit.getId();
		case CountCategory category -> category.getId();
		default -> String.valueOf(element);
		};
	}

	private static boolean equal(Object first, Object second, String firstText, String secondText) {
		if (first instanceof BigDecimal a && second instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		return Objects.equals(firstText, secondText);
	}

	/** A value as text: decimals plain, enumerations by literal, referenced elements by their label. */
	private static String text(Object value) {
		return switch (value) {
		case null -> "";
		case BigDecimal decimal -> decimal.toPlainString();
		case Enumerator literal -> literal.getLiteral();
		case EObject element -> reference(element);
		case List<?> list -> {
			List<String> texts = new ArrayList<>();
			for (Object item : list) {
				texts.add(text(item));
			}
			yield String.join(" ", texts);
		}
		default -> String.valueOf(value);
		};
	}

	private static String reference(EObject element) {
		for (String name : new String[] { "id", "number", "name" }) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
			if (feature instanceof EAttribute && element.eGet(feature) != null) {
				return String.valueOf(element.eGet(feature));
			}
		}
		return ElementPaths.of(element);
	}

	/** How an added or removed element is named: its heading, name or what it changes. */
	private static String label(EObject element) {
		return switch (element) {
		case Clause clause -> clause.getNumber() + (clause.getHeading() == null ? "" : " " + clause.getHeading());
		case Scenario scenario -> scenario.getName() + (scenario.getDescription() == null ? "" : ": " + scenario.getDescription());
		case Count count -> key(count) + " = " + text(count.getValue());
		case AgreedAmount agreed -> agreed.getYear() + " = " + text(agreed.getAmount());
		case ScenarioChange change -> key(change) + (change instanceof RateChange r ? " = " + text(r.getValue())
				: change instanceof ShareChange s ? " = " + text(s.getValue())
						: change instanceof CountChange c ? " = " + text(c.getValue())
								: change instanceof GrowthChange g ? " = " + text(g.getRatePerYear()) : "");
		default -> reference(element);
		};
	}

	/** The kind of element, in users' words, for the element itself or the element a value belongs to. */
	static String kind(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			String kind = switch (current) {
			case AgreedAmount a -> "agreed amount";
			case Clause c -> current == element ? "clause" : "term";
			case Party p -> "party";
			case Agreement a -> "agreement";
			case CountCategory c -> "category";
			case SourceReference s -> null;
			case CategoryComponent c -> null;
			case Count c -> "count";
			case ReportingUnit u -> "unit";
			case ScenarioChange c -> "scenario change";
			case Scenario s -> "scenario";
			case RegisteredAgreement r -> "register";
			case AgreementModel m -> "model";
			default -> null;
			};
			if (kind != null) {
				return kind;
			}
		}
		return element.eClass().getName();
	}
}
