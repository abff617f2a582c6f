package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cli.Commands;
import no.avtalebenk.data.importer.ImporterDescriptor;
import no.avtalebenk.data.importer.ImporterRegistry;
import no.avtalebenk.model.io.AgreementFiles;

/**
 * The extension point: the product's importers and this bundle's contribution (plugin.xml) appear in
 * the registry and in the CLI; its bad contributions are reported and skipped.
 */
class ImporterRegistryTest {

	@TempDir
	Path dir;

	@Test
	void listsEveryContributedImporter() {
		List<String> kinds = ImporterRegistry.load().importers().stream().map(ImporterDescriptor::kind).toList();
		assertEquals(List.of("csv", "dbh", "gsi", "kostra", "pai", "test-crash", "test-fixed"), kinds);
	}

	@Test
	void reportsAndSkipsBadContributions() {
		List<String> problems = ImporterRegistry.load().problems();
		assertEquals(4, problems.size(), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("'test-missing-class' skipped") && p.contains("cannot be created")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("'test-not-an-importer' skipped") && p.contains("does not implement")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("'gsi' skipped") && p.contains("no.avtalebenk.data.importers already contributes")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("'Bad Kind' must be lower case")), problems.toString());
		assertTrue(problems.stream().allMatch(p -> p.startsWith("no.avtalebenk.data.tests (extension without id): ")), problems.toString());
	}

	@Test
	void cliListsTheContributionAndImportsWithIt() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(Commands.OK, Commands.run(new String[] { "import", "--help" }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)));
		String help = out.toString(StandardCharsets.UTF_8);
		assertTrue(help.contains("  test-fixed Test importer contributed by no.avtalebenk.data.tests"), help);
		assertTrue(help.contains("  gsi        GSI export"), help);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("test-not-an-importer"));

		Path input = Files.writeString(dir.resolve("anything.txt"), "ignored");
		Path dataSet = dir.resolve("data.avtale");
		out.reset();
		assertEquals(Commands.OK, Commands.run(new String[] { "import", "--kind", "test-fixed", input.toString(), "--into", dataSet.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
		assertEquals(42, AgreementFiles.load(dataSet).getCounts().get(0).getValue().intValueExact());
	}
}
