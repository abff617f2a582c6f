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
		assertEquals("grunnskole;2026;131318339.34", lines[1]);
		assertEquals("total;2027;199713211.71", lines[lines.length - 5]);
		// the agreed amount of the protocol and the gap to it: 199 713 211,71 − 226 000 000
		assertEquals("agreed;2026;226000000.00", lines[lines.length - 4]);
		assertEquals("gap;2027;-26286788.29", lines[lines.length - 1]);
	}

	@Test
	void simulateTableUsesNorwegianNumbers() {
		assertEquals(Commands.OK, run("simulate"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("131 318 339,34"));
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
