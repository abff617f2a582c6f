package no.avtalebenk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementStatus;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.PartyRole;
import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;

/** The bundled KS–Kopinor protocol of 6.2.2026, checked against the protocol text. */
class ExampleAgreementTest {

	@Test
	void protocolHasPeriodPartiesAndSigning() throws Exception {
		Agreement agreement = Examples.agreement();
		assertEquals("2026-01-01", agreement.getPeriodStart());
		assertEquals("2027-12-31", agreement.getPeriodEnd());
		assertEquals("2026-02-06", agreement.getSignedDate());
		assertEquals("Oslo", agreement.getSignedPlace());
		assertEquals(AgreementStatus.SIGNED, agreement.getStatus());
		assertEquals("Kopinor", agreement.getParties().get(0).getShortName());
		assertEquals(PartyRole.LICENSOR, agreement.getParties().get(0).getRole());
		assertEquals("KS", agreement.getParties().get(1).getShortName());
		assertEquals(PartyRole.LICENSEE, agreement.getParties().get(1).getRole());
	}

	@Test
	void protocolHasItsNinePointsInOrderWithTheirText() throws Exception {
		Agreement agreement = Examples.agreement();
		for (int i = 0; i < 9; i++) {
			assertEquals(Integer.toString(i + 1), agreement.getClauses().get(i).getNumber());
		}
		Clause reporting = agreement.getClauses().get(6);
		assertTrue(reporting.getText().startsWith("KS utarbeider vederlagsfritt og innen 1. april"), reporting.getText());
		Clause mediation = agreement.getClauses().get(7);
		assertTrue(mediation.getText().contains("megling etter åndsverkloven § 65"), mediation.getText());
	}

	@Test
	void remunerationClauseNamesTheFormula() throws Exception {
		Agreement agreement = Examples.agreement();
		RemunerationClause remuneration = assertInstanceOf(RemunerationClause.class, agreement.getClauses().get(9));
		assertEquals("kopinor.vederlag", remuneration.getFormula());
		assertEquals(6, agreement.getCategories().size());
	}

	@Test
	void savedAndReloadedAgreementIsUnchanged(@TempDir Path dir) throws Exception {
		Agreement agreement = Examples.agreement();
		Path file = dir.resolve("kopi.avtale");
		AgreementFiles.save(agreement, file);
		Agreement reloaded = AgreementFiles.load(file);
		assertEquals(agreement.getClauses().size(), reloaded.getClauses().size());
		assertEquals(agreement.getClauses().get(2).getText(), reloaded.getClauses().get(2).getText());
		assertEquals(new String(AgreementFiles.toBytes(agreement), StandardCharsets.UTF_8),
				new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
	}

	@Test
	void damagedFileIsReportedWithFileAndLine() {
		String damaged = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<avtale:Agreement xmlns:avtale=\"http://avtalebenk.no/model/avtale/1.0\"\n  title=\"x\">\n  <clauses number=\"1\"\n</avtale:Agreement>\n";
		InputStream in = new ByteArrayInputStream(damaged.getBytes(StandardCharsets.UTF_8));
		AgreementFileException e = assertThrows(AgreementFileException.class,
				() -> AgreementFiles.load(URI.createURI("skadet.avtale"), in));
		assertTrue(e.getMessage().startsWith("skadet.avtale:5:"), e.getMessage());
	}
}
