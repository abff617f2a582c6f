package no.avtalebenk.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.examples.Examples;
import no.avtalebenk.report.Briefing;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.Briefings;
import no.avtalebenk.report.HtmlWriter;
import no.avtalebenk.report.PdfWriter;

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
				"Forutsetninger og datakilder", "Forklaring for enhet NO"), briefing().sections());
	}

	@Test
	void htmlHasTotalsClausesChartsAndTheExplanation() throws Exception {
		String html = HtmlWriter.write(briefing(), NumberStyle.NORWEGIAN);
		// 2026 total of the example: 199 713 211,71 kr (see the simulation tests' hand computation)
		assertTrue(html.contains("<td class=\"n\">199 713 211,71 kr</td>"));
		assertTrue(html.contains("KS utarbeider vederlagsfritt og innen 1. april"));
		assertTrue(html.contains("<td>grunnskoleSats = 222.78</td><td class=\"n\">589 453</td>"), "explanation row");
		assertTrue(html.split("<svg", -1).length - 1 >= 2, "charts inline");
		assertTrue(html.contains("ANSLAG"), "estimates are marked");
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
