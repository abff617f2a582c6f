package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cli.Commands;

/** {@code explain} and {@code test}, as documented in docs/cli.md. */
class ExplainAndTestCommandsTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	private int run(String... args) {
		return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String[] lines() {
		return out.toString(StandardCharsets.UTF_8).split("\n");
	}

	@Test
	void explainTableStartsWithTheTotal() {
		assertEquals(Commands.OK, run("explain", "--unit", "NO", "--year", "2026"));
		String[] lines = lines();
		assertEquals("Explanation of vederlag for unit NO (Kommunesektoren samlet (nasjonale tall)), year 2026, scenario baseline",
				lines[0]);
		// the sum of the category lines, see ExampleSimulationTest
		assertTrue(lines[1].startsWith("formula vederlag = 213 099 052,06 NOK"), lines[1]);
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("rate grunnskoleSats = 222,78 NOK/elev; value from 2023-01-01 applies on 2023-01-01; "
				+ "source: Kopinor, priser 2023; clause: Protokollvedlegg: grunnskole"), text);
		assertTrue(text.contains("count grunnskole = 589 453 elev"), text);
	}

	@Test
	void explainJsonHasExactAmountsAsStrings() {
		assertEquals(Commands.OK, run("explain", "--unit", "NO", "--year", "2027", "--format", "json"));
		String json = out.toString(StandardCharsets.UTF_8);
		assertTrue(json.startsWith("{\"unit\":\"NO\",\"unitName\":\"Kommunesektoren samlet (nasjonale tall)\",\"year\":2027,"
				+ "\"scenario\":\"baseline\",\"explanation\":{\"kind\":\"formula\",\"name\":\"vederlag\""), json);
		assertTrue(json.contains("\"value\":\"213099052.06\""), json);
	}

	@Test
	void explainShowsTheScenariosChangedValue() {
		assertEquals(Commands.OK, run("explain", "--unit", "NO", "--year", "2026", "--scenario",
				"halv-administrasjonsandel"));
		String[] lines = lines();
		assertTrue(lines[0].endsWith(", year 2026, scenario halv-administrasjonsandel"), lines[0]);
		// half instead of a third of 302 775 årsverk at 194.00 (181.81 with the published KPI steps):
		// 29 369 175.00 instead of 19 579 450.00, so 213 099 052.06 + 9 789 725.00
		assertTrue(lines[1].startsWith("formula vederlag = 222 888 777,06 NOK"), lines[1]);
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("parameter administrasjonAndel = 0,5") && text.contains("set by the scenario"), text);
		assertEquals(Commands.USAGE, run("explain", "--unit", "NO", "--year", "2026", "--scenario", "nosuch"));
	}

	@Test
	void explainCsvHasOneLinePerNodeWithItsDepth() {
		assertEquals(Commands.OK, run("explain", "--unit", "NO", "--year", "2026", "--format", "csv"));
		String[] lines = lines();
		assertEquals("depth;kind;name;expression;value;fraction;unit;detail;source;clause;location", lines[0]);
		assertTrue(lines[1].startsWith("0;formula;vederlag;sum(categories);213099052.06;;NOK;"), lines[1]);
		// the billed share is the fraction 1/3, written in its own column
		assertTrue(Arrays.stream(lines).anyMatch(l -> l.matches("\\d+;parameter;administrasjonAndel;[^;]*;[^;]*;1/3;.*")),
				out.toString(StandardCharsets.UTF_8));
		assertTrue(Arrays.stream(lines).anyMatch(l -> l.matches("\\d+;rate;grunnskoleSats;[^;]*;222.78;;NOK/elev;.*")),
				out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void explainUnknownUnitNamesIt() {
		assertEquals(Commands.USAGE, run("explain", "--unit", "0301", "--year", "2026"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown unit '0301'; the counts have NO"));
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void testRunsTheExampleTests() {
		assertEquals(Commands.OK, run("test"));
		String[] lines = lines();
		// kopinor.vederlag has 9 expectations (the rate history and point 6 among them), kopinor-tester.vederlag
		// 5 + 2 + 4 + 2
		assertEquals("22 passed, 0 failed", lines[lines.length - 1]);
	}

	@Test
	void failingTestGivesExitCodeOne() throws Exception {
		Path file = dir.resolve("feil.vederlag");
		Files.writeString(file, """
				category grunnskole unit "elev"
				rate sats per grunnskole unit "NOK/elev" { from 2023-01-01 = 222.78 }
				formula belop for grunnskole unit "NOK" = round(sats * count(grunnskole), 2)
				test "one øre off" year 2023 {
					count grunnskole = 10
					expect belop = 2227.81
				}
				""");
		assertEquals(Commands.INPUT_ERROR, run("test", file.toString()));
		String[] lines = lines();
		// 10 × 222.78 = 2 227.80
		assertEquals("FAIL feil.vederlag:6:2 one øre off: belop expected 2227.81, got 2227.80", lines[0]);
		assertEquals("0 passed, 1 failed", lines[lines.length - 1]);
	}

	@Test
	void aFileWithoutTestsIsNothingToTestNotASuccess() throws Exception {
		Path file = dir.resolve("tom.vederlag");
		Files.writeString(file, """
				// Alle testene er fjernet.
				category grunnskole unit "elev"
				""");
		assertEquals(Commands.INPUT_ERROR, run("test", file.toString()));
		String[] lines = lines();
		assertEquals("0 passed, 0 failed", lines[lines.length - 1]);
		assertEquals("avtalebenk test: nothing to test: the formula files hold no test blocks (test \"…\" year … "
				+ "{ count … expect … }, see docs/formula-language.md)", err.toString(StandardCharsets.UTF_8).strip());
	}

	@Test
	void aFileOfAnotherTypeIsOneLineWithItsPlace() throws Exception {
		Path file = dir.resolve("satser.txt");
		Files.writeString(file, "category grunnskole unit \"elev\"\n");
		assertEquals(Commands.INPUT_ERROR, run("test", file.toString()));
		assertEquals("avtalebenk test: satser.txt:1:1: error: This is not a formula file: formula files end in .vederlag "
				+ "(for example kopinor.vederlag).", err.toString(StandardCharsets.UTF_8).strip());
	}

	@Test
	void anImportOverTheNetworkIsRefusedWithItsPlace() throws Exception {
		Path file = dir.resolve("nett.vederlag");
		Files.writeString(file, "import \"https://example.org/satser.vederlag\"\n");
		assertEquals(Commands.INPUT_ERROR, run("test", file.toString()));
		assertEquals("avtalebenk test: nett.vederlag:1:8: error: Only files of the case can be imported, by a path relative to this "
				+ "file such as \"satser.vederlag\"; 'https://example.org/satser.vederlag' is an address (https:), "
				+ "so it is not read.", err.toString(StandardCharsets.UTF_8).strip());
	}
}
