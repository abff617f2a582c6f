package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cli.Commands;
import no.avtalebenk.examples.Examples;

/** {@code validate} and {@code show} on model files on disk, as docs/cli.md describes them. */
class ModelCommandsTest {

	@TempDir
	Path dir;

	private Path model;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void copyExample() throws Exception {
		model = dir.resolve("avtale.avtale");
		try (InputStream in = Examples.open(Examples.AGREEMENT)) {
			Files.copy(in, model);
		}
		try (InputStream in = Examples.open(Examples.FORMULAS)) {
			Files.copy(in, dir.resolve("kopinor.vederlag"));
		}
	}

	private int run(String... args) {
		return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void exampleValidatesClean() {
		assertEquals(Commands.OK, run("validate", model.toString()));
		assertEquals("0 errors, 0 warnings in 1 file\n", output());
	}

	@Test
	void invalidModelGetsNamedErrorsAndExitCodeOne() throws Exception {
		Files.writeString(model, Files.readString(model).replace("periodEnd=\"2027-12-31\"", "periodEnd=\"2025-12-31\""));
		assertEquals(Commands.INPUT_ERROR, run("validate", model.toString()));
		String[] lines = output().split("\n");
		assertEquals(model + ": /agreements[ks-kopinor-2026-2027]: error: The period ends (2025-12-31) before it starts (2026-01-01).",
				lines[0]);
		assertEquals("1 errors, 0 warnings in 1 file", lines[1]);
	}

	@Test
	void damagedFileGetsLineAndColumnAndNoStackTrace() throws Exception {
		Files.writeString(model, Files.readString(model).replace("status=\"signed\"", "status=\"signd\""));
		assertEquals(Commands.INPUT_ERROR, run("validate", model.toString()));
		assertTrue(output().startsWith(model + ":3:"), output());
		assertTrue(output().contains("error: Value 'signd' is not legal."), output());
		assertEquals("", err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void showJsonHasTypedClausesUnitsAndCounts() {
		assertEquals(Commands.OK, run("show", model.toString(), "--format", "json"));
		String json = output();
		assertTrue(json.contains("{\"type\":\"ReportingDutyClause\",\"number\":\"7\""), json.substring(0, 200));
		assertTrue(json.contains("\"dueMonthDay\":\"04-01\""));
		assertTrue(json.contains("{\"type\":\"ReportingUnit\",\"id\":\"0301\",\"name\":\"Oslo\",\"kind\":\"municipality\",\"county\":\"03\""));
		assertTrue(json.contains("{\"type\":\"Count\",\"unit\":\"NO\",\"category\":\"grunnskole\",\"year\":2026,\"value\":\"589453\""));
	}

	@Test
	void showTableListsTheNinePointsAndTheAppendix() {
		assertEquals(Commands.OK, run("show", model.toString()));
		assertTrue(output().contains("  7          ReportingDutyClause    Statistikk over årsverk fra PAI\n"), output());
		assertTrue(output().contains("13 categories, 375 reporting units, 12 counts, 4 scenarios, 11 agreements in the register"));
	}
}
