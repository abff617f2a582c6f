package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cli.Commands;

/**
 * {@code history} on the bundled example: the published totals (169 MNOK in 2018, 183 MNOK in 2022,
 * 208.8 MNOK in 2025, the agreed 226 MNOK in 2026 and 2027; DOMAIN.md, "Reported totals for the municipal
 * sector") beside the computed ones, and the gap from 2025 to 2026 split to the øre; {@code chart --kind gap}.
 */
class HistoryCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void csvSetsComputedBesidePublishedWithTheirSources() {
		assertEquals(Commands.OK, run("history", "--format", "csv"), () -> err.toString(StandardCharsets.UTF_8));
		String csv = output();
		assertTrue(csv.startsWith("kind;year;amount_nok;counts_year;source\n"), csv);
		// 2018 at the published 2018 rates on the example's 2026 counts (it has none for 2018), by hand in
		// AgreementHistoryTest: 172 604 213,27
		assertTrue(csv.contains("\ncomputed;2018;172604213.27;2026;ASSUMPTION: counts of 2026\n"), csv);
		assertTrue(csv.contains("\npublished;2018;169000000.00;;Rapportert samlet vederlag for kommunesektoren"), csv);
		assertTrue(csv.contains("\ndifference;2018;3604213.27;;\n"), csv);
		assertTrue(csv.contains("\npublished;2022;183000000.00;;"), csv);
		assertTrue(csv.contains("\npublished;2025;208800000.00;;"), csv);
		// the source holds a ';', so it is quoted
		assertTrue(csv.contains("\nagreed;2026;226000000.00;;\"Protokoll mellom KS og Kopinor, Oslo 6.2.2026"), csv);
		// 2026 on its own counts: the simulate total 213 099 052,06, 12 900 947,94 below the agreed amount
		assertTrue(csv.contains("\ncomputed;2026;213099052.06;2026;\n"), csv);
		assertTrue(csv.contains("\ndifference;2026;-12900947.94;;\n"), csv);
		// The 2026 index step is not entered (factor 1.000) and the 2025 counts are the 2026 ones: the step
		// from 208.8 to 226 MNOK is all negotiated, 17 200 000,00
		assertTrue(csv.endsWith("gap-start;2025;208800000.00;;\ngap-indexation;2026;0.00;;\ngap-counts;2026;0.00;;\n"
				+ "gap-remainder;2026;17200000.00;;\ngap-end;2026;226000000.00;;\n"), csv);
	}

	@Test
	void tableAndJsonExplainTheRemainder() {
		assertEquals(Commands.OK, run("history"));
		String table = output();
		assertTrue(table.contains("2018        172 604 213,27      169 000 000,00        3 604 213,27  2026*"), table);
		assertTrue(table.contains("* ASSUMPTION: computed on the counts of that year"), table);
		assertTrue(table.contains("negotiated remainder"), table);
		assertTrue(table.contains("The remainder is the 2026 gap (agreed − computed = 12 900 947,94) less the 2025 "
				+ "difference (published − computed = -4 299 052,06)."), table);
		assertEquals(Commands.OK, run("history", "--format", "json"));
		assertTrue(output().contains("{\"year\":2022,\"computed\":\"185781703.00\",\"countsYear\":2026,\"published\":"
				+ "\"183000000.00\",\"agreed\":false,\"difference\":\"2781703.00\""), output());
		assertTrue(output().contains("\"gap\":{\"from\":2025,\"to\":2026,\"published\":\"208800000.00\",\"computedFrom\":"
				+ "\"213099052.06\",\"indexation\":\"0.00\",\"counts\":\"0.00\",\"remainder\":\"17200000.00\",\"agreed\":"
				+ "\"226000000.00\",\"computedTo\":\"213099052.06\"}"), output());
	}

	@Test
	void theMediatorsScenarioMovesIndexationIntoTheGap(@TempDir Path dir) throws Exception {
		assertEquals(Commands.OK, run("history", "--scenario", "meklers-forslag", "--format", "csv"));
		// 2026 step 1.06 on the 2025 rates: 225 882 909,64 − 213 099 052,06 = 12 783 857,58 of indexation;
		// remainder 17 200 000 − 12 783 857,58 = 4 416 142,42
		assertTrue(output().contains("\ngap-indexation;2026;12783857.58;;\n"), output());
		assertTrue(output().contains("\ngap-remainder;2026;4416142.42;;\n"), output());
		Path chart = dir.resolve("gap.svg");
		assertEquals(Commands.OK, run("chart", "--kind", "gap", "--out", chart.toString()));
		assertTrue(output().contains("Fra publisert total 2025 til avtalt beløp 2026"), output());
		assertTrue(Files.readString(chart, StandardCharsets.UTF_8).contains("forhandlet rest"));
	}
}
