package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.avtalebenk.cli.Commands;
import no.avtalebenk.cli.OutputFiles;

/**
 * The rules every command follows (docs/cli.md, Conventions): both option spellings, -h/--help,
 * repeated and unknown options refused alike, --version, and the renamed projection options.
 */
class CommandLineContractTest {

	private static final List<String> COMMANDS = List.of("new", "simulate", "compare", "goal-seek", "sensitivity", "montecarlo",
			"projections", "validate", "show", "chart", "report", "explain", "test", "import", "export", "reference", "diff", "register", "deadlines",
			"sweep", "history", "assumptions", "help");

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

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-h", "--help" })
	void everyCommandPrintsItsUsage(String option) {
		for (String command : COMMANDS) {
			assertEquals(Commands.OK, run(command, option), command + ": " + errors());
			assertTrue(output().startsWith("Usage: avtalebenk " + command + " "), output());
		}
		assertEquals(Commands.OK, run("simulate", option));
		assertTrue(output().contains("--projection=NAME") && output().contains("--format=table|csv|json")
				&& output().contains("--data=reference|FILE.avtale"), output());
	}

	@Test
	void helpListsEveryCommandAndWithoutACommandTheExitCodeIsTwo() {
		assertEquals(Commands.OK, run("help"));
		String list = output();
		assertTrue(list.startsWith("Usage: avtalebenk "), list);
		int previous = -1;
		for (String command : COMMANDS) {
			int at = list.indexOf("\n  " + command + " ");
			assertTrue(at >= 0, command + " missing in\n" + list);
			// The commands are added one by one (only the named one for a command line that names one):
			// the list keeps its order.
			assertTrue(at > previous, command + " out of order in\n" + list);
			previous = at;
		}
		assertEquals(Commands.OK, run("-h"));
		assertEquals(list, output());
		assertEquals(Commands.OK, run("--help"));
		assertEquals(list, output());
		assertEquals(Commands.USAGE, run());
		assertEquals(list, output());
	}

	@Test
	void helpWithACommandPrintsThatCommandsUsageAsItsOwnHelpOptionDoes() {
		for (String command : COMMANDS) {
			assertEquals(Commands.OK, run(command, "-h"), command + ": " + errors());
			String own = output();
			assertEquals(Commands.OK, run("help", command), command + ": " + errors());
			assertEquals(own, output(), command);
		}
		assertEquals(Commands.USAGE, run("help", "nosuch"));
		assertTrue(errors().contains("unknown command 'nosuch'"), errors());
	}

	@Test
	void bothOptionSpellingsGiveTheSameOutput() {
		assertEquals(Commands.OK, run("simulate", "--format", "csv"));
		String spaced = output();
		assertEquals(Commands.OK, run("simulate", "--format=csv"));
		assertEquals(spaced, output());
		assertTrue(spaced.startsWith("category;year;amount_nok\ngrunnskole;2026;140118872.63\n"), spaced);
	}

	@Test
	void anOptionGivenTwiceIsRefusedByName() {
		assertEquals(Commands.USAGE, run("simulate", "--format", "csv", "--format", "json"));
		assertTrue(errors().startsWith("avtalebenk simulate: ") && errors().contains("'--format'"), errors());
		assertEquals("", output());
		assertEquals(Commands.USAGE, run("explain", "--unit", "NO", "--unit=NO", "--year", "2026"));
		assertTrue(errors().startsWith("avtalebenk explain: ") && errors().contains("'--unit'"), errors());
	}

	@Test
	void anUnknownOptionIsRefusedByName() {
		assertEquals(Commands.USAGE, run("simulate", "--frobnicate"));
		assertTrue(errors().startsWith("avtalebenk simulate: ") && errors().contains("'--frobnicate'"), errors());
		assertEquals("", output());
		assertEquals(Commands.USAGE, run("validate", "--frobnicate=1", "x.avtale"));
		assertTrue(errors().startsWith("avtalebenk validate: ") && errors().contains("'--frobnicate=1'"), errors());
	}

	@Test
	void versionNamesTheBundleVersion() {
		assertEquals(Commands.OK, run("--version"));
		assertTrue(output().startsWith("avtalebenk 0.1.0"), output());
		assertEquals(1, output().lines().count(), output());
	}

	@Test
	void projectionModelsAreChosenWithProjection() {
		assertEquals(Commands.OK, run("simulate", "--projection", "usage", "--format", "csv"), this::errors);
		// usage: users × min(NOK 5.00 × 108 openings, NOK 1 000) = NOK 540 per pupil;
		// 589 453 × 540 = 318 304 620.00 and (589 453 + 186 681) × 540 = 419 112 360.00
		assertTrue(output().contains("\ngrunnskole;2026;318304620.00\n"), output());
		assertTrue(output().contains("\ntotal;2026;419112360.00\n"), output());
		String figures = output();
		assertEquals(Commands.OK, run("simulate", "--projection=usage", "--format=csv"));
		assertEquals(figures, output());

		assertEquals(Commands.USAGE, run("simulate", "--model", "usage"));
		assertTrue(errors().startsWith("avtalebenk simulate: ") && errors().contains("'--model'")
				&& errors().contains("--model is now --projection"), errors());
		assertEquals(Commands.USAGE, run("compare", "--models", "kopinor,usage"));
		assertTrue(errors().contains("--models is now --projections"), errors());
	}

	@Test
	void negativeValuesAreValuesNotOptions() {
		assertEquals(Commands.OK, run("montecarlo", "--draws", "200", "--no-progress", "--format", "csv"));
		String defaults = output();
		// the default pupil growth, written out
		assertEquals(Commands.OK, run("montecarlo", "--draws", "200", "--no-progress", "--format", "csv", "--pupil-growth",
				"-0.0138,0.01"));
		assertEquals(defaults, output());
	}

	@Test
	void outputFilesReplaceTheTargetOnlyWhenComplete(@TempDir Path dir) throws Exception {
		Path target = dir.resolve("out.txt");
		OutputFiles.write(target, stream -> stream.write("first".getBytes(StandardCharsets.UTF_8)));
		assertEquals("first", Files.readString(target));
		OutputFiles.write(target, stream -> {
			stream.write("second".getBytes(StandardCharsets.UTF_8));
			stream.close();
		});
		assertEquals("second", Files.readString(target));
		assertThrows(IOException.class, () -> OutputFiles.write(target, stream -> {
			stream.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("second", Files.readString(target));
		try (var files = Files.list(dir)) {
			assertEquals(List.of(target), files.toList());
		}
	}
}
