package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** The CLI commands import, export and reference, as documented in docs/cli.md. */
class DataCommandsTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void referenceShowsNationalSumsBesidePublishedTotals() {
		assertEquals(Commands.OK, run("reference", "--format", "csv"));
		String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
		assertEquals("category;year;sum_of_units;calibrated_to;published;source;method", lines[0]);
		assertTrue(lines[1].startsWith("grunnskole;2025;589453;589453;589 453 pupils in public grunnskoler, 2025;SSB"), lines[1]);
	}

	@Test
	void csvImportThenCountsExportToXlsx() throws Exception {
		Path csv = Files.writeString(dir.resolve("bibliotek.csv"), "kommunenummer;år;antall\n0301;2025;320,4\n5501;2025;=1+1\n");
		Path dataSet = dir.resolve("data.avtale");
		assertEquals(Commands.INPUT_ERROR, run("import", "--kind", "csv", csv.toString(), "--into", dataSet.toString(), "--category", "paiBibliotek"));
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(csv + ":3:3: \"antall\" '=1+1' is not a number"), err.toString(StandardCharsets.UTF_8));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("nothing was imported"));
		assertTrue(!Files.exists(dataSet));

		Files.writeString(csv, "kommunenummer;år;antall\n0301;2025;320,4\n5501;2025;12\n");
		assertEquals(Commands.OK, run("import", "--kind", "csv", csv.toString(), "--into", dataSet.toString(), "--category", "paiBibliotek",
				"--retrieved", "2026-03-01"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 added, 0 replaced"), out.toString(StandardCharsets.UTF_8));
		// 320,4 + 12 = 332,4
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("paiBibliotek            2025           332,4"), out.toString(StandardCharsets.UTF_8));

		assertEquals(Commands.OK, run("export", "counts", dataSet.toString(), "--format", "csv"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("0301;Oslo;paiBibliotek;2025;320.4;CSV file bibliotek.csv;antall;2026-03-01;false;"));

		Path xlsx = dir.resolve("counts.xlsx");
		assertEquals(Commands.OK, run("export", "counts", dataSet.toString(), "--format", "xlsx", "--out", xlsx.toString()));
		byte[] zip = Files.readAllBytes(xlsx);
		assertArrayEquals(new byte[] { 'P', 'K' }, new byte[] { zip[0], zip[1] });
	}

	@Test
	void unknownOptionOfAnImporterIsAUsageError() throws Exception {
		Path csv = Files.writeString(dir.resolve("x.csv"), "a\n");
		assertEquals(Commands.USAGE, run("import", "--kind", "gsi", csv.toString(), "--into", "x.avtale", "--category", "grunnskole"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("the gsi importer has no option --category"), err.toString(StandardCharsets.UTF_8));
		assertEquals(Commands.USAGE, run("import", "--kind", "xls", csv.toString(), "--into", "x.avtale"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown kind 'xls'; the installed importers are csv, dbh, gsi, kostra, pai"),
				err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void paymentsExportCarriesTheCountsProvenance() {
		assertEquals(Commands.OK, run("export", "payments", "--format", "csv"));
		String csv = out.toString(StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("scenario;unit;category;year;amount_nok;formula;rate_name;rate_nok;count;count_source;count_estimated;count_method\r\n"), csv);
		// The example's grunnskole payment for 2026 (outside a case: the bundled example): 589 453 pupils × 237.71 NOK
		// (222.78 with the published KPI steps for 2024 and 2025) = 140 118 872.63 NOK.
		assertTrue(csv.contains(";NO;grunnskole;2026;140118872.63;"), csv);
		assertTrue(csv.contains(";589453;SSB, Elevar i grunnskolen"), csv);
	}
}
