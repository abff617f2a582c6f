package no.avtalebenk.model.ui.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.osgi.util.NLS;

/**
 * How a feature of an element is edited, shared by the form, the scenario table and the Properties
 * view: which values it may take (enum literals, yes/no, the elements a reference may point to), how
 * typed text becomes a value, and the one way a value is changed: a {@link SetCommand} on the editing
 * domain's command stack, so that every change can be undone and marks the file dirty.
 */
public final class FeatureEditing {

	private FeatureEditing() {
	}

	/**
	 * @param owner   an element
	 * @param feature one of its features
	 * @return whether a user may set it in place: changeable, single-valued and not a containment
	 */
	public static boolean editable(EObject owner, EStructuralFeature feature) {
		return feature.isChangeable() && !feature.isDerived() && !feature.isMany()
				&& !(feature instanceof EReference reference && reference.isContainment());
	}

	/**
	 * @param owner   an element
	 * @param feature one of its features
	 * @param factory the adapter factory whose item property descriptors know a reference's candidates
	 * @return the values it may take, in order (null first for an optional reference), or null when it
	 *         takes free text or numbers
	 */
	public static List<Object> choices(EObject owner, EStructuralFeature feature, AdapterFactory factory) {
		if (feature.getEType() instanceof EEnum enumeration) {
			List<Object> literals = new ArrayList<>();
			for (EEnumLiteral literal : enumeration.getELiterals()) {
				literals.add(literal.getInstance());
			}
			return literals;
		}
		Class<?> type = feature.getEType().getInstanceClass();
		if (type == boolean.class || type == Boolean.class) {
			return List.of(Boolean.TRUE, Boolean.FALSE);
		}
		if (feature instanceof EReference) {
			List<Object> candidates = new ArrayList<>();
			if (feature.getLowerBound() == 0) {
				candidates.add(null);
			}
			IItemPropertyDescriptor descriptor = descriptor(owner, feature, factory);
			Collection<?> values = descriptor == null ? List.of() : descriptor.getChoiceOfValues(owner);
			for (Object value : values) {
				if (value != null && value != owner && !candidates.contains(value)) {
					candidates.add(value);
				}
			}
			return candidates;
		}
		return null;
	}

	/**
	 * @param owner   an element
	 * @param feature one of its features
	 * @param factory the adapter factory of the item providers
	 * @return the item property descriptor of that feature, or null
	 */
	public static IItemPropertyDescriptor descriptor(EObject owner, EStructuralFeature feature, AdapterFactory factory) {
		if (factory.adapt(owner, IItemPropertySource.class) instanceof IItemPropertySource source) {
			for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
				if (descriptor.getFeature(owner) == feature) {
					return descriptor;
				}
			}
		}
		return null;
	}

	/**
	 * @param attribute an attribute that takes text or numbers
	 * @param value     its value
	 * @return the value as typed text: numbers plainly (1000000, not 1E+6), null as empty
	 */
	public static String format(EAttribute attribute, Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
	}

	/**
	 * @param attribute an attribute that takes text or numbers
	 * @param text      what the user typed; numbers may use a decimal comma and spaces between
	 *                  thousands
	 * @return the value
	 * @throws IllegalArgumentException with a message for the user when the text is not a value of the
	 *                                  attribute's type
	 */
	public static Object parse(EAttribute attribute, String text) {
		EDataType type = attribute.getEAttributeType();
		Class<?> instanceClass = type.getInstanceClass();
		if (instanceClass == String.class) {
			return text.isEmpty() && attribute.getLowerBound() == 0 ? null : text;
		}
		String number = text.strip().replace('\u00a0', ' ').replace(" ", "").replace('\u2212', '-').replace(',', '.');
		if (number.isEmpty()) {
			if (instanceClass != null && instanceClass.isPrimitive()) {
				throw new IllegalArgumentException(NLS.bind(EditMessages.Value_required, ModelTexts.feature(attribute)));
			}
			return null;
		}
		try {
			return EcoreUtil.createFromString(type, number);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException(NLS.bind(EditMessages.Value_invalid, text, ModelTexts.feature(attribute)), e);
		}
	}

	/**
	 * @param attribute an attribute that takes text or numbers
	 * @param text      what the user typed
	 * @return why it is not a value of the attribute, or null when it is
	 */
	public static String problem(EAttribute attribute, String text) {
		try {
			parse(attribute, text);
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	/**
	 * Sets a feature through the domain's command stack; nothing happens when the value is the same.
	 *
	 * @param domain  the editing domain
	 * @param owner   the element
	 * @param feature the feature
	 * @param value   the new value
	 * @return whether a command was executed
	 */
	public static boolean set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		if (Objects.equals(owner.eGet(feature), value)) {
			return false;
		}
		Command command = SetCommand.create(domain, owner, feature, value);
		if (!command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}
}
