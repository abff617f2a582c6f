package no.avtalebenk.model.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnumLiteral;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.CountCategory;

/**
 * The one place where identifiers of the model become what people read: a count category by the
 * name its agreement file gives it, an enum literal (status, role, frequency, whose position …) by
 * its label in {@value #BASE}{@code .properties} (Norwegian bokmål) or {@code _en.properties}
 * (English), keyed {@code EEnumName.literalName}. Machine outputs (CSV, JSON) keep the identifiers;
 * only what is shown to people goes through here.
 */
public final class Labels {

	/** Norwegian bokmål, the default language of the labels. */
	public static final Locale BOKMAL = Locale.forLanguageTag("nb");

	/** The labels' file in the bundle, without the language suffix and extension. */
	static final String BASE = "/OSGI-INF/l10n/labels";

	private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

	/**
	 * The id of the line that rounds a unit's invoice when a formula file rounds per unit total (the
	 * simulation's {@code PaymentResult.ROUNDING}); not a category of any agreement.
	 */
	public static final String INVOICE_ROUNDING = "invoice rounding";

	/** Its key in the labels' files: the one label that is not an enum literal's. */
	static final String INVOICE_ROUNDING_KEY = "Line.invoiceRounding";

	private Labels() {
	}

	/**
	 * @param model the agreement model whose categories are looked in
	 * @param id    a count category's id, e.g. {@code kulturskoleMusikk}
	 * @return the category's name in the model (e.g. "Musikk- og kulturskoler, musikklinjer"), or the
	 *         id when the model has no such category or gives it no name
	 */
	public static String category(AgreementModel model, String id) {
		if (INVOICE_ROUNDING.equals(id)) {
			return invoiceRounding(Locale.getDefault());
		}
		if (model != null) {
			for (CountCategory category : model.getCategories()) {
				if (id.equals(category.getId())) {
					return named(category.getName()) ? category.getName() : id;
				}
			}
		}
		return id;
	}

	/**
	 * @param model the agreement model; may be null, then every id stays as it is
	 * @return a function from a category id to its label as {@link #category(AgreementModel, String)}
	 *         gives it, over a copy of the model's names taken now, so it may be used in another thread
	 */
	public static UnaryOperator<String> categories(AgreementModel model) {
		Map<String, String> names = new HashMap<>();
		if (model != null) {
			for (CountCategory category : model.getCategories()) {
				if (category.getId() != null && named(category.getName())) {
					names.putIfAbsent(category.getId(), category.getName());
				}
			}
		}
		names.put(INVOICE_ROUNDING, invoiceRounding(Locale.getDefault()));
		return id -> names.getOrDefault(id, id);
	}

	/**
	 * @param locale the language: English for {@code en}, else Norwegian bokmål
	 * @return the label of the rounding line of invoices rounded per unit total ({@link #INVOICE_ROUNDING})
	 */
	public static String invoiceRounding(Locale locale) {
		return labels(locale).getProperty(INVOICE_ROUNDING_KEY, INVOICE_ROUNDING);
	}

	/**
	 * @param literal a literal of an enum of the model, e.g. {@code ScenarioHolder.KS_POSITION}
	 * @return its Norwegian bokmål label, e.g. "KS' posisjon"
	 */
	public static String literal(Enumerator literal) {
		return literal(literal, BOKMAL);
	}

	/**
	 * @param literal a literal of an enum of the model
	 * @param locale  the language: English for {@code en}, else Norwegian bokmål
	 * @return its label in that language; the literal's name when the labels lack it
	 */
	public static String literal(Enumerator literal, Locale locale) {
		String key = enumName(literal) + "." + literal.getName();
		return labels(locale).getProperty(key, literal.getName());
	}

	/** @return whether the language is English; every other language gets the bokmål labels */
	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	private static String enumName(Enumerator literal) {
		if (literal instanceof EEnumLiteral dynamic) {
			return dynamic.getEEnum().getName();
		}
		if (literal instanceof Enum<?> generated) {
			return generated.getDeclaringClass().getSimpleName();
		}
		return literal.getClass().getSimpleName();
	}

	private static Properties labels(Locale locale) {
		String file = BASE + (english(locale) ? "_en" : "") + ".properties";
		return LOADED.computeIfAbsent(file, Labels::load);
	}

	private static Properties load(String file) {
		Properties properties = new Properties();
		try (InputStream in = Labels.class.getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException("The labels' file " + file + " is missing from the installation.");
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("The labels' file " + file + " cannot be read: " + e.getMessage(), e);
		}
		return properties;
	}

	private static boolean named(String name) {
		return name != null && !name.isBlank();
	}
}
