package no.avtalebenk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.terms.AgreedAmounts;
import no.avtalebenk.model.validation.AvtaleRules;
import no.avtalebenk.model.validation.ModelProblem;
import no.avtalebenk.model.validation.ModelValidation;

/** Each validation rule, on a small model written the way users write model files. */
class ValidationRulesTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<avtale:AgreementModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
			+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:avtale=\"http://avtalebenk.no/model/avtale/1.0\">\n";
	private static final String TAIL = "</avtale:AgreementModel>\n";
	private static final String AGREEMENT = "<agreements id=\"a\" title=\"T\" periodStart=\"2026-01-01\" periodEnd=\"2027-12-31\"/>\n";
	private static final String CATEGORY = "<categories id=\"grunnskole\"><sources tableOrField=\"A-15 d57\"/></categories>\n";
	private static final String UNIT = "<units id=\"0301\" name=\"Oslo\" validFrom=\"2024-01-01\"/>\n";

	private static List<ModelProblem> validate(String body) throws Exception {
		AgreementModel model = AgreementFiles.load(URI.createURI("test.avtale"),
				new ByteArrayInputStream((HEAD + body + TAIL).getBytes(StandardCharsets.UTF_8)));
		return ModelValidation.validate(model, "test.avtale", file -> Set.of("kopinor.vederlag"));
	}

	private static ModelProblem only(List<ModelProblem> problems) {
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}

	@Test
	void validModelHasNoProblems() throws Exception {
		assertEquals(List.of(), validate(AGREEMENT + CATEGORY + UNIT
				+ "<counts unit=\"0301\" category=\"grunnskole\" year=\"2026\" value=\"57000\"><provenance source=\"GSI\"/></counts>\n"));
	}

	@Test
	void periodMustEndAfterItStarts() throws Exception {
		ModelProblem problem = only(validate("<agreements id=\"a\" title=\"T\" periodStart=\"2027-12-31\" periodEnd=\"2026-01-01\"/>\n"));
		assertEquals(Integer.toString(AvtaleRules.PERIOD_ORDER), problem.code());
		assertEquals("test.avtale: /agreements[a]: error: The period ends (2026-01-01) before it starts (2027-12-31).",
				problem.toString());
	}

	@Test
	void remunerationClauseMustNameAnExistingFormula() throws Exception {
		ModelProblem problem = only(validate("<agreements id=\"a\" title=\"T\" periodStart=\"2026-01-01\" periodEnd=\"2027-12-31\">"
				+ "<clauses xsi:type=\"avtale:RemunerationClause\" number=\"V\" formula=\"kopinor.vederlg\" formulaFile=\"k.vederlag\"/>"
				+ "</agreements>\n"));
		assertEquals("/agreements[a]/clauses[V]", problem.path());
		assertEquals("The formula 'kopinor.vederlg' is not defined in k.vederlag (it defines kopinor.vederlag).",
				problem.message());
	}

	@Test
	void everyCategoryHasASource() throws Exception {
		ModelProblem problem = only(validate("<categories id=\"fagskole\"/>\n"));
		assertEquals("/categories[fagskole]", problem.path());
		assertEquals(Integer.toString(AvtaleRules.CATEGORY_WITHOUT_SOURCE), problem.code());
	}

	@Test
	void noUnitCountedTwiceInAYear() throws Exception {
		ModelProblem problem = only(validate(CATEGORY + UNIT
				+ "<counts unit=\"0301\" category=\"grunnskole\" year=\"2026\" value=\"1\"><provenance source=\"GSI\"/></counts>\n"
				+ "<counts unit=\"0301\" category=\"grunnskole\" year=\"2026\" value=\"2\"><provenance source=\"GSI\"/></counts>\n"));
		assertEquals("/counts[0301 grunnskole 2026]", problem.path());
		assertEquals("Unit 0301 is counted twice for grunnskole in 2026.", problem.message());
	}

	@Test
	void sharesLieBetweenZeroAndOne() throws Exception {
		ModelProblem problem = only(validate("<scenarios name=\"grunnlag\" holder=\"baseline\">"
				+ "<changes xsi:type=\"avtale:ShareChange\" parameter=\"andel\" value=\"1.2\"/></scenarios>\n"));
		assertEquals(Integer.toString(AvtaleRules.SHARE_RANGE), problem.code());
		assertEquals("The share 'andel' is 1.2; a share lies between 0 and 1.", problem.message());
	}

	/** An agreement 2026–2027 whose remuneration clause states the given agreed amounts. */
	private static String agreed(String amounts) {
		return "<agreements id=\"a\" title=\"T\" periodStart=\"2026-01-01\" periodEnd=\"2027-12-31\">"
				+ "<clauses xsi:type=\"avtale:RemunerationClause\" number=\"V\" formula=\"kopinor.vederlag\" formulaFile=\"k.vederlag\">"
				+ amounts + "</clauses></agreements>\n";
	}

	@Test
	void agreedAmountsForEachYearOfThePeriodAreValid() throws Exception {
		assertEquals(List.of(), validate(agreed("<agreedAmounts year=\"2026\" amount=\"226000000\" source=\"Protokoll\"/>"
				+ "<agreedAmounts year=\"2027\" amount=\"226000000.50\"/>")));
	}

	@Test
	void agreedAmountIsMoreThanZero() throws Exception {
		ModelProblem problem = only(validate(agreed("<agreedAmounts year=\"2026\" amount=\"-226000000\"/>")));
		assertEquals(Integer.toString(AvtaleRules.AGREED_AMOUNT), problem.code());
		assertEquals("test.avtale: /agreements[a]/clauses[V]/agreedAmounts[2026]: error: The agreed amount for 2026 is"
				+ " -226000000; an agreed amount is more than 0 NOK.", problem.toString());
	}

	@Test
	void agreedAmountHasAtMostTwoDecimals() throws Exception {
		ModelProblem problem = only(validate(agreed("<agreedAmounts year=\"2026\" amount=\"226000000.005\"/>")));
		assertEquals(Integer.toString(AvtaleRules.AGREED_AMOUNT), problem.code());
		assertEquals("/agreements[a]/clauses[V]/agreedAmounts[2026]", problem.path());
		assertEquals("The agreed amount for 2026 is 226000000.005; write NOK with at most two decimals (øre).",
				problem.message());
	}

	@Test
	void agreedAmountLiesWithinThePeriod() throws Exception {
		ModelProblem problem = only(validate(agreed("<agreedAmounts year=\"2028\" amount=\"226000000\"/>")));
		assertEquals(Integer.toString(AvtaleRules.AGREED_YEAR_OUTSIDE_PERIOD), problem.code());
		assertEquals("test.avtale: /agreements[a]/clauses[V]/agreedAmounts[2028]: error: The agreed amount is for 2028,"
				+ " outside the period of 'a' (2026-01-01 – 2027-12-31).", problem.toString());
	}

	@Test
	void aReversedPeriodIsReportedOnceNotOnEveryAgreedAmount() throws Exception {
		ModelProblem problem = only(validate(agreed("<agreedAmounts year=\"2026\" amount=\"226000000\"/>")
				.replace("periodEnd=\"2027-12-31\"", "periodEnd=\"2025-12-31\"")));
		assertEquals(Integer.toString(AvtaleRules.PERIOD_ORDER), problem.code());
	}

	@Test
	void atMostOneAgreedAmountPerYear() throws Exception {
		ModelProblem problem = only(validate(agreed("<agreedAmounts year=\"2026\" amount=\"226000000\"/>"
				+ "<agreedAmounts year=\"2026\" amount=\"208800000\"/>")));
		assertEquals(Integer.toString(AvtaleRules.AGREED_TWICE), problem.code());
		assertEquals("test.avtale: /agreements[a]/clauses[V]/agreedAmounts[2026]: error: The agreement 'a' has two agreed"
				+ " amounts for 2026 (226000000 and 208800000); give at most one per year.", problem.toString());
	}

	@Test
	void agreedAmountsByYearRefusesTwoAmountsForOneYear() throws Exception {
		AgreementModel model = AgreementFiles.load(URI.createURI("test.avtale"), new ByteArrayInputStream((HEAD
				+ agreed("<agreedAmounts year=\"2026\" amount=\"226000000\"/><agreedAmounts year=\"2026\" amount=\"1\"/>")
				+ TAIL).getBytes(StandardCharsets.UTF_8)));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgreedAmounts.byYear(model));
		assertEquals("The agreement 'a' has two agreed amounts for 2026: /agreements[a]/clauses[V]/agreedAmounts[2026]"
				+ " (226000000) and /agreements[a]/clauses[V]/agreedAmounts[2026] (1).", e.getMessage());
	}

	@Test
	void scenarioMustRestOnABaseline() throws Exception {
		ModelProblem problem = only(validate("<scenarios name=\"tilbud\" holder=\"ksPosition\"/>\n"));
		assertEquals(Integer.toString(AvtaleRules.NO_BASELINE), problem.code());
		assertEquals("/scenarios[tilbud]", problem.path());
	}

	@Test
	void scenariosMustNotStackInACycle() throws Exception {
		List<ModelProblem> problems = validate("<scenarios name=\"a\" holder=\"ksPosition\" basedOn=\"b\"/>\n"
				+ "<scenarios name=\"b\" holder=\"kopinorPosition\" basedOn=\"a\"/>\n");
		assertEquals(2, problems.size());
		assertEquals("The scenario 'a' is stacked on itself (through 'a').", problems.get(0).message());
		assertEquals(Integer.toString(AvtaleRules.SCENARIO_CYCLE), problems.get(1).code());
	}

	@Test
	void requiredValuesAreReported() throws Exception {
		ModelProblem problem = only(validate("<agreements id=\"a\" periodStart=\"2026-01-01\" periodEnd=\"2027-12-31\"/>\n"));
		assertEquals("error", problem.severity());
		assertTrue(problem.message().contains("'title'"), problem.message());
	}
}
