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
 * {@code sweep} on the bundled example (589 453 pupils, NOK 222.78 a pupil in 2023, indexed +4.0 % and +2.6 %
 * with each step rounded to øre: 237.71 in 2026 and 2027; total 213 099 052.06 in
 * 2026 and in 2027): hand-computed points in every format, a chart, and refused parameters.
 */
class SweepCommandTest {

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

	/** Standard error without the line that says the bundled example is used. */
	private String errors() {
		return err.toString(StandardCharsets.UTF_8).replaceFirst("avtalebenk: no case in this folder;[^\n]*\n", "");
	}

	@Test
	void aRateSweepAsCsvGivesTheHandComputedTotals() {
		assertEquals(Commands.OK, run("sweep", "--vary", "rate:grunnskoleSats=200..260:step=5", "--format", "csv"),
				this::errors);
		String[] lines = output().split("\n");
		assertEquals("rate:grunnskoleSats;total_2026_nok;total_2027_nok", lines[0]);
		assertEquals(14, lines.length);
		// 220 indexed: 228.80, 234.75; (234.75 − 237.71) × 589 453 = −1 744 780.88 from 213 099 052.06
		assertEquals("220;211354271.18;211354271.18", lines[5]);
		// 225 indexed: 234.00, 240.08; (240.08 − 237.71) × 589 453 = + 1 397 003.61
		assertEquals("225;214496055.67;214496055.67", lines[6]);
	}

	@Test
	void theFilesOwnRateIsSimulatesTotalAsATable() {
		assertEquals(Commands.OK, run("sweep", "--vary", "rate:grunnskoleSats=222.78"), this::errors);
		assertTrue(output().startsWith("Sweep of rate:grunnskoleSats, scenario grunnlag: total per year (NOK) at 1 points\n"),
				output());
		// the scenario's own line and the point: both simulate's 213 099 052,06
		assertEquals(2, output().lines().filter(l -> l.endsWith("      213 099 052,06      213 099 052,06")).count(),
				output());
	}

	@Test
	void twoParametersAsJsonAndAChart(@TempDir Path folder) throws Exception {
		Path chart = folder.resolve("sweep.svg");
		assertEquals(Commands.OK, run("sweep", "--vary", "count:grunnskole=1,1.1", "--vary",
				"share:administrasjonAndel=0.25,0.5,1", "--format", "json", "--out", chart.toString()), this::errors);
		String json = output();
		assertTrue(json.startsWith("{\"scenario\":\"grunnlag\",\"parameters\":[{\"kind\":\"count\",\"name\":\"grunnskole\","
				+ "\"values\":2},{\"kind\":\"share\",\"name\":\"administrasjonAndel\",\"values\":3}],\"years\":[2026, 2027],"
				+ "\"scenarioTotals\":{\"2026\":\"213099052.06\",\"2027\":\"213099052.06\"},\"points\":["), json);
		assertEquals(6, json.split("\\{\"values\":\\[").length - 1, json);
		assertTrue(Files.readString(chart).contains("<svg"), "an SVG image");
		assertTrue(errors().startsWith("wrote " + chart + ": Samlet vederlag 2026 etter count:grunnskole og "
				+ "share:administrasjonAndel"), errors());
		// 589 453 × 1.1 = 648 398.3 → 648 398 pupils × 237.71 = 154 130 688.58, 14 011 815.95 more than
		// the baseline's 140 118 872.63
		assertEquals(Commands.OK, run("sweep", "--vary", "count:grunnskole=1.1", "--format", "csv"), this::errors);
		assertEquals("1.1;227110868.01;227110868.01", output().split("\n")[1]);
	}

	@Test
	void tenThousandPointsOfOneRate() {
		assertEquals(Commands.OK, run("sweep", "--vary", "rate:grunnskoleSats=200..299.99:step=0.01", "--format", "csv"),
				this::errors);
		String[] lines = output().split("\n");
		assertEquals(10_001, lines.length);
		// 222.78: the file's own rate
		assertEquals("222.78;213099052.06;213099052.06", lines[1 + 2278]);
	}

	@Test
	void wrongParametersAreRefused() {
		assertEquals(Commands.USAGE, run("sweep"));
		assertEquals("avtalebenk sweep: give --vary once or twice, e.g. --vary rate:grunnskoleSats=200..260:step=5\n",
				errors());
		assertEquals(Commands.USAGE, run("sweep", "--vary", "rate:grunnskole=1,2"));
		assertTrue(errors().startsWith("avtalebenk sweep: rate:grunnskole: the formula file has no rate 'grunnskole' "
				+ "(it has grunnskoleSats, kulturskoleMusikkSats,"), errors());
		assertEquals(Commands.USAGE, run("sweep", "--vary", "share:administrasjonAndel=0..1", "--format", "csv"));
		assertEquals("avtalebenk sweep: a range needs its step, e.g. 200..260:step=5, in "
				+ "'share:administrasjonAndel=0..1'\n", errors());
		assertEquals(Commands.USAGE, run("sweep", "--vary", "factor:*=0.9,1", "--vary", "factor:*=1,1.1"));
		assertEquals("avtalebenk sweep: --vary names factor:* twice\n", errors());
		assertEquals(Commands.USAGE, run("sweep", "--vary", "factor:*=0.9,1", "--out", "chart.pdf"));
		assertEquals("avtalebenk sweep: write the chart to a .png or .svg file\n", errors());
	}
}
