package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.avtalebenk.data.reference.ReferenceDataSet;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.UnitKind;
import no.avtalebenk.model.validation.ModelProblem;
import no.avtalebenk.model.validation.ModelValidation;

/** The reference data set adds up to the national totals it is calibrated to, and says that it is estimated. */
class ReferenceDataSetTest {

	private static AgreementModel model;

	@BeforeAll
	static void build() throws Exception {
		model = ReferenceDataSet.build();
	}

	@Test
	void nationalSumsEqualThePublishedTotals() {
		// The totals of docs/data-sources.md and DOMAIN.md, typed here rather than taken from the code.
		Map<String, Long> published = new LinkedHashMap<>();
		published.put("grunnskole", 589_453L); // SSB, public schools 2025
		published.put("kulturskoleMusikk", 60_229L); // 120 458 places / 2 (assumption)
		published.put("kulturskoleAndre", 60_229L);
		published.put("videregaende", 186_681L); // 202 914 × 0.92 = 186 680.88
		published.put("fagskole", 31_400L); // Meld. St. 11 (2024–2025)
		published.put("paiTotal", 403_700L); // KS 2021
		published.put("paiUndervisning", 80_740L); // 403 700 × 0.20 (assumption)
		published.put("paiSfo", 16_148L); // 403 700 × 0.04 (assumption)
		published.put("paiKulturskole", 4_037L); // 403 700 × 0.01 (assumption)
		published.put("paiBibliotek", 1_834L); // medienorge 2019
		published.put("paiKirke", 0L);
		published.put("administrasjon", 302_775L); // 403 700 − 80 740 − 16 148 − 4 037
		published.put("paiKsAdministrasjon", 0L);
		Map<String, Map<Integer, BigDecimal>> sums = ReferenceDataSet.nationalSums(model);
		for (Map.Entry<String, Long> total : published.entrySet()) {
			for (int year : List.of(2025, 2026, 2027)) {
				BigDecimal sum = sums.get(total.getKey()).get(year);
				assertEquals(0, BigDecimal.valueOf(total.getValue()).compareTo(sum), total.getKey() + " " + year + ": " + sum);
			}
		}
	}

	@Test
	void holdsEveryMunicipalityCountyLongyearbyenAndKs() {
		assertEquals(357, model.getUnits().stream().filter(u -> u.getKind() == UnitKind.MUNICIPALITY).count());
		assertEquals(15, model.getUnits().stream().filter(u -> u.getKind() == UnitKind.COUNTY).count());
		assertTrue(model.getUnits().stream().anyMatch(u -> u.getId().equals("LONGYEARBYEN") && u.getKind() == UnitKind.LONGYEARBYEN));
		assertTrue(model.getUnits().stream().anyMatch(u -> u.getId().equals("KS") && u.getKind() == UnitKind.KS_ORGANISATION));
		// 3 years × (357 municipalities × 10 municipal categories + 15 counties × 2 + Longyearbyen × 10 + KS × 1) = 10 833.
		assertEquals(10_833, model.getCounts().size());
	}

	@Test
	void osloGetsItsShareOfInhabitants() {
		// 589 453 × 717 710 / 5 550 203 = 76 223.57…; largest-remainder rounding gives 76 223 or 76 224.
		long oslo = value("0301", "grunnskole", 2025);
		assertTrue(oslo == 76_223 || oslo == 76_224, "Oslo grunnskole " + oslo);
		// Counties: 186 681 × 717 710 / 5 550 203 = 24 140.17…
		long county = value("03", "videregaende", 2026);
		assertTrue(county == 24_140 || county == 24_141, "Oslo videregående " + county);
	}

	@Test
	void everyCountIsAnEstimateWithItsMethodAndAssumptionsAreNamed() {
		for (Count count : model.getCounts()) {
			assertTrue(count.getProvenance().isEstimated());
			assertFalse(count.getProvenance().getMethod().isBlank());
			assertFalse(count.getProvenance().getRetrieved().isBlank());
		}
		Count music = model.getCounts().stream().filter(c -> c.getCategory().getId().equals("kulturskoleMusikk")).findFirst().orElseThrow();
		assertTrue(music.getProvenance().getMethod().contains("ASSUMPTION: half of the places"));
		assertTrue(model.getCounts().stream().filter(c -> c.getUnit().getId().equals("LONGYEARBYEN"))
				.allMatch(c -> c.getProvenance().getMethod().contains("ASSUMPTION")));
	}

	@Test
	void isAValidModel() {
		List<ModelProblem> errors = ModelValidation.validate(model, "reference", null).stream().filter(ModelProblem::isError).toList();
		assertEquals(List.of(), errors);
	}

	private static long value(String unit, String category, int year) {
		return model.getCounts().stream().filter(c -> c.getUnit().getId().equals(unit) && c.getCategory().getId().equals(category)
				&& c.getYear() == year).findFirst().orElseThrow().getValue().longValueExact();
	}
}
