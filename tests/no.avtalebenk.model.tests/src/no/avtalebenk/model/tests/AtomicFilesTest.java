package no.avtalebenk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.UnitKind;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.io.AtomicFiles;

/** Saves replace a file whole or not at all, and can keep the previous version. */
class AtomicFilesTest {

	@TempDir
	Path dir;

	private List<String> files() throws IOException {
		try (var list = Files.list(dir)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void contentIsReplacedAndNoBackupIsKeptUnlessAsked() throws Exception {
		Path file = dir.resolve("notat.txt");
		AtomicFiles.write(file, "første".getBytes(StandardCharsets.UTF_8), false);
		AtomicFiles.write(file, out -> out.write("andre".getBytes(StandardCharsets.UTF_8)), false);
		assertEquals("andre", Files.readString(file));
		assertEquals(List.of("notat.txt"), files());
	}

	@Test
	void backupHoldsThePreviousVersion() throws Exception {
		Path file = dir.resolve("notat.txt");
		// The first write has no previous version, so no backup either.
		AtomicFiles.write(file, "første".getBytes(StandardCharsets.UTF_8), true);
		assertEquals(List.of("notat.txt"), files());
		AtomicFiles.write(file, "andre".getBytes(StandardCharsets.UTF_8), true);
		assertEquals("andre", Files.readString(file));
		assertEquals("første", Files.readString(dir.resolve("notat.txt.bak")));
		AtomicFiles.write(file, "tredje".getBytes(StandardCharsets.UTF_8), true);
		assertEquals("tredje", Files.readString(file));
		assertEquals("andre", Files.readString(AtomicFiles.backupOf(file)));
		assertEquals(List.of("notat.txt", "notat.txt.bak"), files());
	}

	@Test
	void aWriterThatFailsHalfwayChangesNothing() throws Exception {
		Path file = dir.resolve("notat.txt");
		AtomicFiles.write(file, "første".getBytes(StandardCharsets.UTF_8), true);
		AtomicFiles.write(file, "andre".getBytes(StandardCharsets.UTF_8), true);
		IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
			out.write("halv".getBytes(StandardCharsets.UTF_8));
			out.flush();
			throw new IOException("disk full");
		}, true));
		assertEquals("disk full", e.getMessage());
		assertEquals("andre", Files.readString(file));
		assertEquals("første", Files.readString(dir.resolve("notat.txt.bak")));
		assertEquals(List.of("notat.txt", "notat.txt.bak"), files());
	}

	@Test
	void aWriterThatThrowsAnUncheckedErrorLeavesNoFileBehind() throws Exception {
		Path file = dir.resolve("ny.txt");
		assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
			out.write(1);
			throw new IllegalStateException("broken");
		}, true));
		assertFalse(Files.exists(file));
		assertEquals(List.of(), files());
	}

	@Test
	void aWriterMayCloseItsStream() throws Exception {
		Path file = dir.resolve("notat.txt");
		AtomicFiles.write(file, out -> {
			out.write("lukket".getBytes(StandardCharsets.UTF_8));
			out.close();
		}, false);
		assertEquals("lukket", Files.readString(file));
	}

	@Test
	void aMissingFolderIsReportedAndNothingIsCreated() {
		Path file = dir.resolve("finnes-ikke").resolve("notat.txt");
		IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, new byte[] { 1 }, true));
		assertEquals(file + ": the folder " + file.getParent() + " does not exist", e.getMessage());
		assertFalse(Files.exists(file.getParent()));
	}

	@Test
	void savingAnAgreementKeepsThePreviousVersionAsBackup() throws Exception {
		Path file = dir.resolve("avtale.avtale");
		AgreementModel model = Examples.model();
		AgreementFiles.save(model, file);
		byte[] first = Files.readAllBytes(file);
		ReportingUnit test = AvtaleFactory.eINSTANCE.createReportingUnit();
		test.setId("TEST");
		test.setName("Testenhet");
		test.setKind(UnitKind.OTHER);
		model.getUnits().add(test);
		AgreementFiles.save(model, file);
		assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(dir.resolve("avtale.avtale.bak")));
		assertEquals(new String(AgreementFiles.toBytes(model), StandardCharsets.UTF_8), Files.readString(file));
		assertEquals(List.of("avtale.avtale", "avtale.avtale.bak"), files());
		assertEquals(UnitKind.OTHER, AgreementFiles.load(file).getUnits().stream().filter(u -> u.getId().equals("TEST")).findFirst()
				.orElseThrow().getKind());
	}
}
