package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cli.Commands;
import no.avtalebenk.examples.Examples;

/** {@code report}: the briefing of the bundled example, including the contributed register section. */
class ReportCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void htmlBriefingIncludesTheContributedRegisterSection(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("briefing.html");
		assertEquals(Commands.OK, run("report", "--out", file.toString()), err.toString(StandardCharsets.UTF_8));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Avtaleregisteret: hva utløper når"), out.toString());
		String html = Files.readString(file);
		// The mediator's illustrative proposal indexes 2026 by 1.06: 237.71 × 1.06 = 251.9726 → 251.97 per pupil,
		// total 2026 NOK 225 882 909,64 (the simulation tests derive it line by line).
		assertTrue(html.contains("<td>meklers-forslag</td><td>meklers forslag</td><td class=\"n\">225 882 909,64 kr</td>"),
				"positions side by side");
		assertTrue(html.contains("Målsøk: samlet vederlag 2026 = 226 000 000,00 kr"), "goal seek");
		// the common factor 1.0605396…, with the rates then rounded to whole øre (see AnalysisTest)
		assertTrue(html.contains("<td>faktor på alle kategorisatser</td><td class=\"n\">1.0605396"), "factor row");
		assertTrue(html.contains("med satsene avrundet til hele øre: 225 998 498,20 kr"), "rounded rates");
		// The NAV partnership agreement expires 31.12.2026, inside the period 2026–2027.
		assertTrue(html.contains("<td>Samarbeidsavtale om partnerskapet i NAV-kontorene</td><td>AID og KS</td>"
				+ "<td>2023-01-04</td><td>2026-12-31</td><td>2012</td><td></td><td>utløper i perioden</td>"), "register row");
	}

	@Test
	void aScenarioChangingAnUnknownRateIsRefusedByName(@TempDir Path dir) throws Exception {
		for (String name : List.of("avtale.avtale", "kopinor.vederlag")) {
			try (InputStream in = Examples.open(Examples.KOPINOR_2026_2027 + name)) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				Files.writeString(dir.resolve(name), text.replace("rate=\"prisjustering\"", "rate=\"prisjusteringen\""));
			}
		}
		Path file = dir.resolve("briefing.html");
		assertEquals(Commands.USAGE, run("report", "--model", dir.resolve("avtale.avtale").toString(), "--out",
				file.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("scenario 'meklers-forslag' changes the rate "
				+ "'prisjusteringen', but the formula file has no such rate or index; it has grunnskoleSats, "), err.toString());
		assertFalse(Files.exists(file));
	}

	@Test
	void otherFileTypesAreRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
		assertEquals(Commands.USAGE, run("report", "--out", dir.resolve("briefing.docx").toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("write the briefing to a .html or .pdf file"));
		try (var files = Files.list(dir)) {
			assertFalse(files.findAny().isPresent());
		}
	}
}
