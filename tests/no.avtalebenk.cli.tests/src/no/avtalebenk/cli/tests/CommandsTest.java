package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import no.avtalebenk.cli.Commands;

/** The CLI's output formats and exit codes, as documented in docs/cli.md. */
class CommandsTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void simulateCsvHasOneLinePerCategoryAndYear() {
		assertEquals(Commands.OK, run("simulate", "--format", "csv"));
		String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
		assertEquals("category;year;amount_nok", lines[0]);
		// 589 453 × 237,71 (222,78 with the published KPI steps for 2024 and 2025, see ExampleSimulationTest)
		assertEquals("grunnskole;2026;140118872.63", lines[1]);
		assertEquals("total;2027;213099052.06", lines[lines.length - 5]);
		// the agreed amount of the protocol and the gap to it: 213 099 052,06 − 226 000 000
		assertEquals("agreed;2026;226000000.00", lines[lines.length - 4]);
		assertEquals("gap;2027;-12900947.94", lines[lines.length - 1]);
	}

	@Test
	void simulateTableUsesNorwegianNumbers() {
		assertEquals(Commands.OK, run("simulate"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("140 118 872,63"));
	}

	@Test
	void unknownCommandIsAUsageError() {
		assertEquals(Commands.USAGE, run("simuler"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'simuler'"));
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void unknownFormatIsAUsageError() {
		assertEquals(Commands.USAGE, run("simulate", "--format", "xml"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown format 'xml'"));
	}
}
