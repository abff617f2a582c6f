package no.avtalebenk.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.report.assumptions.Assumption;
import no.avtalebenk.report.assumptions.Assumption.Kind;
import no.avtalebenk.report.assumptions.Assumptions;
import no.avtalebenk.report.assumptions.Question;

/** Every assumption of the bundled KS–Kopinor case, gathered from its files and the analyses' defaults. */
class AssumptionsTest {

	private static List<Assumption> of(Kind kind, Assumptions assumptions) {
		return assumptions.assumptions().stream().filter(a -> a.kind() == kind).toList();
	}

	@Test
	void theTemplatesAssumptionsComeIndexStepsFirstEachWithItsPlaceAndLabel() throws Exception {
		Assumptions found = Assumptions.of(Cases.openExample(), Locale.ENGLISH);
		// kopinor.vederlag: 2 index steps (2026, 2027) and the six 2022 rates are labelled assumptions, no
		// parameter is (administrasjonAndel has a note); avtale.avtale: the lead time P6M and the three
		// scenarios described as illustrations; six categories of estimated counts; six analysis defaults
		// (3 sensitivity ranges, 3 Monte Carlo growth values): 2 + 6 + 0 + 4 + 6 + 6 = 24
		assertEquals(24, found.assumptions().size(), found.assumptions().toString());
		assertEquals(List.of(2, 6, 0, 4, 6, 6), List.of(Kind.values()).stream().map(k -> of(k, found).size()).toList());
		Assumption first = found.assumptions().get(0);
		assertEquals(new Assumption(Kind.INDEX_STEP, "prisjustering from 2026-01-01", "factor 1.000", "kopinor.vederlag:61",
				"KPI October 2024–October 2025 not entered (SSB table 03013): no indexation assumed for 2026"), first);
		assertEquals(new Assumption(Kind.INDEX_STEP, "prisjustering from 2027-01-01", "factor 1.000", "kopinor.vederlag:62",
				"KPI October 2025–October 2026 not published yet: no indexation assumed for 2027"), found.assumptions().get(1));
		// the kinds in their order, whatever order the files give them in
		for (int i = 1; i < found.assumptions().size(); i++) {
			assertTrue(found.assumptions().get(i - 1).kind().compareTo(found.assumptions().get(i).kind()) <= 0, "order");
		}
		// 222.78 / 1.075 = 207.2372… → 207.24, the estimated 2022 grunnskole rate on line 23
		Assumption rate = of(Kind.RATE, found).get(0);
		assertEquals("grunnskoleSats from 2022-01-01", rate.what());
		assertEquals("207.24 NOK/elev", rate.value());
		assertEquals("kopinor.vederlag:23", rate.where());
		assertTrue(rate.label().startsWith("ESTIMATE: the 2023 rate 222.78 / 1.075"), rate.label());
		Assumption lead = of(Kind.AGREEMENT, found).get(0);
		assertEquals("/agreements[ks-kopinor-2026-2027]/clauses[9] leadTimeSource", lead.what());
		assertEquals("P6M", lead.value());
		assertEquals("avtale.avtale", lead.where());
		assertTrue(lead.label().startsWith("ANTAKELSE: protokollen punkt 9 sier «i tilstrekkelig tid før utløp»"),
				lead.label());
		assertEquals(List.of("/scenarios[elevtall-faller-2-prosent] description", "/scenarios[halv-administrasjonsandel] "
				+ "description", "/scenarios[meklers-forslag] description"), of(Kind.AGREEMENT, found).subList(1, 4).stream()
						.map(Assumption::what).toList());
		// both counts of administrative årsverk (2026 and 2027) are estimates by the 25 % assumption
		Assumption administration = of(Kind.DATA, found).get(5);
		assertEquals(new Assumption(Kind.DATA, "Administrative årsverk (grunnlaget)",
				"2 of 2 counts are estimates (2026, 2027)", "avtale.avtale", "ESTIMATE; method: ASSUMPTION: teaching, SFO "
						+ "and kulturskole årsverk taken as 25 % of the total; source: KS sysselsettingsstatistikk, "
						+ "municipal-sector årsverk 2021 (about 403 700)"), administration);
		List<Assumption> analyses = of(Kind.ANALYSIS, found);
		assertEquals(List.of("±10 %", "±5 %", "±3 %", "1 %", "0 %", "1 %"), analyses.stream().map(Assumption::value).toList());
		// the pupil mean is derived, (589 453 / 606 065)^(1/2) − 1 = −1.38 %, and said to be
		assertTrue(analyses.get(3).label().contains("the mean -1.38 % is DERIVED"), analyses.get(3).label());
	}

	@Test
	void inNorwegianTheCollectorsOwnWordsAreNorwegianAndTheLabelsStayAsWritten() throws Exception {
		Assumptions found = Assumptions.of(Cases.openExample(), Locale.forLanguageTag("nb"));
		assertEquals("prisjustering fra 2026-01-01", found.assumptions().get(0).what());
		assertEquals("faktor 1.000", found.assumptions().get(0).value());
		assertEquals("indekssteg", found.assumptions().get(0).kind().label(Locale.forLanguageTag("nb")));
		assertEquals("2 av 2 tall er anslag (2026, 2027)", of(Kind.DATA, found).get(0).value());
	}

	@Test
	void onTheReferenceDataSetEveryCountIsAnEstimate() throws Exception {
		Case reference = Cases.openExample().withData(Case.REFERENCE);
		List<Assumption> data = of(Kind.DATA, Assumptions.of(reference, Locale.ENGLISH));
		assertTrue(data.size() >= 6, data.toString());
		Pattern counts = Pattern.compile("(\\d+) of (\\d+) counts are estimates .*");
		Map<String, Integer> estimated = new TreeMap<>();
		Map<String, Integer> all = new TreeMap<>();
		for (Assumption entry : data) {
			assertEquals("the reference data set", entry.where());
			Matcher matcher = counts.matcher(entry.value());
			assertTrue(matcher.matches(), entry.value());
			estimated.merge(entry.what(), Integer.parseInt(matcher.group(1)), Integer::sum);
			all.put(entry.what(), Integer.parseInt(matcher.group(2)));
		}
		// all estimates: over its methods, as many estimated counts as the category has
		assertEquals(all, estimated);
	}

	@Test
	void theOpenQuestionsComeWithTheirPointAndSource() throws Exception {
		List<Question> questions = Assumptions.of(Cases.openExample(), Locale.ENGLISH).openQuestions();
		assertEquals(2, questions.size());
		Question output = questions.get(0);
		assertEquals("punkt 3, andre avsnitt", output.clause());
		assertTrue(output.text().contains("utdata generert med KI-verktøy"), output.text());
		assertTrue(output.source().startsWith("Protokoll mellom KS og Kopinor, Oslo 6.2.2026, punkt 3, andre avsnitt: "
				+ "«Partene anerkjenner at det er ulike syn"), output.source());
		assertEquals("avtale.avtale /agreements[ks-kopinor-2026-2027]/openQuestions[ki-utdata-deling]", output.where());
		assertEquals("punkt 2", questions.get(1).clause());
		assertTrue(questions.get(1).related().startsWith("punkt 4"), questions.get(1).related());
	}
}
