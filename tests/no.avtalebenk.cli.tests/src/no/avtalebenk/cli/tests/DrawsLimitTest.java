package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cli.Commands;

/**
 * {@code --draws} has a stated limit, 1 to 10 000 000 (docs/cli.md, docs/reliability.md): above
 * about 468 million draws the sum in øre overflowed after minutes of work, and above 2³¹ − 1000
 * the chunk count overflowed and nothing ran ({@code / by zero}, exit code 3).
 */
class DrawsLimitTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return Commands.run(args, dir, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theLowerEndIsOneDraw() {
		assertEquals(Commands.USAGE, run("montecarlo", "--draws", "0", "--no-progress"));
		assertTrue(errors().contains("avtalebenk montecarlo: --draws must be from 1 to 10000000 (the limit of a Monte Carlo run), not 0"),
				errors());
		assertEquals(Commands.OK, run("montecarlo", "--draws", "1", "--no-progress", "--format", "csv"), errors());
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("year;category;mean_nok;"), out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aboveTheUpperEndNothingRuns() {
		for (String draws : new String[] { "10000001", "468000000", "2147483647", "3000000000" }) {
			assertEquals(Commands.USAGE, run("montecarlo", "--draws", draws, "--no-progress"), draws + ": " + errors());
			assertTrue(errors().contains("--draws must be from 1 to 10000000 (the limit of a Monte Carlo run), not " + draws), errors());
		}
		assertEquals(Commands.USAGE, run("chart", "--kind", "fan", "--out", dir.resolve("fan.png").toString(), "--draws", "2147483647"));
		assertTrue(errors().contains("avtalebenk chart: --draws must be from 1 to 10000000"), errors());
		assertEquals(Commands.USAGE, run("report", "--out", dir.resolve("b.html").toString(), "--draws", "10000001"));
		assertTrue(errors().contains("avtalebenk report: --draws must be from 1 to 10000000"), errors());
	}
}
