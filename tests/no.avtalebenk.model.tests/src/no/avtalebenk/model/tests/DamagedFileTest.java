package no.avtalebenk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;

/** A damaged model file is reported with its name and place; a save never leaves half a file. */
class DamagedFileTest {

	private static AgreementFileException load(String text) {
		return assertThrows(AgreementFileException.class, () -> AgreementFiles.load(URI.createURI("skadet.avtale"),
				new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void brokenXmlNamesFileAndLine() {
		AgreementFileException e = load("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<avtale:AgreementModel xmlns:avtale=\"http://avtalebenk.no/model/avtale/1.0\">\n"
				+ "  <agreements id=\"a\" title=\"x\"\n</avtale:AgreementModel>\n");
		assertTrue(e.getMessage().startsWith("skadet.avtale:4:"), e.getMessage());
	}

	@Test
	void unknownValueNamesLineAndValue() {
		AgreementFileException e = load("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<avtale:AgreementModel xmlns:avtale=\"http://avtalebenk.no/model/avtale/1.0\">\n"
				+ "  <agreements id=\"a\" title=\"x\" status=\"signd\" periodStart=\"2026-01-01\" periodEnd=\"2027-12-31\"/>\n"
				+ "</avtale:AgreementModel>\n");
		assertTrue(e.getMessage().startsWith("skadet.avtale:3:"), e.getMessage());
		assertTrue(e.getMessage().contains("signd"), e.getMessage());
	}

	@Test
	void unknownReferenceIsReported() {
		AgreementFileException e = load("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<avtale:AgreementModel xmlns:avtale=\"http://avtalebenk.no/model/avtale/1.0\">\n"
				+ "  <counts unit=\"9999\" year=\"2026\" value=\"1\"/>\n"
				+ "</avtale:AgreementModel>\n");
		assertTrue(e.getMessage().contains("9999"), e.getMessage());
	}

	@Test
	void notAModelFileIsReported() {
		AgreementFileException e = load("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<notes>hello</notes>\n");
		assertTrue(e.getMessage().startsWith("skadet.avtale"), e.getMessage());
	}

	@Test
	void savedModelReloadsUnchangedAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
		AgreementModel model = Examples.model();
		Path file = dir.resolve("kopi.avtale");
		AgreementFiles.save(model, file);
		assertEquals(new String(AgreementFiles.toBytes(model), StandardCharsets.UTF_8), Files.readString(file));
		assertEquals(model.getUnits().size(), AgreementFiles.load(file).getUnits().size());
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count());
		}
	}
}
