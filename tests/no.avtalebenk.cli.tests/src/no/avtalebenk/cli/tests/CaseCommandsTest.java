package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cli.Commands;

/**
 * A user's own case on the command line: created with {@code new}, its formula file's 2023 grunnskole
 * rate changed from 222,78 to 230,00 and an offer of its own added to its agreement; every command then
 * answers for that case.
 */
class CaseCommandsTest {

	@TempDir
	Path temp;

	private Path folder;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void ownCase() throws IOException {
		folder = temp.resolve("c");
		assertEquals(Commands.OK, run("new", folder.toString()), this::errors);
		assertEquals("created case " + folder + " (avtale.avtale, kopinor.vederlag, kopinor-tester.vederlag, enheter.csv)\n",
				output());
		replace(folder.resolve("kopinor.vederlag"), "from 2023-01-01 = 222.78", "from 2023-01-01 = 230.00");
		replace(folder.resolve("avtale.avtale"), "  <register ", "  <scenarios name=\"kvart-administrasjon\" "
				+ "description=\"Eget tilbud: en firedel av de administrative årsverkene\" holder=\"ksPosition\" round=\"3\" "
				+ "basedOn=\"grunnlag\">\n    <changes xsi:type=\"avtale:ShareChange\" parameter=\"administrasjonAndel\" "
				+ "value=\"0.25\"/>\n  </scenarios>\n  <register ");
	}

	@Test
	void newRefusesAFolderThatIsNotEmpty() {
		assertEquals(Commands.USAGE, run("new", folder.toString()));
		assertTrue(errors().contains("is not empty"), errors());
	}

	@Test
	void simulateProjectsTheCasesOwnRateBesideTheAgreedAmount() {
		assertEquals(Commands.OK, run("simulate", "--case", folder.toString(), "--format", "csv"), this::errors);
		// NOK 230,00 from 2023 with the published KPI steps: × 1,040 = 239,20, × 1,026 = 245,4192 → 245,42;
		// × 589 453 pupils = 144 663 555,26; the total rises from 213 099 052,06 by 589 453 × 7,71
		assertTrue(output().contains("grunnskole;2026;144663555.26\n"), output());
		assertTrue(output().contains("total;2026;217643734.69\n"), output());
		// the protocol's NOK 226 000 000 a year; 217 643 734,69 − 226 000 000 = −8 356 265,31
		assertTrue(output().contains("agreed;2026;226000000.00\n"), output());
		assertTrue(output().contains("gap;2026;-8356265.31\n"), output());
		assertEquals("", errors(), "a named case is not the example");
		assertEquals(Commands.OK, run("simulate", "--case=" + folder, "--scenario", "kvart-administrasjon", "--format", "json"));
		// a quarter of 302 775 årsverk × 194,00 (181,81 with the published KPI steps) = 14 684 587,50 instead of
		// a third's 19 579 450,00
		assertTrue(output().contains("{\"category\":\"administrasjon\",\"year\":2026,\"amount\":\"14684587.50\"}"), output());
		assertTrue(output().contains("{\"year\":2026,\"amount\":\"212748872.19\"}"), output());
		assertTrue(output().contains("\"agreed\":[{\"year\":2026,\"amount\":\"226000000.00\",\"gap\":\"-13251127.81\"}"), output());
	}

	@Test
	void aCaseRoundedPerUnitTotalShowsItsRoundingLine() throws IOException {
		replace(folder.resolve("kopinor.vederlag"), "invoice rounding per line to 2 half_up",
				"invoice rounding per unit total to 2 half_up");
		replace(folder.resolve("kopinor.vederlag"),
				"round(indexed(grunnskoleSats by prisjustering since 2023, round each year to 2) * count(grunnskole), 2)",
				"indexed(grunnskoleSats by prisjustering since 2023, round each year to 2) * count(grunnskole)");
		assertEquals(Commands.OK, run("simulate", "--case", folder.toString(), "--format", "csv"), this::errors);
		// the unit NO's lines are whole øre already (245,42 × 589 453 = 144 663 555,26; 194,00 × 302 775 / 3
		// = 19 579 450,00, …): its invoice rounds to itself, the rounding line is 0, the total as per line
		assertTrue(output().contains("grunnskole;2026;144663555.26\n"), output());
		assertTrue(output().contains("invoice rounding;2026;0.00\ninvoice rounding;2027;0.00\ntotal;2026"), output());
		assertTrue(output().contains("total;2026;217643734.69\n"), output());
		assertEquals(Commands.OK, run("validate", "--case", folder.toString()), this::errors);
		// the six category formulas that still round their own result are warned about, at their round(…)
		assertEquals(6, output().split("vederlag.lineRoundedPerUnitTotal|rounds its own result", -1).length - 1,
				output());
	}

	@Test
	void compareShowsTheOwnOfferBesideTheOthers() {
		assertEquals(Commands.OK, run("compare", "--case", folder.toString(), "--format", "csv"), this::errors);
		assertTrue(output().contains("total;2026;grunnlag;baseline;217643734.69;0.00\n"), output());
		assertTrue(output().contains("total;2026;kvart-administrasjon;ksPosition;212748872.19;-4894862.50\n"), output());
		assertTrue(output().contains("agreed;2026;kvart-administrasjon;ksPosition;226000000.00;0.00\n"), output());
		assertTrue(output().contains("gap;2026;kvart-administrasjon;ksPosition;-13251127.81;-4894862.50\n"), output());
	}

	@Test
	void explainShowsTheCasesRate() {
		assertEquals(Commands.OK, run("explain", "--case", folder.toString(), "--unit", "NO", "--year", "2026",
				"--formula", "grunnskoleBelop"), this::errors);
		assertTrue(output().contains("formula grunnskoleBelop = 144 663 555,26 NOK"), output());
		assertTrue(output().contains("rate grunnskoleSats = 230,00 NOK/elev"), output());
	}

	@Test
	void goalSeekAimsAtTheAgreedAmountFromTheCasesTotal() {
		assertEquals(Commands.OK, run("goal-seek", "--case", folder.toString(), "--format", "csv"), this::errors);
		Matcher answer = Pattern.compile("\nanswer;\\d+;([0-9.]+);([0-9.]+);").matcher(output());
		assertTrue(answer.find(), output());
		// The factor scales 217 643 734,69 to 226 000 000: 226 000 000 / 217 643 734,69 = 1,03839426…; the
		// øre rounding of each rate × factor moves it in the sixth decimal at most.
		BigDecimal factor = new BigDecimal(answer.group(1));
		assertTrue(factor.subtract(new BigDecimal("1.038394")).abs().compareTo(new BigDecimal("0.00001")) < 0, answer.group(1));
		assertTrue(new BigDecimal(answer.group(2)).subtract(new BigDecimal("226000000")).abs().compareTo(BigDecimal.ONE) <= 0);
	}

	@Test
	void theBriefingAndTheChartsShowTheCase() throws IOException {
		Path briefing = temp.resolve("briefing.html");
		assertEquals(Commands.OK, run("report", "--case", folder.toString(), "--out", briefing.toString(), "--draws", "200"),
				this::errors);
		String html = Files.readString(briefing, StandardCharsets.UTF_8);
		assertTrue(html.contains("kvart-administrasjon"), "the own offer is a position of the briefing");
		assertTrue(html.contains("217 643 734,69"), "the baseline with the case's rate");
		Path chart = temp.resolve("bars.svg");
		assertEquals(Commands.OK, run("chart", "--case", folder.toString(), "--kind", "bars", "--out", chart.toString()),
				this::errors);
		assertTrue(Files.readString(chart, StandardCharsets.UTF_8).contains("kvart-administrasjon"));
	}

	@Test
	void aCaseIsNamedOnceNotByBothCaseAndModel() {
		assertEquals(Commands.USAGE, run("chart", "--case", folder.toString(), "--model", folder.resolve("avtale.avtale").toString(),
				"--kind", "bars", "--out", temp.resolve("bars.svg").toString()));
		assertEquals("avtalebenk chart: --case and --model both name the case; give one of them\n", errors());
		assertFalse(Files.exists(temp.resolve("bars.svg")));
	}

	@Test
	void theCurrentFolderIsTheCaseWithoutNamingIt() {
		assertEquals(Commands.OK, run(folder, "simulate", "--format", "csv"), this::errors);
		assertTrue(output().contains("total;2026;217643734.69\n"), output());
		assertEquals("", errors());
		assertEquals(Commands.OK, run(temp, "simulate", "--format", "csv"));
		assertTrue(output().contains("total;2026;213099052.06\n"), "outside a case: the bundled example");
		assertEquals("avtalebenk: no case in this folder; using the bundled KS–Kopinor example (--case DIR, or ./avtalebenk new DIR)\n",
				errors());
	}

	@Test
	void aCaseWithItsOwnUnitsImportsAndSimulates() throws IOException {
		Files.writeString(folder.resolve("enheter.csv"), "id;name;kind;county;validFrom;validTo;note\n"
				+ "TEST-1;Testenhet;other;46;;;for trying out the formulas\n", StandardCharsets.UTF_8);
		// the case names its category in its own words; a data set the import creates takes them
		replace(folder.resolve("avtale.avtale"), "name=\"Grunnskole, unntatt musikk- og kulturskoler\"",
				"name=\"Grunnskole i saken\"");
		Path counts = temp.resolve("tall.csv");
		Files.writeString(counts, "unit;year;value\nTEST-1;2026;100\nTEST-1;2027;100\n", StandardCharsets.UTF_8);
		Files.createDirectories(folder.resolve("data"));
		String dataSet = folder.resolve("data/tall.avtale").toString();
		assertEquals(Commands.OK, run("import", "--case", folder.toString(), "--kind", "csv", counts.toString(), "--into",
				dataSet, "--category", "grunnskole"), this::errors);
		assertTrue(Files.readString(Path.of(dataSet), StandardCharsets.UTF_8).contains("name=\"Grunnskole i saken\""));
		assertEquals(Commands.OK, run("simulate", "--case", folder.toString(), "--data", "tall.avtale", "--format", "csv"),
				this::errors);
		// 100 pupils × NOK 245,42 (230,00 from 2023 with the published KPI steps: × 1,040 → 239,20, × 1,026
		// → 245,42); the unit holds no other category, so it is billed nothing for them
		assertTrue(output().contains("grunnskole;2026;24542.00\n"), output());
		assertTrue(output().contains("total;2027;24542.00\n"), output());
		assertEquals(Commands.OK, run("compare", "--case", folder.toString(), "--data", "tall.avtale", "--by", "county",
				"--scenarios", "grunnlag", "--format", "csv"));
		assertTrue(output().contains("46 Vestland;2026;grunnlag;baseline;24542.00;0.00\n"), output());
	}

	@Test
	void anUndeclaredUnitIsRefusedOnceWithItsColumn() throws IOException {
		Path counts = temp.resolve("tall.csv");
		Files.writeString(counts, "unit;year;value\nTEST-1;2026;100\nTEST-1;2027;100\n", StandardCharsets.UTF_8);
		Files.createDirectories(folder.resolve("data"));
		assertEquals(Commands.INPUT_ERROR, run("import", "--case", folder.toString(), "--kind", "csv", counts.toString(),
				"--into", folder.resolve("data/tall.avtale").toString(), "--category", "grunnskole"));
		assertEquals(1, errors().lines().filter(l -> l.contains("unknown unit TEST-1")).count(), errors());
		assertTrue(errors().contains("read from column \"unit\" on 2 rows"), errors());
		assertTrue(errors().contains("declare it in the case's enheter.csv"), errors());
		assertFalse(Files.exists(folder.resolve("data/tall.avtale")));
	}

	@Test
	void aDataSetWithoutAYearIsRefusedByUnitCategoryAndYear() throws IOException {
		Path counts = temp.resolve("tall.csv");
		Files.writeString(counts, "unit;year;value\n0301;2026;100\n", StandardCharsets.UTF_8);
		Files.createDirectories(folder.resolve("data"));
		assertEquals(Commands.OK, run("import", "--case", folder.toString(), "--kind", "csv", counts.toString(), "--into",
				folder.resolve("data/tall.avtale").toString(), "--category", "fagskole"), this::errors);
		// fagskole's year rule is the current year ("inneværende år"): 2027 has no count (grunnskole's, the
		// latest available, would use the 2026 count for 2027)
		assertEquals(Commands.USAGE, run("simulate", "--case", folder.toString(), "--data", "tall.avtale"));
		assertTrue(errors().contains("tall.avtale under the year rules of scenario 'grunnlag' lacks counts the agreement's "
				+ "years [2026, 2027] need: no count for unit 0301 (Oslo), category fagskole, year 2027 (year rule current year"),
				errors());
	}

	@Test
	void aBrokenFormulaIsNamedWithItsPlaceByEveryCommand() throws IOException {
		replace(folder.resolve("kopinor.vederlag"), "from 2023-01-01 = 230.00", "from 2023-01-01 = ");
		assertEquals(Commands.INPUT_ERROR, run("simulate", "--case", folder.toString()));
		assertTrue(errors().contains("kopinor.vederlag:24:"), errors());
		assertEquals(Commands.INPUT_ERROR, run("validate", "--case", folder.toString()));
		assertTrue(output().contains("kopinor.vederlag:24:"), output());
		assertTrue(output().lines().reduce((a, b) -> b).orElse("").matches("\\d+ errors, \\d+ warnings in 4 files"), output());
	}

	@Test
	void testAndValidateAndShowWorkOnTheCase() {
		// the case's test file still expects the 2023 rate 222,78 for national pupils: it fails now
		assertEquals(Commands.INPUT_ERROR, run("test", "--case", folder.toString()));
		assertTrue(output().contains("FAIL "), output());
		assertEquals(Commands.OK, run("validate", "--case", folder.toString()), this::output);
		assertTrue(output().endsWith("0 errors, 0 warnings in 4 files\n"), output());
		assertEquals(Commands.OK, run("show", "--case", folder.toString()));
		assertTrue(output().contains("kvart-administrasjon"), output());
	}

	private int run(String... args) {
		return run(temp, args);
	}

	private int run(Path workingFolder, String... args) {
		out.reset();
		err.reset();
		return Commands.run(args, workingFolder, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** Replaces the first occurrence, as a user editing the file would. */
	private static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int at = text.indexOf(from);
		assertTrue(at >= 0, file + " holds " + from);
		Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
	}
}
