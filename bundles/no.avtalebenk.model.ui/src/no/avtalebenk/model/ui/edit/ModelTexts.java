package no.avtalebenk.model.ui.edit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

import no.avtalebenk.model.labels.Labels;

/**
 * What people read for the agreement model's features ("Periodestart", not {@code periodStart}),
 * kinds of elements ("Scenario", "Sats") and values (enum literals through {@link Labels}, other
 * elements by their item label). The names are in {@value #BASE}{@code .properties} (Norwegian
 * bokmål) and {@code _en.properties} (English), keyed {@code feature.NAME} or
 * {@code feature.CLASS.NAME} where one name means different things, and {@code type.CLASS}; they
 * follow the workbench's language ({@link Locale#getDefault()}, set by {@code -nl}).
 */
public final class ModelTexts {

	/** The names' file in the bundle, without the language suffix and extension. */
	static final String BASE = "/OSGI-INF/l10n/model";

	private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

	private ModelTexts() {
	}

	/** @return the language the editor shows: the workbench's */
	public static Locale locale() {
		return Locale.getDefault();
	}

	/**
	 * @param feature a feature of the agreement model
	 * @return its name as people read it; the feature's own name when the file lacks it
	 */
	public static String feature(EStructuralFeature feature) {
		Properties names = names();
		String qualified = names.getProperty("feature." + feature.getEContainingClass().getName() + "." + feature.getName());
		return qualified != null ? qualified : names.getProperty("feature." + feature.getName(), feature.getName());
	}

	/**
	 * @param eClass a class of the agreement model
	 * @return the kind of element it is, as people read it
	 */
	public static String type(EClass eClass) {
		return names().getProperty("type." + eClass.getName(), eClass.getName());
	}

	/**
	 * @param value   a feature's value: text, number, enum literal, element or list of them
	 * @param factory the adapter factory whose label providers name elements
	 * @return the value as people read it; empty for null
	 */
	public static String value(Object value, AdapterFactory factory) {
		return switch (value) {
		case null -> "";
		case Enumerator literal -> Labels.literal(literal, locale());
		case Boolean yes -> yes ? EditMessages.Value_yes : EditMessages.Value_no;
		case BigDecimal number -> number.toPlainString();
		case EObject element -> element(element, factory);
		case Collection<?> values -> values.stream().map(v -> value(v, factory)).collect(Collectors.joining(", "));
		default -> value.toString();
		};
	}

	private static String element(EObject element, AdapterFactory factory) {
		Object provider = factory.adapt(element, IItemLabelProvider.class);
		return provider instanceof IItemLabelProvider labels ? labels.getText(element) : type(element.eClass());
	}

	private static Properties names() {
		boolean english = "en".equals(locale().getLanguage());
		String file = BASE + (english ? "_en" : "") + ".properties";
		return LOADED.computeIfAbsent(file, ModelTexts::load);
	}

	private static Properties load(String file) {
		Properties properties = new Properties();
		try (InputStream in = ModelTexts.class.getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException("The names' file " + file + " is missing from the installation.");
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("The names' file " + file + " cannot be read: " + e.getMessage(), e);
		}
		return properties;
	}
}
