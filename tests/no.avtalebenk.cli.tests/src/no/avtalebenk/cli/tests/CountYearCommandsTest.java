package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cli.Commands;

/**
 * The protocol appendix's year rules on the command line (docs/cli.md, "Year rules of the counts"), on
 * cases made from the template with some counts taken out or changed.
 * <p>
 * Hand-computed figures: the template's grunnskole rate indexed to 2026 and to 2027 is 237,71 NOK per
 * pupil (222,78 × 1,040 = 231,69; × 1,026 = 237,71; 2026 and 2027 at factor 1,000), fagskole 203,85.
 * The template's 2026 total is 213 099 052,06, of which grunnskole 589 453 × 237,71 = 140 118 872,63.
 */
class CountYearCommandsTest {

	private static final String GRUNNSKOLE_RULE = "Elevtallene (elevplasser) hentes fra sist tilgjengelige tall i GSI "
			+ "(protokollvedlegg, grunnskoler, punkt 1)";

	@TempDir
	Path temp;

	private Path folder;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void newCase() {
		folder = temp.resolve("c");
		assertEquals(Commands.OK, run("new", folder.toString()), this::errors);
		out.reset();
	}

	/** The case holds grunnskole for 2025 only (580 000 pupils, from GSI 2025), nothing for 2026 or 2027. */
	private void grunnskoleOnlyFor2025() throws IOException {
		replace("<counts unit=\"NO\" category=\"grunnskole\" year=\"2026\" value=\"589453\">\n    <provenance source=\""
				+ "SSB, Elevar i grunnskolen, public schools 2025 (589 453)\" estimated=\"true\" method=\"2025 count carried forward\"/>",
				"<counts unit=\"NO\" category=\"grunnskole\" year=\"2025\" value=\"580000\">\n    <provenance source=\"GSI 2025\"/>");
		remove("  <counts unit=\"NO\" category=\"grunnskole\" year=\"2027\".*?</counts>\n");
	}

	@Test
	void grunnskoleOf2025IsUsedFor2026And2027() throws IOException {
		grunnskoleOnlyFor2025();
		assertEquals(Commands.OK, run("simulate", "--case", folder.toString(), "--format", "csv"), this::errors);
		List<String> lines = lines();
		// 580 000 × 237,71 = 137 871 800,00 in both years
		assertTrue(lines.contains("grunnskole;2026;137871800.00"), lines.toString());
		assertTrue(lines.contains("grunnskole;2027;137871800.00"), lines.toString());
		// 213 099 052,06 − 140 118 872,63 + 137 871 800,00
		assertTrue(lines.contains("total;2026;210851979.43"), lines.toString());
	}

	@Test
	void explainNamesTheDataYearAndTheRule() throws IOException {
		grunnskoleOnlyFor2025();
		assertEquals(Commands.OK, run("explain", "--case", folder.toString(), "--unit", "NO", "--year", "2026"),
				this::errors);
		String text = output();
		assertTrue(text.startsWith("Explanation of vederlag for unit NO"), text);
		assertTrue(text.contains("count grunnskole = 580 000 elev"), text);
		assertTrue(text.contains("source: 2025-tall brukt for 2026: " + GRUNNSKOLE_RULE + "; ASSUMPTION: "), text);
		assertTrue(text.contains("\nCount years for unit NO, year 2026:\n"), text);
		assertTrue(text.contains("\n  count grunnskole: data year 2025 for 2026, rule latest available: " + GRUNNSKOLE_RULE
				+ "; ASSUMPTION: «Sist tilgjengelige» leses som det siste året dataene har tall for enheten og kategorien, "
				+ "ikke senere enn avtaleåret.\n"), text);
		assertTrue(text.contains("\n  count fagskole: data year 2026 for 2026, rule current year: DBH fagskolestatistikk"),
				text);

		out.reset();
		assertEquals(Commands.OK, run("explain", "--case", folder.toString(), "--unit", "NO", "--year", "2027",
				"--format", "json"), this::errors);
		assertTrue(output().contains("\"countYears\":[{\"category\":\"grunnskole\",\"year\":2027,\"dataYear\":2025,"
				+ "\"rule\":\"latestAvailable\",\"text\":\"Elevtallene (elevplasser) hentes fra sist tilgjengelige tall i GSI\","
				+ "\"source\":\"protokollvedlegg, grunnskoler, punkt 1\",\"assumption\":"), output());
	}

	@Test
	void withoutARuleTheMissingYearsAreRefusedAsBefore() throws IOException {
		grunnskoleOnlyFor2025();
		remove("    <yearRule text=\"Elevtallene \\(elevplasser\\)[^\n]*grunnskoler, punkt 1[^\n]*\n");
		assertEquals(Commands.USAGE, run("simulate", "--case", folder.toString()));
		assertTrue(errors().contains("avtale.avtale lacks counts the agreement's years [2026, 2027] need: no count for unit "
				+ "NO (Kommunesektoren samlet (nasjonale tall)), category grunnskole, year 2026; "), errors());
	}

	@Test
	void currentYearWithoutTheYearsCountNamesUnitCategoryAndYear() throws IOException {
		remove("  <counts unit=\"NO\" category=\"fagskole\" year=\"2027\".*?</counts>\n");
		assertEquals(Commands.USAGE, run("simulate", "--case", folder.toString()));
		assertTrue(errors().contains("lacks counts the agreement's years [2026, 2027] need: no count for unit NO "
				+ "(Kommunesektoren samlet (nasjonale tall)), category fagskole, year 2027 (year rule current year: "
				+ "DBH fagskolestatistikk, Velg Semester: Vår … Velg Årstall: inneværende år (protokollvedlegg, fagskoler, "
				+ "kriterium 5); ASSUMPTION: "), errors());
		assertEquals("", output());

		// validate reports it as an error of the case
		err.reset();
		int validated = run("validate", "--case", folder.toString());
		assertTrue(validated != Commands.OK, output());
		assertTrue((output() + errors()).contains("category fagskole, year 2027 (year rule current year"), output() + errors());

		// the command line chooses another rule: the 2026 count is used for 2027, 31 400 × 203,85 = 6 400 890,00
		out.reset();
		assertEquals(Commands.OK, run("simulate", "--case", folder.toString(), "--format", "csv", "--count-year",
				"fagskole=latest"), this::errors);
		assertTrue(lines().contains("fagskole;2027;6400890.00"), output());
		out.reset();
		assertEquals(Commands.OK, run("explain", "--case", folder.toString(), "--unit", "NO", "--year", "2027",
				"--count-year", "fagskole=latest"), this::errors);
		assertTrue(output().contains("\n  count fagskole: data year 2026 for 2027, rule latest available (command line "
				+ "--count-year fagskole=latest)\n"), output());
	}

	@Test
	void theCommandLineAndAScenarioChangeTheChosenYear() throws IOException {
		// 2027 has its own grunnskole count, 600 000: 600 000 × 237,71 = 142 626 000,00
		replace("<counts unit=\"NO\" category=\"grunnskole\" year=\"2027\" value=\"589453\">",
				"<counts unit=\"NO\" category=\"grunnskole\" year=\"2027\" value=\"600000\">");
		assertEquals(Commands.OK, run("simulate", "--case", folder.toString(), "--format", "csv"), this::errors);
		assertTrue(lines().contains("grunnskole;2027;142626000.00"), output());
		// the 2026 count (589 453) for 2027 too: 140 118 872,63
		out.reset();
		assertEquals(Commands.OK, run("simulate", "--case", folder.toString(), "--format", "csv", "--count-year",
				"grunnskole=2026"), this::errors);
		assertTrue(lines().contains("grunnskole;2027;140118872.63"), output());
		assertTrue(lines().contains("grunnskole;2026;140118872.63"), output());
		out.reset();
		assertEquals(Commands.OK, run("simulate", "--case", folder.toString(), "--format", "csv", "--count-year",
				"grunnskole=current,fagskole=latest"), this::errors);
		assertTrue(lines().contains("grunnskole;2027;142626000.00"), output());

		replace("  <register ", "  <scenarios name=\"gsi-2026\" basedOn=\"grunnlag\">\n    <changes "
				+ "xsi:type=\"avtale:CountYearChange\" note=\"GSI 2027 brukes ikke\" category=\"grunnskole\" kind=\"fixedYear\" "
				+ "dataYear=\"2026\"/>\n  </scenarios>\n  <register ");
		out.reset();
		assertEquals(Commands.OK, run("simulate", "--case", folder.toString(), "--format", "csv", "--scenario", "gsi-2026"),
				this::errors);
		assertTrue(lines().contains("grunnskole;2027;140118872.63"), output());
		// the command line comes last: it replaces the scenario's choice
		out.reset();
		assertEquals(Commands.OK, run("simulate", "--case", folder.toString(), "--format", "csv", "--scenario", "gsi-2026",
				"--count-year", "grunnskole=latest"), this::errors);
		assertTrue(lines().contains("grunnskole;2027;142626000.00"), output());
		out.reset();
		assertEquals(Commands.OK, run("explain", "--case", folder.toString(), "--unit", "NO", "--year", "2027",
				"--scenario", "gsi-2026"), this::errors);
		assertTrue(output().contains("\n  count grunnskole: data year 2026 for 2027, rule data year 2026 (scenario "
				+ "'gsi-2026'; GSI 2027 brukes ikke)\n"), output());
	}

	@Test
	void anUnknownCategoryOrRuleIsAUsageError() {
		assertEquals(Commands.USAGE, run("simulate", "--count-year", "barnehage=latest"));
		assertTrue(errors().contains("--count-year: unknown category 'barnehage'; the formulas count grunnskole, "), errors());
		err.reset();
		assertEquals(Commands.USAGE, run("compare", "--count-year", "grunnskole=sist"));
		assertTrue(errors().contains("--count-year grunnskole: unknown year rule 'sist'; use latest, latest-of-table, "
				+ "current or a data year such as 2025"), errors());
		assertEquals("", output());
	}

	@Test
	void theTemplatesFiguresStayAsTheyWere() {
		assertEquals(Commands.OK, run("simulate", "--format", "csv"), this::errors);
		assertTrue(lines().contains("total;2026;213099052.06"), output());
		assertTrue(lines().contains("total;2027;213099052.06"), output());
	}

	private int run(String... args) {
		return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private List<String> lines() {
		return Arrays.asList(output().split("\n"));
	}

	private void replace(String from, String to) throws IOException {
		Path file = folder.resolve("avtale.avtale");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int at = text.indexOf(from);
		assertTrue(at >= 0, file + " holds " + from);
		Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
	}

	private void remove(String regex) throws IOException {
		Path file = folder.resolve("avtale.avtale");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
		assertTrue(matcher.find(), file + " holds " + regex);
		Files.writeString(file, text.substring(0, matcher.start()) + text.substring(matcher.end()), StandardCharsets.UTF_8);
	}
}
