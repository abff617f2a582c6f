package no.avtalebenk.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.OfferRounds;
import no.avtalebenk.cases.OfferRounds.Offer;
import no.avtalebenk.cases.diff.CaseDiff;
import no.avtalebenk.cases.diff.PaymentEffect;
import no.avtalebenk.model.diff.Difference;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Offers compared as a user makes them: a case made from the template, a copy with one rate and one
 * count changed, two scenarios of one case, and each party's offers as a history of rounds.
 */
class OffersTest {

	@TempDir
	Path temp;

	@Test
	void aChangedCopyDiffersInItsRateAndCountAndPaysTheDifference() throws Exception {
		Path a = temp.resolve("a");
		Path b = temp.resolve("b");
		Cases.create(a);
		Cases.create(b);
		replace(b.resolve("kopinor.vederlag"), "from 2023-01-01 = 222.78", "from 2023-01-01 = 230.00");
		replace(b.resolve("avtale.avtale"), "category=\"fagskole\" year=\"2026\" value=\"31400\"",
				"category=\"fagskole\" year=\"2026\" value=\"31500\"");
		Case first = Cases.open(a);
		Case second = Cases.open(b);
		CaseDiff diff = CaseDiff.agreements(first, null, second, null);
		assertEquals(2, diff.differences().size(), diff.differences().toString());
		Difference count = diff.differences().get(0);
		assertEquals(Difference.Change.CHANGED, count.change());
		assertEquals("count", count.element());
		assertEquals("/counts[NO fagskole 2026]", count.path());
		assertEquals("value", count.feature());
		assertEquals("31400", count.before());
		assertEquals("31500", count.after());
		Difference rate = diff.differences().get(1);
		assertEquals("rate", rate.element());
		assertEquals("grunnskoleSats from 2023-01-01", rate.feature());
		assertEquals("222.78", rate.before());
		assertEquals("230.00", rate.after());
		assertEquals("kopinor.vederlag:" + lineOf(b.resolve("kopinor.vederlag"), "= 230.00") + ":2", rate.path());
		// 100 more students at the 2026 fagskole rate: 191.04 indexed +4.0 % and +2.6 % (each step to øre)
		// is 198.68, 203.85; 100 × 203.85
		assertEquals(new BigDecimal("20385.00"), effect(diff, "fagskole", 2026).difference().setScale(2));
		assertEquals(new BigDecimal("0.00"), effect(diff, "fagskole", 2027).difference().setScale(2));
		assertEquals(0, effect(diff, "videregaende", 2026).difference().signum());
		// grunnskole: 230.00 indexed is 239.20, 245.42 against 237.71; 7.71 × 589 453 pupils
		assertEquals(new BigDecimal("4544682.63"), effect(diff, "grunnskole", 2027).difference().setScale(2));
		BigDecimal sum = diff.payments().stream().filter(p -> p.year() == 2026).map(PaymentEffect::difference)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(0, sum.compareTo(diff.totals().get(0).difference()));
		assertEquals("avtale.avtale, scenario grunnlag", diff.before());
	}

	@Test
	void twoScenariosDifferInWhatTheyChange() throws Exception {
		Path a = temp.resolve("a");
		Cases.create(a);
		Case scope = Cases.open(a);
		CaseDiff diff = CaseDiff.scenarios(scope, "grunnlag", "meklers-forslag");
		List<String> lines = diff.differences().stream()
				.map(d -> d.change().label() + " " + d.path() + " " + d.feature() + " " + d.before() + " → " + d.after())
				.toList();
		assertTrue(lines.contains("changed /scenarios[meklers-forslag] holder baseline → mediatorProposal"), lines.toString());
		assertTrue(lines.contains("changed /scenarios[meklers-forslag] round 0 → 2"), lines.toString());
		assertTrue(lines.contains("changed /scenarios[meklers-forslag] basedOn  → grunnlag"), lines.toString());
		assertTrue(lines.contains("added /scenarios[meklers-forslag]/changes[0]   → rate prisjustering 2026-01-01 = 1.06"),
				lines.toString());
		PaymentResult base = scope.project(scope.projection(null), scope.scenario("grunnlag"));
		PaymentResult mediator = scope.project(scope.projection(null), scope.scenario("meklers-forslag"));
		assertEquals(mediator.total(2026).subtract(base.total(2026)), diff.totals().get(0).difference());
	}

	@Test
	void eachPartysOffersBecomeAHistoryOfRounds() throws Exception {
		Path a = temp.resolve("a");
		Cases.create(a);
		// KS's second round rests on its first and bills a quarter of the administrative årsverk
		replace(a.resolve("avtale.avtale"), "  <register ", "  <scenarios name=\"ks-runde-2\" holder=\"ksPosition\" "
				+ "round=\"2\" basedOn=\"elevtall-faller-2-prosent\">\n    <changes xsi:type=\"avtale:ShareChange\" "
				+ "parameter=\"administrasjonAndel\" value=\"0.25\"/>\n  </scenarios>\n  <register ");
		Case scope = Cases.open(a);
		List<Offer> offers = OfferRounds.of(scope);
		assertEquals(List.of("ksPosition 1 elevtall-faller-2-prosent", "ksPosition 2 ks-runde-2",
				"kopinorPosition 1 halv-administrasjonsandel", "mediatorProposal 2 meklers-forslag"),
				offers.stream().map(o -> o.holder() + " " + o.round() + " " + o.scenario()).toList());
		PaymentResult base = scope.project(scope.projection(null), scope.scenario(null));
		Offer first = offers.get(0);
		assertEquals("grunnlag", first.previous());
		// pupils fall 2 % from 2027: 589 453 × 0,98 = 577 663,94, rounded to 577 664, 11 789 fewer pupils at
		// the 2027 grunnskole rate (the baseline's payment / 589 453); nothing changes in 2026
		BigDecimal rate2027 = base.amount("grunnskole", 2027).divide(new BigDecimal(589453), 2, RoundingMode.UNNECESSARY);
		assertEquals(rate2027.multiply(new BigDecimal(-11789)), first.change().get(2027));
		assertEquals(0, first.change().get(2026).signum());
		Offer second = offers.get(1);
		assertEquals("elevtall-faller-2-prosent", second.previous());
		assertEquals(second.totals().get(2026).subtract(first.totals().get(2026)), second.change().get(2026));
		assertTrue(second.change().get(2026).signum() < 0, "a quarter instead of a third");
		// the gap is to the protocol's NOK 226 000 000 a year
		assertEquals(first.totals().get(2026).subtract(new BigDecimal("226000000")), first.gap().get(2026));
		assertEquals("grunnlag", offers.get(2).previous());
	}

	private static PaymentEffect effect(CaseDiff diff, String category, int year) {
		return diff.payments().stream().filter(p -> p.category().equals(category) && p.year() == year).findFirst()
				.orElseThrow();
	}

	private static int lineOf(Path file, String text) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}

	/** Replaces the first occurrence, as a user editing the file would. */
	private static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int at = text.indexOf(from);
		assertTrue(at >= 0, from);
		Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
	}
}
