package no.avtalebenk.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.model.avtale.Activity;
import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AgreementStatus;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.GeneralClause;
import no.avtalebenk.model.avtale.LimitKind;
import no.avtalebenk.model.avtale.MediationClause;
import no.avtalebenk.model.avtale.MeetingClause;
import no.avtalebenk.model.avtale.MeetingFrequency;
import no.avtalebenk.model.avtale.PartyRole;
import no.avtalebenk.model.avtale.PermittedUseClause;
import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.model.avtale.RenegotiationClause;
import no.avtalebenk.model.avtale.ReportingDutyClause;
import no.avtalebenk.model.avtale.ScenarioHolder;
import no.avtalebenk.model.avtale.ScopeClause;
import no.avtalebenk.model.avtale.SourceSystem;
import no.avtalebenk.model.avtale.TriggerKind;
import no.avtalebenk.model.avtale.UnitKind;
import no.avtalebenk.model.avtale.UseKind;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.terms.AgreedAmounts;
import no.avtalebenk.model.terms.PublishedTotals;
import no.avtalebenk.model.validation.ModelProblem;
import no.avtalebenk.model.validation.ModelValidation;

/** The bundled KS–Kopinor protocol of 6.2.2026 and its appendix, checked against the protocol text. */
class ExampleModelTest {

	private static Agreement agreement() throws Exception {
		return Examples.model().getAgreements().get(0);
	}

	@Test
	void exampleValidatesCleanIncludingItsFormulaName() throws Exception {
		Model formulas = Examples.formulas();
		Set<String> names = new HashSet<>();
		for (Element element : formulas.getElements()) {
			if (element instanceof Formula formula) {
				names.add(formulas.getName() + "." + formula.getName());
			}
		}
		List<ModelProblem> problems = ModelValidation.validate(Examples.model(), "avtale.avtale", file -> names);
		assertEquals(List.of(), problems);
	}

	@Test
	void exampleRoundTripsByteForByte() throws Exception {
		byte[] original;
		try (InputStream in = Examples.open(Examples.AGREEMENT)) {
			original = in.readAllBytes();
		}
		assertArrayEquals(original, AgreementFiles.toBytes(Examples.model()));
	}

	@Test
	void protocolHasPeriodPartiesAndSigning() throws Exception {
		Agreement agreement = agreement();
		assertEquals("2026-01-01", agreement.getPeriodStart());
		assertEquals("2027-12-31", agreement.getPeriodEnd());
		assertEquals("2026-02-06", agreement.getSignedDate());
		assertEquals("Oslo", agreement.getSignedPlace());
		assertEquals(AgreementStatus.SIGNED, agreement.getStatus());
		assertEquals(PartyRole.LICENSOR, agreement.getParties().get(0).getRole());
		assertEquals("Kopinor", agreement.getParties().get(0).getName());
		assertEquals(PartyRole.LICENSEE, agreement.getParties().get(1).getRole());
		assertEquals("KS", agreement.getParties().get(1).getName());
	}

	@Test
	void eachOfTheNinePointsIsATypedClauseWithItsText() throws Exception {
		Agreement agreement = agreement();
		ScopeClause scope = assertInstanceOf(ScopeClause.class, agreement.getClauses().get(0));
		assertTrue(scope.getText().startsWith("Mønsteravtalen er en viktig avtale"));
		GeneralClause technology = assertInstanceOf(GeneralClause.class, agreement.getClauses().get(1));
		assertTrue(technology.getText().startsWith("Mønsteravtalen er teknologinøytral."));
		assertInstanceOf(PermittedUseClause.class, agreement.getClauses().get(2));
		RenegotiationClause law = assertInstanceOf(RenegotiationClause.class, agreement.getClauses().get(3));
		assertEquals(TriggerKind.AI_REGULATION, law.getTriggers().get(1).getKind());
		MeetingClause meetings = assertInstanceOf(MeetingClause.class, agreement.getClauses().get(4));
		assertEquals(MeetingFrequency.HALF_YEARLY, meetings.getMeetings().get(0).getFrequency());
		ScopeClause ks = assertInstanceOf(ScopeClause.class, agreement.getClauses().get(5));
		assertEquals(List.of(Activity.KS_ORGANISATION), ks.getActivities());
		assertEquals(Activity.ADMINISTRATION, ks.getOnTermsOf());
		ReportingDutyClause reporting = assertInstanceOf(ReportingDutyClause.class, agreement.getClauses().get(6));
		assertEquals("KS", reporting.getDuties().get(0).getDeliveredBy().getName());
		assertEquals("04-01", reporting.getDuties().get(0).getDueMonthDay());
		assertTrue(reporting.getDuties().get(0).isFreeOfCharge());
		assertTrue(reporting.getText().startsWith("KS utarbeider vederlagsfritt og innen 1. april"));
		MediationClause mediation = assertInstanceOf(MediationClause.class, agreement.getClauses().get(7));
		assertEquals("åndsverkloven § 65", mediation.getLegalBasis());
		assertEquals(2, mediation.getDemandableBy().size());
		RenegotiationClause expiry = assertInstanceOf(RenegotiationClause.class, agreement.getClauses().get(8));
		assertEquals(TriggerKind.PERIOD_EXPIRY, expiry.getTriggers().get(0).getKind());
		for (int i = 0; i < 9; i++) {
			assertEquals(Integer.toString(i + 1), agreement.getClauses().get(i).getNumber());
			assertTrue(agreement.getClauses().get(i).getText().length() > 80);
		}
	}

	@Test
	void generativeAiUseAndItsLimits() throws Exception {
		PermittedUseClause uses = (PermittedUseClause) agreement().getClauses().get(2);
		assertEquals(List.of(UseKind.COPYING, UseKind.AI_INSTRUCTION_OR_CONTEXT, UseKind.TRANSLATION,
				UseKind.MINOR_LINGUISTIC_UPDATE), uses.getUses().stream().map(u -> u.getKind()).toList());
		assertEquals(List.of(LimitKind.CLOSED_INTERNAL_NETWORK_ONLY, LimitKind.NO_AI_TRAINING,
				LimitKind.AI_OUTPUT_INTERNAL_ONLY), uses.getLimits().stream().map(l -> l.getKind()).toList());
	}

	@Test
	void remunerationClauseNamesItsFormulaAndStatesTheAgreedAmounts() throws Exception {
		RemunerationClause remuneration = assertInstanceOf(RemunerationClause.class, agreement().getClauses().get(9));
		assertEquals("kopinor.vederlag", remuneration.getFormula());
		// the appendix's six categories and KS's own årsverk, billed on the administration terms (point 6)
		assertEquals(7, remuneration.getCategories().size());
		// DOMAIN: 226 MNOK per year for 2026 and 2027, reached after mediation in January 2026.
		SortedMap<Integer, BigDecimal> agreed = AgreedAmounts.byYear(Examples.model());
		assertEquals(List.of(2026, 2027), List.copyOf(agreed.keySet()));
		assertEquals(0, new BigDecimal("226000000.00").compareTo(agreed.get(2026)));
		assertEquals(0, new BigDecimal("226000000.00").compareTo(agreed.get(2027)));
		assertTrue(AgreedAmounts.source(Examples.model(), 2026).orElseThrow()
				.startsWith("Protokoll mellom KS og Kopinor, Oslo 6.2.2026"));
		assertEquals(Optional.empty(), AgreedAmounts.source(Examples.model(), 2028));
	}

	@Test
	void theHistoryHoldsThePublishedTotalsWithTheirSources() throws Exception {
		// DOMAIN.md, "Reported totals for the municipal sector": 169 MNOK (2018), 183 MNOK (2022), 208.8 MNOK
		// (2025); 226 MNOK per year for 2026 and 2027, the agreed amounts
		SortedMap<Integer, PublishedTotals.Total> totals = PublishedTotals.byYear(Examples.model());
		assertEquals(List.of(2018, 2022, 2025, 2026, 2027), List.copyOf(totals.keySet()));
		assertEquals(0, new BigDecimal("169000000").compareTo(totals.get(2018).amount()));
		assertEquals(0, new BigDecimal("183000000").compareTo(totals.get(2022).amount()));
		assertEquals(0, new BigDecimal("208800000").compareTo(totals.get(2025).amount()));
		assertEquals(0, new BigDecimal("226000000").compareTo(totals.get(2026).amount()));
		assertFalse(totals.get(2025).agreed());
		assertTrue(totals.get(2027).agreed());
		assertTrue(totals.get(2018).source().startsWith("Rapportert samlet vederlag for kommunesektoren"));
		assertTrue(totals.get(2026).source().startsWith("Protokoll mellom KS og Kopinor, Oslo 6.2.2026"));
	}

	@Test
	void categoriesFollowTheAppendix() throws Exception {
		AgreementModel model = Examples.model();
		CountCategory grunnskole = model.getCategories().get(0);
		assertEquals(SourceSystem.GSI, grunnskole.getSources().get(0).getSystem());
		assertEquals("A-15 d57", grunnskole.getSources().get(0).getTableOrField());
		assertEquals("10-01", grunnskole.getCountingDate());
		CountCategory administration = model.getCategories().stream().filter(c -> c.getId().equals("administrasjon"))
				.findFirst().orElseThrow();
		// Appendix: total årsverk minus teaching, SFO and kulturskole årsverk.
		assertEquals(List.of("paiTotal", "paiUndervisning", "paiSfo", "paiKulturskole"),
				administration.getDerivation().stream().map(d -> d.getCategory().getId()).toList());
		assertEquals(List.of(false, true, true, true),
				administration.getDerivation().stream().map(d -> d.isSubtract()).toList());
	}

	@Test
	void reportingUnitsAreAllMunicipalitiesCountiesLongyearbyenAndKs() throws Exception {
		AgreementModel model = Examples.model();
		assertEquals(357, model.getUnits().stream().filter(u -> u.getKind() == UnitKind.MUNICIPALITY).count());
		assertEquals(15, model.getUnits().stream().filter(u -> u.getKind() == UnitKind.COUNTY).count());
		assertEquals(1, model.getUnits().stream().filter(u -> u.getKind() == UnitKind.LONGYEARBYEN).count());
		assertEquals(1, model.getUnits().stream().filter(u -> u.getKind() == UnitKind.KS_ORGANISATION).count());
		// SSB's figure for 1 January 2024, as stated by the data set: 5 550 203 inhabitants.
		assertEquals(5_550_203, model.getUnits().stream().filter(u -> u.getKind() == UnitKind.MUNICIPALITY)
				.mapToInt(u -> u.getInhabitants()).sum());
		var oslo = model.getUnits().stream().filter(u -> u.getId().equals("0301")).findFirst().orElseThrow();
		assertEquals("Oslo", oslo.getName());
		assertEquals("03", oslo.getCounty().getId());
	}

	@Test
	void scenariosStackOnTheBaseline() throws Exception {
		AgreementModel model = Examples.model();
		assertEquals(ScenarioHolder.BASELINE, model.getScenarios().get(0).getHolder());
		assertEquals(model.getScenarios().get(0), model.getScenarios().get(1).getBasedOn());
		assertEquals(model.getScenarios().get(0), model.getScenarios().get(2).getBasedOn());
	}

	@Test
	void registerListsTheBilateralAgreementsWithTheirDates() throws Exception {
		AgreementModel model = Examples.model();
		// vedlegg c's eight, the refugee agreement of 2026 (kapittel 5a), Digihjelpen (5c) and the HOD–KS supplement (5b)
		assertEquals(11, model.getRegister().size());
		var nav = model.getRegister().stream().filter(r -> r.getName().contains("NAV-kontorene")).findFirst().orElseThrow();
		assertEquals("2023-01-04", nav.getSigned());
		assertEquals("2026-12-31", nav.getExpires());
		assertEquals("2012", nav.getFirstSigned());
	}
}
