package no.avtalebenk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.diff.Difference;
import no.avtalebenk.model.diff.ModelDiff;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.terms.Deadlines;
import no.avtalebenk.model.terms.Deadlines.Deadline;
import no.avtalebenk.model.terms.Register;
import no.avtalebenk.model.terms.Register.Entry;
import no.avtalebenk.model.validation.AvtaleRules;
import no.avtalebenk.model.validation.ModelProblem;
import no.avtalebenk.model.validation.ModelValidation;

/**
 * The agreement's duties as dates (protocol of 6.2.2026, points 5, 7 and 9), the register of
 * agreements against its source (KDD, materialet til 2. konsultasjonsmøte 2026: vedlegg c and
 * kapittel 5), and the structural comparison of two agreements.
 */
class DutiesAndRegisterTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<avtale:AgreementModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
			+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:avtale=\"http://avtalebenk.no/model/avtale/1.0\">\n";

	private static AgreementModel load(String body) throws Exception {
		return AgreementFiles.load(URI.createURI("test.avtale"),
				new ByteArrayInputStream((HEAD + body + "</avtale:AgreementModel>\n").getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void paiArsverkAreDueOnFirstAprilOfEachYearOfThePeriod() throws Exception {
		List<Deadline> deadlines = Deadlines.of(Examples.model());
		// protocol point 7: "KS utarbeider vederlagsfritt og innen 1. april hvert år i avtaleperioden
		// nødvendig statistikk fra PAI om antall årsverk"; the period is 1.1.2026–31.12.2027
		List<Deadline> reporting = deadlines.stream().filter(d -> d.kind() == Deadlines.Kind.REPORTING).toList();
		assertEquals(List.of(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1)), reporting.stream().map(Deadline::date).toList());
		assertEquals("KS", reporting.get(0).party());
		assertEquals("7", reporting.get(0).clause());
		assertEquals("/agreements[ks-kopinor-2026-2027]/clauses[7]/duties[0]", reporting.get(0).path());
		assertTrue(reporting.get(0).basis().contains("free of charge"), reporting.get(0).basis());
		// point 5: half-yearly contact meetings, one in each half year; working groups only by agreement
		List<Deadline> meetings = deadlines.stream().filter(d -> d.kind() == Deadlines.Kind.MEETING).toList();
		assertEquals(List.of(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30),
				LocalDate.of(2027, 12, 31)), meetings.stream().map(Deadline::date).toList());
		// point 9 gives no lead time ("i tilstrekkelig tid"): the template's six months are an assumption
		Deadline renegotiation = deadlines.stream().filter(d -> d.kind() == Deadlines.Kind.RENEGOTIATION).findFirst()
				.orElseThrow();
		assertEquals(LocalDate.of(2027, 6, 30), renegotiation.date());
		assertTrue(renegotiation.basis().contains("ANTAKELSE"), renegotiation.basis());
		assertEquals(LocalDate.of(2027, 12, 31), deadlines.get(deadlines.size() - 1).date());
	}

	@Test
	void aDueDateThatIsNoMonthAndDayIsAnErrorAtItsDuty() throws Exception {
		String agreement = "<agreements id=\"a\" title=\"T\" periodStart=\"2026-01-01\" periodEnd=\"2027-12-31\">"
				+ "<parties name=\"KS\"/><clauses xsi:type=\"avtale:ReportingDutyClause\" number=\"7\">"
				+ "<duties deliveredBy=\"//@agreements.0/@parties.0\" statistic=\"PAI\" dueMonthDay=\"%s\"/></clauses>"
				+ "<clauses xsi:type=\"avtale:RenegotiationClause\" number=\"9\" leadTime=\"%s\"/></agreements>\n";
		List<ModelProblem> problems = ModelValidation.validate(load(agreement.formatted("13-45", "seks måneder")),
				"test.avtale", file -> Set.of());
		assertEquals(2, problems.size(), problems.toString());
		assertEquals("/agreements[a]/clauses[7]/duties[0]", problems.get(0).path());
		assertEquals(Integer.toString(AvtaleRules.INVALID_MONTH_DAY), problems.get(0).code());
		assertTrue(problems.get(0).message().contains("'13-45' is not a month and day"), problems.get(0).message());
		assertEquals("/agreements[a]/clauses[9]", problems.get(1).path());
		assertEquals(Integer.toString(AvtaleRules.INVALID_LEAD_TIME), problems.get(1).code());
		// 29 February exists; 30 February does not
		assertEquals(List.of(), ModelValidation.validate(load(agreement.formatted("02-29", "P6M")), "test.avtale",
				file -> Set.of()));
		assertEquals(1, ModelValidation.validate(load(agreement.formatted("02-30", "P6M")), "test.avtale", file -> Set.of())
				.size());
		// a duty with no valid date gives no deadline
		assertTrue(Deadlines.of(load(agreement.formatted("13-45", "P6M"))).stream()
				.noneMatch(d -> d.kind() == Deadlines.Kind.REPORTING));
	}

	@Test
	void theRegisterHoldsEveryAgreementOfTheConsultationMaterial() throws Exception {
		// the date of the 2nd consultation meeting 2026 (16 April, "møtedato for konsultasjonsmøtet")
		List<Entry> entries = Register.entries(Examples.model(), LocalDate.of(2026, 4, 16));
		Map<String, Entry> byId = entries.stream().collect(Collectors.toMap(e -> e.entry().getId(), Function.identity()));
		// vedlegg c's eight agreements, the new refugee agreement (5a), Digihjelpen (5c) and the HOD–KS
		// supplementary agreement (5b)
		assertEquals(11, entries.size());
		Entry digihjelpen = byId.get("digihjelpen-2022");
		assertEquals("Avtale om utvikling av Digihjelpen", digihjelpen.entry().getName());
		assertEquals("KDD og KS", digihjelpen.entry().getParties());
		assertEquals(LocalDate.of(2022, 3, 18), digihjelpen.start());
		assertEquals(LocalDate.of(2025, 12, 31), digihjelpen.expires());
		assertEquals("2018-01-30", digihjelpen.entry().getFirstSigned());
		assertEquals(Register.Status.EXPIRED, digihjelpen.status());
		Entry supplement = byId.get("helsefellesskap-tillegg");
		assertEquals("HOD og KS", supplement.entry().getParties());
		// "inngås for samme periode" as the agreement on the health communities, 26.04.2024–31.12.2027
		assertEquals(LocalDate.of(2024, 4, 26), supplement.start());
		assertEquals(LocalDate.of(2027, 12, 31), supplement.expires());
		assertNull(supplement.entry().getSigned(), "the source gives the month (June), not the year");
		// the refugee agreement of 11.03.2022 (to 31.12.2025) is continued by the one of 2026–2029
		Entry refugees = byId.get("flyktninger-2022");
		assertEquals("Avtale om mottak og bosetting av flyktninger 2026–2029", refugees.successor());
		Entry successor = byId.get("flyktninger-2026");
		assertEquals(LocalDate.of(2026, 1, 1), successor.start());
		assertEquals("2026-03-06", successor.entry().getSigned());
		assertEquals("Samarbeidsavtale om mottak og bosetting av flyktninger", successor.predecessor());
		// expired by the meeting: the four of vedlegg c ending 31.12.2025 or 01.09.2025, and Digihjelpen
		assertEquals(Set.of("kvalitetsutvikling-2022", "praksis-2022", "flyktninger-2022", "digitaliseringsstrategi-2020",
				"digihjelpen-2022"), entries.stream().filter(e -> e.status() == Register.Status.EXPIRED)
						.map(e -> e.entry().getId()).collect(Collectors.toSet()));
		assertEquals(Register.Status.IN_FORCE, byId.get("nav-2023").status());
		// on 1 January 2027 the NAV agreement (to 31.12.2026) has expired too
		assertEquals(Register.Status.EXPIRED, Register.entries(Examples.model(), LocalDate.of(2027, 1, 1)).stream()
				.filter(e -> "nav-2023".equals(e.entry().getId())).findFirst().orElseThrow().status());
		// ordered by expiry: the strategy agreement ending 01.09.2025 first, the refugees' 2029 last
		assertEquals("digitaliseringsstrategi-2020", entries.get(0).entry().getId());
		assertEquals("flyktninger-2026", entries.get(entries.size() - 1).entry().getId());
	}

	@Test
	void twoAgreementsDifferInTheClausesAndTermsTheyChange() throws Exception {
		AgreementModel before = Examples.model();
		AgreementModel after = Examples.model();
		after.getAgreements().get(0).getClauses().get(8).setText("Reforhandling opptas seks måneder før utløp.");
		after.getScenarios().remove(1);
		after.getRegister().get(0).setExpires("2026-12-31");
		List<Difference> differences = ModelDiff.compare(before, after);
		assertEquals(3, differences.size(), differences.toString());
		Difference clause = differences.get(0);
		assertEquals(Difference.Change.CHANGED, clause.change());
		assertEquals("clause", clause.element());
		assertEquals("/agreements[ks-kopinor-2026-2027]/clauses[9]", clause.path());
		assertEquals("text", clause.feature());
		assertEquals("Reforhandling opptas seks måneder før utløp.", clause.after());
		Difference scenario = differences.get(1);
		assertEquals(Difference.Change.REMOVED, scenario.change());
		assertEquals("/scenarios[elevtall-faller-2-prosent]", scenario.path());
		Difference register = differences.get(2);
		assertEquals("/register[kvalitetsutvikling-2022]", register.path());
		assertEquals("2025-12-31", register.before());
		assertEquals(List.of(), ModelDiff.compare(Examples.model(), Examples.model()));
	}
}
