package no.avtalebenk.examples.plugin.tests;

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
 * The command line finds the example plugin's contributions with no change to the core: the model in
 * {@code projections}, the importer in {@code import --help}, the chart in {@code chart --help} and
 * {@code chart --kind}, the section and the chart in the briefing; and says the broken contributions
 * of this bundle on standard error while the command still succeeds.
 */
class CommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void projectionsListsTheModelAndSaysTheBrokenOnes() {
		assertEquals(Commands.OK, run("projections"), err());
		assertTrue(out().lines().anyMatch(l -> l.startsWith("lonnsindeks ") && l.endsWith("(no.avtalebenk.examples.plugin)")),
				out());
		assertTrue(err().contains("avtalebenk projections: Projection model 'broken-throws' from "
				+ "no.avtalebenk.examples.plugin.tests (extension no.avtalebenk.examples.plugin.tests.brokenModels) could not be created"),
				err());
	}

	@Test
	void importHelpListsTheImporter() {
		assertEquals(Commands.OK, run("import", "--help"), err());
		assertTrue(out().contains("skoleliste"), out());
		assertTrue(out().contains("--category VALUE"), out());
		assertTrue(err().contains("brokenImporters"), err());
	}

	@Test
	void chartDrawsTheContributedKind(@TempDir Path dir) throws Exception {
		assertEquals(Commands.OK, run("chart", "--help"), err());
		assertTrue(out().contains("lonnsindeks"), out());
		assertTrue(err().contains("avtalebenk chart: Chart kind 'broken-missing' from no.avtalebenk.examples.plugin.tests"),
				err());
		Path svg = dir.resolve("lonnsindeks.svg");
		assertEquals(Commands.OK, run("chart", "--kind", "lonnsindeks", "--out", svg.toString()), err());
		assertTrue(out().endsWith("(lonnsindeks, 1000×600): Samlet vederlag: avtalens indeks og lønnsindeksen (antatt)\n"),
				out());
		assertTrue(Files.readString(svg).contains("Lønnsindeks (antatt)"));
		assertEquals(Commands.USAGE, run("chart", "--kind", "broken-throws", "--out", svg.toString()));
		assertTrue(err().contains("unknown kind 'broken-throws'; use bars, series, waterfall, tornado, fan, histogram, "
				+ "counties, register, gap, lonnsindeks"), err());
	}

	@Test
	void briefingHasTheSectionAndTheChart(@TempDir Path dir) throws Exception {
		Path html = dir.resolve("notat.html");
		assertEquals(Commands.OK, run("report", "--out", html.toString(), "--draws", "100"), err());
		String text = Files.readString(html);
		assertTrue(text.contains("Lønnsindeks som indekskilde (eksempel)"), "the contributed section");
		assertTrue(text.contains("Diagrammer fra tillegg"), "the heading of contributed charts");
		assertTrue(text.contains("./avtalebenk chart --kind lonnsindeks"), "the contributed chart's caption");
	}

	@Test
	void importReadsASchoolListIntoADataSetOfTheCase(@TempDir Path dir) throws Exception {
		Path folder = dir.resolve("sak");
		assertEquals(Commands.OK, run("new", folder.toString()), err());
		Path list = dir.resolve("skoler.csv");
		Files.writeString(list, "kommunenummer;skole;elever\n0301;Skole A;412\n0301;Skole B;288\n");
		Path into = Files.createDirectories(folder.resolve("data")).resolve("skoler.avtale");
		assertEquals(Commands.OK, run("import", "--case", folder.toString(), "--kind", "skoleliste", list.toString(),
				"--into", into.toString(), "--year", "2025"), err());
		assertTrue(Files.exists(into), out());
		assertTrue(Files.readString(into).contains("700"), "Oslo's 412 + 288 pupils");
	}
}
