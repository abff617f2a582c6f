package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cli.Commands;

/**
 * {@code assumptions} on a case made with {@code new} (docs/cli.md): every assumption, the index steps
 * first, each with value, place and label, and the protocol's open questions, in the three formats.
 */
class AssumptionsCommandTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void aCase() throws IOException {
		assertEquals(Commands.OK, run("new", "sak"), this::errors);
	}

	@Test
	void theTableListsTheIndexStepsFirstThenTheRestAndTheOpenQuestions() {
		assertEquals(Commands.OK, run("assumptions", "--case", "sak"), this::errors);
		String table = output();
		// the case: 2 index steps + 6 estimated 2022 rates + 4 of the agreement file + 6 categories of
		// estimated counts + 6 defaults of the analyses = 24; the installed projection models' files: avt.vederlag
		// (usage, usage-annual) the price per opening and 2 parameters, ai.vederlag (ai) the 2 phase-in values
		// and 2 parameters = 7; 24 + 7 = 31
		assertTrue(table.startsWith("Assumptions, case sak (ks-kopinor-2026-2027): 31, index steps first\n"), table);
		String[] lines = table.split("\n");
		assertEquals(String.format("%-15s%-50s%-22s%s", "index step", "prisjustering from 2026-01-01", "factor 1.000",
				"kopinor.vederlag:61"), lines[2]);
		assertEquals(String.format("%15s%s", "", "KPI October 2024–October 2025 not entered (SSB table 03013): no "
				+ "indexation assumed for 2026"), lines[3]);
		assertEquals(String.format("%-15s%-50s%-22s%s", "index step", "prisjustering from 2027-01-01", "factor 1.000",
				"kopinor.vederlag:62"), lines[4]);
		// after the case's rates, the projection models': ai.vederlag line 17, "ASSUMPTION: a quarter in 2026"
		assertTrue(table.contains(String.format("%-15s%-50s%-22s%s", "rate", "innfasing from 2026-01-01 (projection model ai)",
				"0.25 andel", "ai.vederlag:17")), table);
		// a value wider than its column is followed by two spaces
		assertTrue(table.contains(String.format("%-15s%s%-22s%s", "parameter",
				"titlerPerBruker (projection model usage, usage-annual)  ", "4 tittel/elev", "avt.vederlag:27")), table);
		assertTrue(table.contains(String.format("%-15s%s%-22s%s", "agreement file",
				"/agreements[ks-kopinor-2026-2027]/clauses[9] leadTimeSource  ", "P6M", "avtale.avtale")), table);
		assertTrue(table.contains("\nOpen questions of the protocol, avtale.avtale: 2\npunkt 3, andre avsnitt: Skal utdata "
				+ "generert med KI-verktøy reguleres i kopieringsavtalen"), table);
		assertTrue(table.contains("  source: Protokoll mellom KS og Kopinor, Oslo 6.2.2026, punkt 3, andre avsnitt: «Partene "
				+ "anerkjenner at det er ulike syn"), table);
		assertTrue(table.contains("punkt 2: Hva vil forventede lovendringer om opphavsrett og kunstig intelligens"), table);
		assertTrue(table.contains("  see also: punkt 4 (reforhandling ved ny lovgivning, herunder regulering av KI)"), table);
	}

	@Test
	void aParameterLabelledAnAssumptionIsListedWithItsLine() throws IOException {
		Path formulas = temp.resolve("sak/kopinor.vederlag");
		String text = Files.readString(formulas, StandardCharsets.UTF_8);
		String note = "note \"Billed share of administrative årsverk (Kopinor 2023: betales for 1/3 av årsverkene)\"";
		assertTrue(text.contains(note));
		Files.writeString(formulas, text.replace(note, "assumption \"a third, as in 2023, not negotiated yet\""),
				StandardCharsets.UTF_8);
		assertEquals(Commands.OK, run("assumptions", "--case", "sak", "--format", "csv"), this::errors);
		String csv = output();
		assertTrue(csv.startsWith("kind;what;value;where;label;status;related\n"
				+ "index-step;prisjustering from 2026-01-01;factor 1.000;kopinor.vederlag:61;KPI October 2024–October 2025 "
				+ "not entered (SSB table 03013): no indexation assumed for 2026;;\n"), csv);
		// after the rates, the first of the parameters: the case's (line 65), then the projection models' by name
		assertTrue(csv.contains("\nparameter;administrasjonAndel;1 / 3 andel;kopinor.vederlag:65;a third, as in 2023, not "
				+ "negotiated yet;;\nparameter;realiseringsgrad (projection model ai);0.5;ai.vederlag:13;ASSUMPTION: half of the "
				+ "theoretical potential is realised"), csv);
		assertTrue(csv.contains("\nanalysis;Sensitivity: counts;±5 %;./avtalebenk sensitivity (default);ASSUMPTION: default "
				+ "range for illustration, not published;;\n"), csv);
		assertTrue(csv.contains("\nopen-question;punkt 2;Hva vil forventede lovendringer"), csv);
	}

	@Test
	void jsonHoldsBothListsAndTheReferenceDataSetIsAllEstimates() {
		assertEquals(Commands.OK, run("assumptions", "--case", "sak", "--format", "json"), this::errors);
		String json = output();
		assertTrue(json.startsWith("{\"title\":\"case sak (ks-kopinor-2026-2027)\",\"assumptions\":[{\"kind\":\"index-step\",\"what\":"
				+ "\"prisjustering from 2026-01-01\",\"value\":\"factor 1.000\",\"where\":\"kopinor.vederlag:61\""), json);
		assertTrue(json.contains("],\"openQuestions\":[{\"id\":\"ki-utdata-deling\",\"clause\":\"punkt 3, andre avsnitt\""),
				json);
		assertEquals(Commands.OK, run("assumptions", "--case", "sak", "--data", "reference", "--format", "csv"),
				this::errors);
		String reference = output();
		// the reference data set: every count an estimate; fagskole for the 15 counties in 2025, 2026 and 2027:
		// 15 × 3 = 45 counts
		assertTrue(reference.contains("\ndata;Fagskoler, fylkeskommunale;45 of 45 counts are estimates (2025, 2026, 2027);"
				+ "the reference data set;"), reference);
		// the agreement file's own counts are not used
		assertTrue(reference.lines().filter(l -> l.startsWith("data;")).noneMatch(l -> l.contains(";avtale.avtale;")),
				reference);
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return Commands.run(args, temp, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
