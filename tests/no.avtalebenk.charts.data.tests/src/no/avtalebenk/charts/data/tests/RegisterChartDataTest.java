package no.avtalebenk.charts.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.charts.data.RegisterChartData;
import no.avtalebenk.charts.data.Timeline;
import no.avtalebenk.charts.data.Timeline.Phase;
import no.avtalebenk.examples.Examples;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.RegisteredAgreement;

/** The register of the template's agreement file as a timeline: what expires when. */
class RegisterChartDataTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void oneBarPerRegisteredAgreementFromSignedToExpires() throws Exception {
		Timeline timeline = RegisterChartData.timeline(Examples.model(), TODAY, Timeline.Texts.NORWEGIAN);
		// the template's eleven <register> lines, in file order (seed: KDD, konsultasjonsmøte 2 2026, vedlegg c and kapittel 5)
		assertEquals(11, timeline.bars().size());
		Timeline.Bar first = timeline.bars().get(0);
		assertEquals("Avtale om kvalitetsutvikling i barnehagen, grunnskolen og videregående opplæring", first.label());
		assertEquals(LocalDate.of(2022, 12, 2), first.from());
		assertEquals(LocalDate.of(2025, 12, 31), first.to());
		assertEquals("KD og KS; Avtaler om velferdstjenester (kvalitet/tjenesteutvikling)", first.detail());
		// expired before 2026-12-02: the three ending 2025-12-31, the one ending 2025-09-01 and Digihjelpen
		// (2025-12-31); within the case's period (to 2027-12-31): NAV (2026-12-31), the two ending 2027-12-31
		// and the HOD–KS supplementary agreement; later: 2028 and 2029
		assertEquals(List.of(Phase.EXPIRED, Phase.EXPIRED, Phase.EXPIRED, Phase.IN_PERIOD, Phase.EXPIRED, Phase.IN_PERIOD,
				Phase.LATER, Phase.IN_PERIOD, Phase.LATER, Phase.EXPIRED, Phase.IN_PERIOD), timeline.bars().stream().map(Timeline.Bar::phase).toList());
		assertEquals(List.of(new Timeline.Marker("I dag 2026-12-02", TODAY),
				new Timeline.Marker("Avtaleperioden slutter 2027-12-31", LocalDate.of(2027, 12, 31))),
				timeline.markers());
		assertEquals(List.of(), timeline.skipped());
		// the supplementary agreement's signing year is not in the source: its bar starts at its start
		Timeline.Bar supplement = timeline.bars().get(10);
		assertEquals(LocalDate.of(2024, 4, 26), supplement.from());
		assertEquals(LocalDate.of(2027, 12, 31), supplement.to());
		assertEquals("Avtaleregisteret: hva utløper når", timeline.title());
	}

	@Test
	void anAgreementWithoutDatesIsNamedAndTwinNamesAreToldApart() throws Exception {
		AgreementModel model = Examples.model();
		RegisteredAgreement undated = AvtaleFactory.eINSTANCE.createRegisteredAgreement();
		undated.setName("Uten datoer");
		model.getRegister().add(undated);
		RegisteredAgreement twin = AvtaleFactory.eINSTANCE.createRegisteredAgreement();
		twin.setName(model.getRegister().get(0).getName());
		twin.setSigned("2026-01-01");
		twin.setExpires("2026-12-02");
		model.getRegister().add(twin);
		Timeline timeline = RegisterChartData.timeline(model, TODAY, Timeline.Texts.ENGLISH);
		assertEquals(List.of("Uten datoer"), timeline.skipped());
		assertEquals(12, timeline.bars().size());
		Timeline.Bar last = timeline.bars().get(11);
		assertEquals(model.getRegister().get(0).getName() + " (2)", last.label());
		// expiring today is not expired yet
		assertEquals(Phase.IN_PERIOD, last.phase());
		assertEquals("Today 2026-12-02", timeline.markers().get(0).label());
	}
}
