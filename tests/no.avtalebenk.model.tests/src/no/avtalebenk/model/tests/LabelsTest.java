package no.avtalebenk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.api.Test;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AgreementStatus;
import no.avtalebenk.model.avtale.AvtalePackage;
import no.avtalebenk.model.avtale.MeetingFrequency;
import no.avtalebenk.model.avtale.ScenarioHolder;
import no.avtalebenk.model.labels.Labels;

/** The labels people read instead of the model's identifiers. */
class LabelsTest {

	@Test
	void everyLiteralOfEveryEnumHasABokmalAndAnEnglishLabel() throws IOException {
		Properties bokmal = read("/OSGI-INF/l10n/labels.properties");
		Properties english = read("/OSGI-INF/l10n/labels_en.properties");
		List<String> missing = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (EClassifier classifier : AvtalePackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum eEnum) {
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					String key = eEnum.getName() + "." + literal.getName();
					keys.add(key);
					check(bokmal, key, "nb", missing);
					check(english, key, "en", missing);
					if (bokmal.containsKey(key)) {
						// the generated Java enum's constant is labelled as its EEnum literal is
						assertEquals(bokmal.getProperty(key), Labels.literal(literal.getInstance()), key);
						assertEquals(bokmal.getProperty(key), Labels.literal(literal), key);
					}
					if (english.containsKey(key)) {
						assertEquals(english.getProperty(key), Labels.literal(literal.getInstance(), Locale.ENGLISH), key);
					}
				}
			}
		}
		assertTrue(missing.isEmpty(), "literals without a label: " + missing);
		// avtale.ecore's 11 enums have 4+3+7+4+4+2+3+3+6+7+4 = 47 literals today
		assertTrue(keys.size() >= 47, "the package's enums were found: " + keys.size());
		for (Properties labels : List.of(bokmal, english)) {
			Set<String> stale = new HashSet<>(labels.stringPropertyNames());
			stale.removeAll(keys);
			stale.remove("Line.invoiceRounding"); // the rounding line's label, tested below
			assertTrue(stale.isEmpty(), "labels of no literal: " + stale);
		}
	}

	@Test
	void theRoundingLineOfInvoicesRoundedPerUnitTotalHasALabelInBothLanguages() {
		assertEquals("avrunding av fakturasummen", Labels.invoiceRounding(Labels.BOKMAL));
		assertEquals("rounding of the invoice total", Labels.invoiceRounding(java.util.Locale.ENGLISH));
		assertEquals(Labels.invoiceRounding(java.util.Locale.getDefault()), Labels.category(null, Labels.INVOICE_ROUNDING));
		assertEquals(Labels.invoiceRounding(java.util.Locale.getDefault()), Labels.categories(null).apply("invoice rounding"));
	}

	@Test
	void holdersAndFrequenciesReadAsPeopleSayThem() {
		assertEquals("KS' posisjon", Labels.literal(ScenarioHolder.KS_POSITION));
		assertEquals("Kopinors posisjon", Labels.literal(ScenarioHolder.KOPINOR_POSITION));
		assertEquals("meklers forslag", Labels.literal(ScenarioHolder.MEDIATOR_PROPOSAL));
		assertEquals("grunnlag", Labels.literal(ScenarioHolder.BASELINE));
		assertEquals("halvårlig", Labels.literal(MeetingFrequency.HALF_YEARLY));
		assertEquals("signert", Labels.literal(AgreementStatus.SIGNED));
		assertEquals("half-yearly", Labels.literal(MeetingFrequency.HALF_YEARLY, Locale.ENGLISH));
		assertEquals("mediator's proposal", Labels.literal(ScenarioHolder.MEDIATOR_PROPOSAL, Locale.UK));
		// any language other than English gets bokmål
		assertEquals("halvårlig", Labels.literal(MeetingFrequency.HALF_YEARLY, Locale.GERMAN));
	}

	@Test
	void aCategoryIsShownByItsNameInTheAgreementFile() throws Exception {
		AgreementModel model = Examples.model();
		// avtale.avtale: <categories id="kulturskoleMusikk" name="Musikk- og kulturskoler, musikklinjer" …>
		assertEquals("Musikk- og kulturskoler, musikklinjer", Labels.category(model, "kulturskoleMusikk"));
		assertEquals("Videregående skoler, fylkeskommunale", Labels.category(model, "videregaende"));
		assertEquals("ukjentKategori", Labels.category(model, "ukjentKategori"));
		assertEquals("total", Labels.category(null, "total"));
		var categories = Labels.categories(model);
		assertEquals("Musikk- og kulturskoler, musikklinjer", categories.apply("kulturskoleMusikk"));
		assertEquals("ukjentKategori", categories.apply("ukjentKategori"));
	}

	private static void check(Properties labels, String key, String language, List<String> missing) {
		String label = labels.getProperty(key);
		if (label == null || label.isBlank()) {
			missing.add(key + " (" + language + ")");
		}
	}

	private static Properties read(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Labels.class.getResourceAsStream(file)) {
			assertNotNull(in, file + " is in the model bundle");
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		assertFalse(properties.isEmpty(), file);
		return properties;
	}
}
