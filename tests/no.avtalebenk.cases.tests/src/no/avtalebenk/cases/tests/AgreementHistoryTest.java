package no.avtalebenk.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.history.AgreementHistory;

/**
 * The agreement's history on a case made from the template: the published totals with their sources
 * beside the computed ones, and the step from the 2025 total to the agreed 2026 amount split into
 * indexation, counts and the negotiated remainder, adding up to the øre.
 */
class AgreementHistoryTest {

	@TempDir
	Path temp;

	@Test
	void thePublishedTotalsStandBesideTheComputedOnes() throws Exception {
		Path folder = temp.resolve("c");
		Cases.create(folder);
		AgreementHistory history = AgreementHistory.of(Cases.open(folder), null, null);
		assertEquals(List.of(2018, 2022, 2025, 2026, 2027), history.years().stream().map(AgreementHistory.Year::year).toList());
		// Published (DOMAIN.md, "Reported totals for the municipal sector"): 169, 183 and 208.8 MNOK; agreed 226 MNOK.
		assertEquals(nok("169000000"), published(history, 2018));
		assertEquals(nok("183000000"), published(history, 2022));
		assertEquals(nok("208800000"), published(history, 2025));
		assertEquals(nok("226000000"), published(history, 2026));
		assertEquals(nok("226000000"), published(history, 2027));
		AgreementHistory.Year y2018 = year(history, 2018);
		assertTrue(y2018.published().orElseThrow().source().startsWith("Rapportert samlet vederlag for kommunesektoren"));
		assertFalse(y2018.published().orElseThrow().agreed());
		assertTrue(year(history, 2026).published().orElseThrow().source().startsWith("Protokoll mellom KS og Kopinor"));
		// Computed on the template's national counts of 2026 (the case has none before), by hand:
		// 2018 rates: 589 453 × 192,47 + 60 229 × 62,40 + 60 229 × 0,98 + 186 681 × 183,39 + 31 400 × 165,05
		// + 100 925 × 157,71 = 113 452 018,91 + 3 758 289,60 + 59 024,42 + 34 235 428,59 + 5 182 570,00
		// + 15 916 881,75 = 172 604 213,27
		assertEquals(nok("172604213.27"), y2018.computed());
		assertTrue(y2018.countsAssumed());
		assertEquals(2026, y2018.countsYear());
		// 2022: the estimated rates 2023 / 1,075 (207,24, 67,18, 1,06, 197,47, 177,71, 169,13)
		assertEquals(nok("185781703.00"), year(history, 2022).computed());
		// 2025: the 2023 rates × 1,040 × 1,026, each step to øre (237,71, 77,06, 1,22, 226,51, 203,85, 194,00)
		assertEquals(nok("213099052.06"), year(history, 2025).computed());
		assertEquals(nok("213099052.06"), year(history, 2026).computed());
		assertEquals(nok("4299052.06"), year(history, 2025).difference().orElseThrow());
		assertEquals(nok("-12900947.94"), year(history, 2026).difference().orElseThrow());
		assertFalse(year(history, 2026).countsAssumed());
	}

	@Test
	void theTemplatesGapIsAllNegotiatedWhileTheIndexStepFor2026IsNotEntered() throws Exception {
		Path folder = temp.resolve("c");
		Cases.create(folder);
		AgreementHistory.Gap gap = AgreementHistory.of(Cases.open(folder), null, null).gap().orElseThrow();
		assertEquals(2025, gap.fromYear());
		assertEquals(2026, gap.toYear());
		// The 2026 factor is 1.000 (an assumption) and the counts of 2025 are those of 2026: neither moves the
		// total, so the remainder is 226 000 000 − 208 800 000 = 17 200 000, which is also the 2026 gap
		// 12 900 947,94 less the 2025 difference −4 299 052,06.
		assertEquals(nok("0.00"), gap.indexation());
		assertEquals(nok("0.00"), gap.counts());
		assertEquals(nok("17200000.00"), gap.remainder());
		assertEquals(0, gap.end().compareTo(nok("226000000")), "the steps add up to the agreed amount");
	}

	@Test
	void aCaseWithCountsFor2025AndAnIndexStepFor2026SplitsTheGapToTheOre() throws Exception {
		Path folder = temp.resolve("c");
		Cases.create(folder);
		replace(folder.resolve("kopinor.vederlag"), "from 2026-01-01 factor 1.000 assumption",
				"from 2026-01-01 change +3.0 % assumption \"a step to test the waterfall\" // was:");
		// The template's national counts, also for 2025, with 600 000 grunnskole pupils in 2025.
		Path agreement = folder.resolve("avtale.avtale");
		String text = Files.readString(agreement, StandardCharsets.UTF_8);
		StringBuilder counts2025 = new StringBuilder();
		String[][] values = { { "grunnskole", "600000" }, { "kulturskoleMusikk", "60229" }, { "kulturskoleAndre", "60229" },
				{ "videregaende", "186681" }, { "fagskole", "31400" }, { "administrasjon", "302775" } };
		for (String[] value : values) {
			counts2025.append("  <counts unit=\"NO\" category=\"").append(value[0]).append("\" year=\"2025\" value=\"")
					.append(value[1]).append("\">\n    <provenance source=\"test\" estimated=\"true\" method=\"made up for the test\"/>\n  </counts>\n");
		}
		text = text.replace("  <scenarios name=\"grunnlag\"", counts2025 + "  <scenarios name=\"grunnlag\"");
		Files.writeString(agreement, text, StandardCharsets.UTF_8);
		AgreementHistory history = AgreementHistory.of(Cases.open(folder), null, null);
		assertFalse(year(history, 2025).countsAssumed());
		AgreementHistory.Gap gap = history.gap().orElseThrow();
		// By hand (2026 rates = 2025 rates × 1,03 to øre: 244,84, 79,37, 1,26, 233,31, 209,97, 199,82):
		// C(2025 rates, 2025 counts) = 215 606 179,43 (grunnskole 600 000 × 237,71 = 142 626 000,00)
		// C(2026 rates, 2025 counts) = 222 074 699,88 (grunnskole 600 000 × 244,84 = 146 904 000,00)
		// C(2026 rates, 2026 counts) = 219 492 372,40 (grunnskole 589 453 × 244,84 = 144 321 672,52)
		assertEquals(nok("215606179.43"), gap.computedFrom());
		assertEquals(nok("219492372.40"), gap.computedTo());
		// indexation 222 074 699,88 − 215 606 179,43 = 6 468 520,45
		assertEquals(nok("6468520.45"), gap.indexation());
		// counts 219 492 372,40 − 222 074 699,88 = −2 582 327,48
		assertEquals(nok("-2582327.48"), gap.counts());
		// remainder 226 000 000 − 208 800 000 − 6 468 520,45 + 2 582 327,48 = 13 313 807,03
		assertEquals(nok("13313807.03"), gap.remainder());
		assertEquals(0, gap.end().compareTo(nok("226000000")), "the steps add up to the agreed amount to the øre");
	}

	@Test
	void twoPublishedTotalsForOneYearAreRefusedNamingBoth() throws Exception {
		Path folder = temp.resolve("c");
		Cases.create(folder);
		replace(folder.resolve("avtale.avtale"), "<history year=\"2022\"", "<history year=\"2018\"");
		Case own = Cases.open(folder);
		CaseException refused = assertThrows(CaseException.class, () -> AgreementHistory.of(own, null, null));
		assertTrue(refused.getMessage().contains("two published totals for 2018"), refused.getMessage());
		assertTrue(refused.getMessage().contains("/agreements[ks-kopinor-2026-2027]/history[2018]"), refused.getMessage());
	}

	private static AgreementHistory.Year year(AgreementHistory history, int year) {
		return history.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
	}

	private static BigDecimal published(AgreementHistory history, int year) {
		return year(history, year).published().orElseThrow().amount();
	}

	private static BigDecimal nok(String amount) {
		return new BigDecimal(amount);
	}

	private static void replace(Path file, String from, String to) throws Exception {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains(from), from);
		Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
	}
}
