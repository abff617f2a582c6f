package no.avtalebenk.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * What a user does with a case of their own: create it from the template, change a rate in its formula
 * file and a scenario in its agreement, and see every answer follow.
 */
class OwnCaseTest {

	/**
	 * The template's 2026 total: the category lines of kopinor.vederlag on its national counts, at the 2023
	 * rates indexed by the published KPI steps (+4.0 % for 2024, +2.6 % for 2025, each rounded to øre) and
	 * the 2026 factor 1.000 (an assumption). It was 199 713 211,71 while every index factor was 1.000.
	 */
	private static final BigDecimal TEMPLATE_2026 = new BigDecimal("213099052.06");

	@TempDir
	Path temp;

	@Test
	void aNewCaseHoldsTheTemplateAndProjectsItsPayments() throws Exception {
		Path folder = temp.resolve("c");
		List<Path> written = Cases.create(folder);
		assertEquals(List.of("avtale.avtale", "kopinor.vederlag", "kopinor-tester.vederlag", "enheter.csv"),
				written.stream().map(p -> p.getFileName().toString()).toList());
		assertTrue(Cases.isCase(folder));
		Case own = Cases.open(folder);
		assertFalse(own.isExample());
		assertEquals(List.of(2026, 2027), own.years());
		PaymentResult baseline = own.project(own.projection(null), own.scenario(null));
		// 222,78 × 1,040 = 231,6912 → 231,69; × 1,026 = 237,71394 → 237,71; × 589 453 pupils = 140 118 872,63
		assertEquals(new BigDecimal("140118872.63"), baseline.amount("grunnskole", 2026));
		assertEquals(TEMPLATE_2026, baseline.total(2026));
		assertEquals("case c (ks-kopinor-2026-2027)", own.title());
	}

	@Test
	void aNewCaseRefusesAFolderThatIsNotEmpty() throws IOException {
		Files.writeString(temp.resolve("notes.txt"), "mine");
		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Cases.create(temp));
		assertTrue(refused.getMessage().contains("is not empty"), refused.getMessage());
		assertEquals("mine", Files.readString(temp.resolve("notes.txt")));
	}

	@Test
	void aChangedRateInTheCasesFormulaFileChangesThePayments() throws Exception {
		Path folder = temp.resolve("c");
		Cases.create(folder);
		replace(folder.resolve("kopinor.vederlag"), "from 2023-01-01 = 222.78", "from 2023-01-01 = 230.00");
		PaymentResult changed = baseline(Cases.open(folder));
		// 230,00 × 1,040 = 239,20; × 1,026 = 245,4192 → 245,42; × 589 453 = 144 663 555,26; the total rises by
		// 589 453 × (245,42 − 237,71) = 4 544 682,63 to 217 643 734,69
		assertEquals(new BigDecimal("144663555.26"), changed.amount("grunnskole", 2026));
		assertEquals(new BigDecimal("217643734.69"), changed.total(2026));
	}

	@Test
	void aScenarioAddedToTheCasesAgreementIsProjected() throws Exception {
		Path folder = temp.resolve("c");
		Cases.create(folder);
		addScenario(folder.resolve("avtale.avtale"));
		Case own = Cases.open(folder);
		PaymentResult offer = own.project(own.projection(null), own.scenario("kvart-administrasjon"));
		// 2026 rate 181,81 × 1,040 → 189,08 × 1,026 → 194,00; × (0,25 × 302 775 årsverk) = 14 684 587,50
		// (1/3 gives 194,00 × 100 925 = 19 579 450,00)
		assertEquals(new BigDecimal("14684587.50"), offer.amount("administrasjon", 2026));
		assertEquals(TEMPLATE_2026.subtract(new BigDecimal("19579450.00")).add(new BigDecimal("14684587.50")),
				offer.total(2026));
	}

	@Test
	void aBrokenFormulaIsReportedWithItsPlaceAndRefusesTheCase() throws Exception {
		Path folder = temp.resolve("c");
		Cases.create(folder);
		replace(folder.resolve("kopinor.vederlag"), "from 2023-01-01 = 222.78", "from 2023-01-01 = ");
		CaseException refused = assertThrows(CaseException.class, () -> Cases.open(folder));
		assertEquals(CaseException.Kind.INPUT, refused.kind());
		assertTrue(refused.problems().stream().anyMatch(p -> p.file().equals("kopinor.vederlag") && p.line() == 24),
				refused.getMessage());
		assertTrue(refused.getMessage().contains("kopinor.vederlag:24:"), refused.getMessage());
	}

	@Test
	void aDataSetWithoutAYearTheAgreementNeedsIsRefusedByUnitCategoryAndYear() throws Exception {
		Path folder = temp.resolve("c");
		Cases.create(folder);
		Files.createDirectories(folder.resolve("data"));
		String agreement = Files.readString(folder.resolve("avtale.avtale"), StandardCharsets.UTF_8);
		// A data set holding the template's counts without fagskole 2027: its year rule is the current year
		// ("Velg Årstall: inneværende år"), so 2027 has no count.
		String dataSet = agreement.replaceAll("(?s)<agreements .*?</agreements>\\s*", "")
				.replaceAll("(?s)\\s*<counts unit=\"NO\" category=\"fagskole\" year=\"2027\".*?</counts>", "")
				.replaceAll("(?s)\\s*<scenarios .*</scenarios>", "");
		Files.writeString(folder.resolve("data/uten-2027.avtale"), dataSet, StandardCharsets.UTF_8);
		Case own = Cases.open(folder);
		assertEquals(List.of(folder.resolve("data/uten-2027.avtale").toAbsolutePath().normalize()),
				own.dataSets().stream().map(p -> p.toAbsolutePath().normalize()).toList());
		Case onData = own.withData("uten-2027.avtale");
		CaseException refused = assertThrows(CaseException.class, () -> onData.scenario(null));
		assertEquals(CaseException.Kind.REQUEST, refused.kind());
		assertTrue(refused.getMessage().startsWith("uten-2027.avtale under the year rules of scenario 'grunnlag' lacks counts"),
				refused.getMessage());
		assertTrue(refused.getMessage().contains("unit NO (Kommunesektoren samlet (nasjonale tall)), category fagskole, year 2027 "
				+ "(year rule current year: "), refused.getMessage());
	}

	@Test
	void aDataSetWithoutAYearIsProjectedOnTheDataYearTheCategorysRuleChooses() throws Exception {
		Path folder = temp.resolve("c");
		Cases.create(folder);
		Files.createDirectories(folder.resolve("data"));
		String agreement = Files.readString(folder.resolve("avtale.avtale"), StandardCharsets.UTF_8);
		// Without grunnskole 2027: its rule is the latest available count ("sist tilgjengelige tall i GSI"),
		// so 2027 uses the 2026 count, 589 453.
		String dataSet = agreement.replaceAll("(?s)<agreements .*?</agreements>\\s*", "")
				.replaceAll("(?s)\\s*<counts unit=\"NO\" category=\"grunnskole\" year=\"2027\".*?</counts>", "")
				.replaceAll("(?s)\\s*<scenarios .*</scenarios>", "");
		Files.writeString(folder.resolve("data/uten-2027.avtale"), dataSet, StandardCharsets.UTF_8);
		Case onData = Cases.open(folder).withData("uten-2027.avtale");
		CountTable counts = onData.scenario(null).counts();
		assertEquals(new BigDecimal("589453"), counts.get("NO", "grunnskole", 2027).orElseThrow().value());
		assertEquals(2026, counts.choice("NO", "grunnskole", 2027).orElseThrow().dataYear());
		assertTrue(counts.get("NO", "grunnskole", 2027).orElseThrow().provenance().source()
				.startsWith("2026-tall brukt for 2027: Elevtallene (elevplasser) hentes fra sist tilgjengelige tall i GSI"));
	}

	@Test
	void aDataSetChangedAfterTheCaseWasOpenedIsProjectedAsItIsNow() throws Exception {
		Path folder = temp.resolve("c");
		Cases.create(folder);
		Files.createDirectories(folder.resolve("data"));
		String agreement = Files.readString(folder.resolve("avtale.avtale"), StandardCharsets.UTF_8);
		String dataSet = agreement.replaceAll("(?s)<agreements .*?</agreements>\\s*", "")
				.replaceAll("(?s)\\s*<scenarios .*</scenarios>", "");
		Path file = folder.resolve("data/tall.avtale");
		Files.writeString(file, dataSet, StandardCharsets.UTF_8);
		Case own = Cases.open(folder);
		// the data set read when the case was opened: the template's counts, 589 453 × NOK 237,71 (the 2026 rate)
		assertEquals(new BigDecimal("140118872.63"), baseline(own.withData("tall.avtale")).amount("grunnskole", 2026));
		Files.writeString(file, dataSet.replace("category=\"grunnskole\" year=\"2026\" value=\"589453\"",
				"category=\"grunnskole\" year=\"2026\" value=\"6000000\""), StandardCharsets.UTF_8);
		// 6 000 000 pupils × NOK 237,71 = 1 426 260 000,00: the file as it is now, not as it was read
		assertEquals(new BigDecimal("1426260000.00"), baseline(own.withData("tall.avtale")).amount("grunnskole", 2026));
	}

	@Test
	void theCasesOwnUnitsJoinItsReportingUnits() throws Exception {
		Path folder = temp.resolve("c");
		Cases.create(folder);
		Files.writeString(folder.resolve("enheter.csv"), "id;name;kind;county;validFrom;validTo;note\n"
				+ "TEST-1;Testenhet;other;46;2026-01-01;;for trying out the formulas\n", StandardCharsets.UTF_8);
		Case own = Cases.open(folder);
		assertEquals(List.of("TEST-1"), own.ownUnits().stream().map(u -> u.getId()).toList());
		assertEquals("46 Vestland", own.county().apply("TEST-1"));
	}

	@Test
	void aBrokenUnitsFileRefusesTheCaseWithItsPlace() throws Exception {
		Path folder = temp.resolve("c");
		Cases.create(folder);
		Files.writeString(folder.resolve("enheter.csv"), "id;name;kind;county;validFrom;validTo;note\n"
				+ "TEST-1;Testenhet;iks;;;;\n", StandardCharsets.UTF_8);
		CaseException refused = assertThrows(CaseException.class, () -> Cases.open(folder));
		assertEquals(CaseException.Kind.INPUT, refused.kind());
		assertTrue(refused.getMessage().contains("enheter.csv:2:3: error: unknown kind 'iks'"), refused.getMessage());
	}

	@Test
	void aFolderWithoutAnAgreementIsNotACase() throws IOException {
		Files.writeString(temp.resolve("kopinor.vederlag"), "package x\n");
		assertFalse(Cases.isCase(temp));
		CaseException refused = assertThrows(CaseException.class, () -> Cases.open(temp));
		assertEquals(CaseException.Kind.REQUEST, refused.kind());
		assertTrue(refused.getMessage().contains("is not a case"), refused.getMessage());
	}

	@Test
	void theExampleIsTheTemplateOpenedLikeACase() throws Exception {
		Case example = Cases.openExample();
		assertTrue(example.isExample());
		assertEquals("KS–Kopinor 2026–2027 (example; counts are estimates)", example.title());
		assertEquals(TEMPLATE_2026, baseline(example).total(2026));
	}

	private static PaymentResult baseline(Case own) throws CaseException {
		return own.project(own.projection(null), own.scenario(null));
	}

	/** Replaces the first occurrence of a text, as a user editing the file would. */
	private static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int at = text.indexOf(from);
		assertTrue(at >= 0, "the template holds " + from);
		Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
	}

	/** Adds the user's own offer as a user would, in the agreement file's text, before the register. */
	static void addScenario(Path agreement) throws IOException {
		replace(agreement, "  <register ", "  <scenarios name=\"kvart-administrasjon\" description=\"Eget tilbud: en firedel av de "
				+ "administrative årsverkene\" holder=\"ksPosition\" round=\"3\" basedOn=\"grunnlag\">\n"
				+ "    <changes xsi:type=\"avtale:ShareChange\" parameter=\"administrasjonAndel\" value=\"0.25\"/>\n"
				+ "  </scenarios>\n  <register ");
	}
}
