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
	void countsFindTheirUnitAmongThousandsAlsoWhenTheUnitComesLater() throws Exception {
		StringBuilder text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<avtale:AgreementModel xmlns:avtale=\"http://avtalebenk.no/model/avtale/1.0\">\n"
				+ "  <categories id=\"grunnskole\" name=\"Grunnskole\" unit=\"elever\"/>\n"
				+ "  <counts unit=\"U2999\" category=\"grunnskole\" year=\"2026\" value=\"7\"/>\n");
		for (int i = 0; i < 3000; i++) {
			text.append("  <units id=\"U").append(i).append("\" name=\"Enhet ").append(i).append("\"/>\n");
		}
		for (int i = 0; i < 3000; i += 1000) {
			text.append("  <counts unit=\"U").append(i).append("\" category=\"grunnskole\" year=\"2026\" value=\"")
					.append(i + 1).append("\"/>\n");
		}
		text.append("</avtale:AgreementModel>\n");
		AgreementModel model = AgreementFiles.load(URI.createURI("mange.avtale"),
				new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
		assertEquals(4, model.getCounts().size());
		assertEquals("Enhet 2999", model.getCounts().get(0).getUnit().getName());
		assertEquals("Enhet 1000", model.getCounts().get(2).getUnit().getName());
		assertEquals(1001, model.getCounts().get(2).getValue().intValue());
		assertEquals("grunnskole", model.getCounts().get(3).getCategory().getId());
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
