package no.avtalebenk.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import no.avtalebenk.cases.Cases;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.examples.Examples;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.Provenance;
import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.report.Briefing;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.Briefings;
import no.avtalebenk.report.HistoryBlocks;
import no.avtalebenk.report.HtmlWriter;
import no.avtalebenk.report.PdfWriter;
import no.avtalebenk.simulation.result.PaymentResult;

/** The mediation briefing of the bundled example, as HTML and as PDF. */
class BriefingTest {

	private static Briefing briefing() throws Exception {
		BriefingInput input = new BriefingInput(Examples.model(), "avtale.avtale", Examples.formulas(),
				Map.of("grunnlag", Examples.simulate()), Map.of("grunnlag", "grunnlag"), List.of(), "NO");
		return Briefings.build(input, Briefings.standardSections());
	}

	@Test
	void sectionsComeInTheOrderAMediatorReadsThem() throws Exception {
		assertEquals(List.of("Posisjonene side om side", "Summer og differanser", "Avtalen punkt for punkt",
				"Åpne spørsmål i protokollen", "Forutsetninger og datakilder", "Forklaring for enhet NO"),
				briefing().sections());
	}

	@Test
	void manyCountsAreSummarisedPerCategoryAndSourceWithTheirYearsSideBySide() throws Exception {
		AgreementModel model = Examples.model();
		CountCategory grunnskole = model.getCategories().stream().filter(c -> c.getId().equals("grunnskole")).findFirst()
				.orElseThrow();
		// 40 municipalities × 2 years, 100 pupils each, the same estimate both years; one has 90 in 2027
		List<ReportingUnit> municipalities = model.getUnits().stream().filter(u -> u.getId().matches("\\d{4}")).limit(40)
				.toList();
		model.getCounts().clear();
		for (ReportingUnit unit : municipalities) {
			for (int year : List.of(2026, 2027)) {
				Count count = AvtaleFactory.eINSTANCE.createCount();
				count.setUnit(unit);
				count.setCategory(grunnskole);
				count.setYear(year);
				count.setValue(new BigDecimal(year == 2027 && unit == municipalities.get(0) ? "90" : "100"));
				Provenance provenance = AvtaleFactory.eINSTANCE.createProvenance();
				provenance.setSource("Testkilde");
				provenance.setEstimated(true);
				provenance.setMethod("per innbygger");
				count.setProvenance(provenance);
				model.getCounts().add(count);
			}
		}
		BriefingInput input = new BriefingInput(model, "avtale.avtale", Examples.formulas(),
				Map.of("grunnlag", Examples.simulate()), Map.of("grunnlag", "grunnlag"), List.of(), "NO");
		String html = HtmlWriter.write(Briefings.build(input, Briefings.standardSections()), NumberStyle.NORWEGIAN);
		// 40 × 100 = 4 000 pupils in 2026; 39 × 100 + 90 = 3 990 in 2027
		// avtale.avtale names grunnskole "Grunnskole, unntatt musikk- og kulturskoler"
		assertTrue(html.contains("<td>Grunnskole, unntatt musikk- og kulturskoler</td><td>2026, 2027</td><td class=\"n\">40</td>"
				+ "<td class=\"n\">4 000 / 3 990</td><td>ANSLAG</td><td>Testkilde</td><td>per innbygger</td>"), html);
		assertTrue(html.contains("80 tall, hvorav 80 er ANSLAG"), "the count of counts");
	}

	@Test
	void htmlHasTotalsClausesChartsAndTheExplanation() throws Exception {
		String html = HtmlWriter.write(briefing(), NumberStyle.NORWEGIAN);
		// 2026 total of the example: 213 099 052,06 kr (see the simulation tests' hand computation)
		assertTrue(html.contains("<td class=\"n\">213 099 052,06 kr</td>"));
		assertTrue(html.contains("KS utarbeider vederlagsfritt og innen 1. april"));
		assertTrue(html.contains("<td>grunnskoleSats = 222.78</td><td class=\"n\">589 453</td>"), "explanation row");
		assertTrue(html.split("<svg", -1).length - 1 >= 2, "charts inline");
		assertTrue(html.contains("ANSLAG"), "estimates are marked");
	}

	@Test
	void agreedAmountStandsBesideEachComputedTotalWithTheGap() throws Exception {
		String html = HtmlWriter.write(briefing(), NumberStyle.NORWEGIAN);
		// The baseline's 2026 total is 213 099 052,06 kr (simulation tests' hand computation, with the published
		// KPI steps); the agreed amount is 226 000 000 (DOMAIN); the gap is 213 099 052.06 − 226 000 000
		// = −12 900 947.94.
		assertTrue(html.contains("<h2>Mot avtalt vederlag</h2>"), "heading");
		assertTrue(html.contains("<tr><td>grunnlag</td><td>grunnlag</td><td>2026</td><td class=\"n\">213 099 052,06 kr</td>"
				+ "<td class=\"n\">226 000 000,00 kr</td><td class=\"n\">-12 900 947,94 kr</td></tr>"), html);
		// The agreement section lists the agreed amounts, each with its source.
		assertTrue(html.contains("<tr><td>2026</td><td class=\"n\">226 000 000,00 kr</td>"
				+ "<td>Protokoll mellom KS og Kopinor, Oslo 6.2.2026"), "agreed 2026 in the agreement section");
		assertTrue(html.contains("<tr><td>2027</td><td class=\"n\">226 000 000,00 kr</td>"
				+ "<td>Protokoll mellom KS og Kopinor, Oslo 6.2.2026"), "agreed 2027 in the agreement section");
	}

	@Test
	void assumptionsListTheIndexStepsFirstEachWithItsSourceOrMarkedAsAnAssumption() throws Exception {
		String html = HtmlWriter.write(briefing(), NumberStyle.NORWEGIAN);
		int steps = html.indexOf("<h2>Indekssteg</h2>");
		assertTrue(steps > 0 && steps < html.indexOf("<h2>Satser</h2>"), "the index steps come first");
		// The published KPI change October 2022–October 2023 (DOMAIN.md: +4.0 %, SSB), from 1.1.2024
		assertTrue(html.contains("<tr><td>prisjustering</td><td>2024-01-01</td><td class=\"n\">+4.0 %</td>"
				+ "<td>SSB, KPI October 2022–October 2023 (+4.0 %)</td></tr>"), html);
		assertTrue(html.contains("<tr><td>prisjustering</td><td>2025-01-01</td><td class=\"n\">+2.6 %</td>"), html);
		// October 2024–October 2025 is not published in the sources: an assumption, and said to be one
		assertTrue(html.contains("<td>prisjustering</td><td>2026-01-01</td><td class=\"n\">faktor 1.000</td>"
				+ "<td>FORUTSETNING: KPI October 2024–October 2025 not entered"), html);
		// the 2022 rates are estimates taken back from the 2023 rates, and marked so
		assertTrue(html.contains("FORUTSETNING: ESTIMATE: the 2023 rate 222.78 / 1.075"), html);
	}

	@Test
	void theAssumptionsSectionListsEveryAssumptionTheIndexStepsOf2026And2027First() throws Exception {
		String html = HtmlWriter.write(briefing(), NumberStyle.NORWEGIAN);
		// kopinor.vederlag lines 61 and 62: no KPI step entered for 2026 or 2027, factor 1.000 each
		String all = "<h2>Alle forutsetninger</h2>\n<table>\n<tr><th>Art</th><th>Hva</th><th>Verdi</th><th>Hvor</th>"
				+ "<th>Merket som</th></tr>\n<tr><td>indekssteg</td><td>prisjustering fra 2026-01-01</td><td>faktor 1.000</td>"
				+ "<td>kopinor.vederlag:61</td><td>KPI October 2024–October 2025 not entered (SSB table 03013): no indexation "
				+ "assumed for 2026</td></tr>\n<tr><td>indekssteg</td><td>prisjustering fra 2027-01-01</td><td>faktor 1.000</td>"
				+ "<td>kopinor.vederlag:62</td><td>KPI October 2025–October 2026 not published yet: no indexation assumed "
				+ "for 2027</td></tr>";
		assertTrue(html.contains(all), html);
		// 2 index steps + 6 estimated 2022 rates + the lead time and 3 illustrative scenarios + 6 categories of
		// estimated counts + 6 defaults of the sensitivity and the Monte Carlo = 24
		assertTrue(html.contains("<p>24 forutsetninger i saken, indeksstegene først"), "the count");
		assertTrue(html.contains("<tr><td>avtalefil</td><td>/agreements[ks-kopinor-2026-2027]/clauses[9] leadTimeSource</td>"
				+ "<td>P6M</td><td>avtale.avtale</td><td>ANTAKELSE: protokollen punkt 9"), "the lead time");
		assertTrue(html.contains("<tr><td>tall</td><td>Administrative årsverk (grunnlaget)</td><td>2 av 2 tall er anslag "
				+ "(2026, 2027)</td><td>avtale.avtale</td><td>ANSLAG; metode: ASSUMPTION: teaching, SFO and kulturskole "
				+ "årsverk taken as 25 % of the total"), "the estimated counts");
		assertTrue(html.contains("<tr><td>analyse</td><td>Følsomhet: satser og parametre (som fakturert andel)</td>"
				+ "<td>±10 %</td>"), "the sensitivity's range");
		assertTrue(html.indexOf("<h2>Alle forutsetninger</h2>") < html.indexOf("<h2>Indekssteg</h2>"), "the list first");
	}

	@Test
	void theOpenQuestionsOfTheProtocolStandWithTheirPointAndSource() throws Exception {
		Briefing briefing = briefing();
		String html = HtmlWriter.write(briefing, NumberStyle.NORWEGIAN);
		int section = html.indexOf("<h1>Åpne spørsmål i protokollen</h1>");
		assertTrue(section > 0, "the section");
		// protocol point 3, second paragraph: sharing AI output outside the organisation
		assertTrue(html.indexOf("<tr><td>punkt 3, andre avsnitt</td><td>Skal utdata generert med KI-verktøy reguleres i "
				+ "kopieringsavtalen, og i hvilken utstrekning skal slike utdata kunne deles eksternt?</td>") > section, html);
		assertTrue(html.contains("<td>Protokoll mellom KS og Kopinor, Oslo 6.2.2026, punkt 3, andre avsnitt: «Partene "
				+ "anerkjenner at det er ulike syn"), "the source quoted");
		// point 2 and the renegotiation of point 4 it is linked to
		assertTrue(html.contains("<tr><td>punkt 2; se også punkt 4 (reforhandling ved ny lovgivning, herunder regulering av"
				+ " KI)</td>"), "point 2");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.write(briefing, NumberStyle.NORWEGIAN, out);
		String pdf = pdfText(out.toByteArray());
		assertTrue(pdf.contains("Åpne spørsmål i protokollen"), "the PDF's section");
		assertTrue(pdf.replaceAll("\\s+", " ").contains("punkt 3, andre avsnitt"), "the PDF's point 3");
	}

	@Test
	void theHistorySetsComputedBesidePublishedAndSplitsTheGap() throws Exception {
		Briefing history = new Briefing("t", HistoryBlocks.of(Cases.openExample()));
		String html = HtmlWriter.write(history, NumberStyle.NORWEGIAN);
		// 208,8 MNOK published for 2025 (DOMAIN.md) beside 213 099 052,06 computed on the 2026 counts
		assertTrue(html.contains("<tr><td>2025</td><td class=\"n\">213 099 052,06 kr</td><td class=\"n\">208 800 000,00 kr</td>"
				+ "<td class=\"n\">4 299 052,06 kr</td><td>2026 *</td><td>Rapportert samlet vederlag"), html);
		assertTrue(html.contains("<tr><td>2018</td><td class=\"n\">172 604 213,27 kr</td><td class=\"n\">169 000 000,00 kr</td>"),
				html);
		// 226 000 000 − 208 800 000 with no indexation entered for 2026 and the same counts: all negotiated
		assertTrue(html.contains("<tr><td>forhandlet rest</td><td class=\"n\">17 200 000,00 kr</td></tr>"), html);
		assertTrue(html.contains("<tr><td>avtalt 2026</td><td class=\"n\">226 000 000,00 kr</td></tr>"), html);
		assertTrue(html.contains("<svg"), "the waterfall");
	}

	@Test
	void withoutAgreedAmountsTheirLinesAreAbsent() throws Exception {
		AgreementModel model = Examples.model();
		model.getAgreements().get(0).getClauses().stream().filter(RemunerationClause.class::isInstance)
				.map(RemunerationClause.class::cast).forEach(c -> c.getAgreedAmounts().clear());
		BriefingInput input = new BriefingInput(model, "avtale.avtale", Examples.formulas(),
				Map.of("grunnlag", Examples.simulate()), Map.of("grunnlag", "grunnlag"), List.of(), "NO");
		String html = HtmlWriter.write(Briefings.build(input, Briefings.standardSections()), NumberStyle.NORWEGIAN);
		assertFalse(html.contains("Mot avtalt vederlag"), "positions");
		assertFalse(html.contains("Avtalt vederlag"), "agreement section");
		assertFalse(html.contains("226 000 000"), "no agreed figure");
		assertTrue(html.contains("<td class=\"n\">213 099 052,06 kr</td>"), "the totals remain");
	}

	@Test
	void billedShareIsTheFormulaFilesParameter() throws Exception {
		String html = HtmlWriter.write(briefing(), NumberStyle.NORWEGIAN);
		// kopinor.vederlag: param administrasjonAndel unit "andel" = 1 / 3 note "Billed share of …"
		String line = "administrasjonAndel = 1/3 (Billed share of administrative årsverk (Kopinor 2023: betales for 1/3 av"
				+ " årsverkene))";
		assertTrue(html.contains("Parametre i formelfilen: " + line + "."), "the remuneration clause's parameters");
		assertEquals(1, html.split("administrasjonAndel = ", -1).length - 1, "one parameter line");
		// The model's own copy of the share (with its description) is gone.
		assertFalse(html.contains("Andel av administrative årsverk som faktureres"), "no billing parameter line");
	}

	@Test
	void categoriesHoldersAndEnumValuesAreShownByTheirLabels() throws Exception {
		PaymentResult payments = Examples.simulate();
		Map<String, PaymentResult> scenarios = new LinkedHashMap<>();
		scenarios.put("grunnlag", payments);
		scenarios.put("ks", payments);
		scenarios.put("mekler", payments);
		BriefingInput input = new BriefingInput(Examples.model(), "avtale.avtale", Examples.formulas(), scenarios,
				Map.of("grunnlag", "baseline", "ks", "ksPosition", "mekler", "mediatorProposal"), List.of(), "NO");
		Briefing briefing = Briefings.build(input, Briefings.standardSections());
		String html = HtmlWriter.write(briefing, NumberStyle.NORWEGIAN);
		// The charts are inline SVG, so their axes and steps are in the page's text too.
		for (String id : List.of("ksPosition", "mediatorProposal", "halfYearly", "kulturskoleMusikk", "videregaende",
				"signed", "licensee")) {
			assertFalse(Pattern.compile("(^|[^\\p{L}.:])" + id + "([^\\p{L}\\d.:]|$)").matcher(html).find(),
					id + " is shown: " + around(html, id));
		}
		// the holders as ScenarioHolder's labels say, the categories by their names in avtale.avtale
		assertTrue(html.contains("<td>ks</td><td>KS' posisjon</td>"), "KS' posisjon");
		assertTrue(html.contains("<td>mekler</td><td>meklers forslag</td>"), "meklers forslag");
		assertTrue(html.contains("<td>Musikk- og kulturskoler, musikklinjer</td>"), "a category's row");
		// a chart's axis, which may wrap the name "Musikk- og kulturskoler, musikklinjer" at its spaces
		String charts = String.join("", Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html).results()
				.map(m -> m.group()).toList());
		assertTrue(charts.contains("musikklinjer"), "a chart's axis");
		// the agreement: status signed, KS the licensee, the contact meeting half-yearly
		assertTrue(html.contains("status signert"), "status");
		assertTrue(html.contains("KS (lisenstaker)"), "role");
		assertTrue(html.contains("halvårlig"), "frequency");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.write(briefing, NumberStyle.NORWEGIAN, out);
		PdfReader reader = new PdfReader(out.toByteArray());
		try {
			StringBuilder text = new StringBuilder();
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			assertTrue(text.toString().contains("KS' posisjon"), "the PDF's holders");
			assertFalse(text.toString().contains("mediatorProposal"), "the PDF's holders");
		} finally {
			reader.close();
		}
	}

	private static String pdfText(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		try {
			StringBuilder text = new StringBuilder();
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		} finally {
			reader.close();
		}
	}

	private static String around(String text, String id) {
		int at = text.indexOf(id);
		return at < 0 ? "" : text.substring(Math.max(0, at - 120), Math.min(text.length(), at + 120));
	}

	@Test
	void pdfIsA4WithASectionPerPageAndItsText() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.write(briefing(), NumberStyle.NORWEGIAN, out);
		PdfReader reader = new PdfReader(out.toByteArray());
		try {
			// Each of the five sections starts on a page of its own.
			assertTrue(reader.getNumberOfPages() >= 5, "pages: " + reader.getNumberOfPages());
			Rectangle page = reader.getPageSize(1);
			// A4 is 595 × 842 points.
			assertEquals(595, Math.round(page.getWidth()));
			assertEquals(842, Math.round(page.getHeight()));
			String first = new PdfTextExtractor(reader).getTextFromPage(1);
			assertTrue(first.contains("Meklingsnotat"), first);
		} finally {
			reader.close();
		}
	}
}
