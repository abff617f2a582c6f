package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.CASE_TIMEOUT;
import static no.avtalebenk.app.tests.Workbench.cell;
import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.paymentsOf;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.app.NewCaseHandler;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.charts.ui.PaymentsView;

/** A new case is created from the template in an empty or new folder and made current; a folder with files is refused. */
class NewCaseTest {

	@TempDir
	Path temp;

	@AfterEach
	void makeTheDemoCurrentAgain() throws Exception {
		Workbench.makeTheDemoCurrentAgain();
	}

	@Test
	void aNewCaseInANewFolderBecomesCurrentWithTheTemplatesPayments() throws Exception {
		Path folder = temp.resolve("ny-sak");
		AtomicReference<CaseException> refused = new AtomicReference<>();
		Job job = CurrentCase.get().create(folder, refused::set);
		waitUntil(() -> job.getState() == Job.NONE, "the case is created", CASE_TIMEOUT);
		assertNull(refused.get());
		PaymentsView view = paymentsOf(folder);
		assertTrue(Files.isRegularFile(folder.resolve("kopinor.vederlag")));
		// the template's 2026 total: the category lines of kopinor.vederlag (2023 rates with the published KPI steps) on its national counts
		assertEquals("213 099 052,06 kr", cell(view, PaymentsView.TOTAL_ROW, 2026));
	}

	@Test
	void aFolderWithFilesIsRefusedAndLeftAsItWas() throws Exception {
		paymentsOf(demoFolder());
		Path folder = Files.createDirectories(temp.resolve("mine-filer"));
		Files.writeString(folder.resolve("notat.txt"), "mitt");

		// Ny sak… refuses it before anything is written, in the user's words
		assertTrue(NewCaseHandler.refusal(folder).startsWith("Mappen " + folder + " er ikke tom."),
				NewCaseHandler.refusal(folder));
		assertNull(NewCaseHandler.refusal(temp.resolve("ny")), "a new folder is fine");
		// and so does the current case, should the folder fill up after it was chosen
		AtomicReference<CaseException> refused = new AtomicReference<>();
		Job job = CurrentCase.get().create(folder, refused::set);
		waitUntil(() -> job.getState() == Job.NONE, "the folder has been tried", CASE_TIMEOUT);
		assertNotNull(refused.get(), "refused");
		assertTrue(refused.get().getMessage().contains("is not empty"), refused.get().getMessage());
		try (var files = Files.list(folder)) {
			assertEquals(List.of(folder.resolve("notat.txt")), files.toList());
		}
		assertEquals("mitt", Files.readString(folder.resolve("notat.txt")));
		assertEquals(demoFolder(), CurrentCase.get().state().folder(), "the current case is unchanged");
	}
}
