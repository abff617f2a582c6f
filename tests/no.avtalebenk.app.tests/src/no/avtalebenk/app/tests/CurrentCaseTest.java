package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.CASE_TIMEOUT;
import static no.avtalebenk.app.tests.Workbench.cell;
import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.makeCurrent;
import static no.avtalebenk.app.tests.Workbench.paymentsOf;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.app.OpenFormulasHandler;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.ui.CaseMessages;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.charts.ui.PaymentsView;

/**
 * The workbench works on the user's own case: a case made current shows its own payments, a folder that
 * cannot be opened leaves the current case as it was, and a formula file saved in the editor changes the
 * payments shown.
 */
class CurrentCaseTest {

	private static final String RATE_2023 = "from 2023-01-01 = 222.78";
	private static final String CHANGED_RATE_2023 = "from 2023-01-01 = 230.00";

	@TempDir
	Path temp;

	@AfterEach
	void makeTheDemoCurrentAgain() throws Exception {
		IWorkbenchPage page = window().getActivePage();
		page.closeAllEditors(false);
		page.setEditorAreaVisible(false);
		Workbench.makeTheDemoCurrentAgain();
	}

	@Test
	void aCaseWithItsOwnRateShowsItsOwnPayments() throws Exception {
		Path folder = temp.resolve("egen-sak");
		Cases.create(folder);
		replace(folder.resolve("kopinor.vederlag"), RATE_2023, CHANGED_RATE_2023);

		PaymentsView view = makeCurrent(folder);
		// NOK 230,00 from 2023 with the published KPI steps (× 1,040 → 239,20, × 1,026 → 245,42) × 589 453 pupils
		// = NOK 144 663 555,26
		assertEquals("144 663 555,26 kr", cell(view, PaymentsViewTest.GRUNNSKOLE, 2026));
		// the template's 213 099 052,06 + 589 453 × 7,71 (245,42 − 237,71 with the published KPI steps) (= 4 544 682,63) = 217 643 734,69
		assertEquals("217 643 734,69 kr", cell(view, PaymentsView.TOTAL_ROW, 2026));
		assertEquals("Vederlag: egen-sak", view.getPartName());
		assertTrue(view.getHeadingText().startsWith("Sak: egen-sak ("), view.getHeadingText());
		assertEquals(folder.toAbsolutePath().normalize().toString(),
				InstanceScope.INSTANCE.getNode(CurrentCase.PREFERENCES).get(CurrentCase.FOLDER_KEY, null),
				"remembered for the next start");
		assertTrue(window().getShell().getText().endsWith("egen-sak"), window().getShell().getText());
	}

	@Test
	void aFolderThatIsNotACaseLeavesTheCurrentCaseUnchanged() throws Exception {
		PaymentsView view = paymentsOf(demoFolder());
		Path notACase = Files.createDirectories(temp.resolve("notater"));
		Files.writeString(notACase.resolve("møte.txt"), "referat");

		CaseException refused = refusedOpening(notACase);
		assertEquals(CaseException.Kind.REQUEST, refused.kind());
		assertTrue(refused.getMessage().contains("is not a case"), refused.getMessage());
		assertOpen(demoFolder());
		Workbench.processEvents();
		assertEquals(demoFolder(), view.getCase().folder());
		assertEquals("213 099 052,06 kr", cell(view, PaymentsView.TOTAL_ROW, 2026));
	}

	@Test
	void aCaseWithAnErrorIsRefusedWithItsPlace() throws Exception {
		paymentsOf(demoFolder());
		Path broken = temp.resolve("feil");
		Cases.create(broken);
		replace(broken.resolve("kopinor.vederlag"), RATE_2023, "from 2023-01-01 = ");

		CaseException refused = refusedOpening(broken);
		assertEquals(CaseException.Kind.INPUT, refused.kind());
		// the rate line of the template's formula file is line 24
		assertTrue(CaseMessages.describe(refused).contains("kopinor.vederlag:24:"), CaseMessages.describe(refused));
		assertOpen(demoFolder());
	}

	@Test
	void savingTheFormulaFileInTheEditorChangesThePaymentsShown() throws Exception {
		Path folder = temp.resolve("redigert");
		Cases.create(folder);
		makeCurrent(folder);

		window().getService(IHandlerService.class).executeCommand(OpenFormulasHandler.COMMAND, null);
		Workbench.processEvents();
		IEditorPart editor = window().getActivePage().getActiveEditor();
		ITextEditor text = editor.getAdapter(ITextEditor.class);
		assertNotNull(text, "the formula editor is a text editor");
		IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
		int at = document.get().indexOf(RATE_2023);
		assertTrue(at >= 0, "the template's 2023 rate of grunnskole");
		document.replace(at, RATE_2023.length(), CHANGED_RATE_2023);
		text.doSave(new NullProgressMonitor());
		assertTrue(Files.readString(folder.resolve("kopinor.vederlag")).contains(CHANGED_RATE_2023), "saved");

		PaymentsView view = paymentsOf(folder);
		// NOK 230,00 from 2023, indexed to 245,42, × 589 453 pupils = NOK 144 663 555,26
		waitUntil(() -> view.getResult() != null && "144 663 555,26 kr".equals(cell(view, PaymentsViewTest.GRUNNSKOLE, 2026)),
				() -> "the payments view shows the saved rate (it shows "
						+ (view.getResult() != null ? cell(view, PaymentsViewTest.GRUNNSKOLE, 2026) : view.getMessageText()) + ")",
				CASE_TIMEOUT);
		assertEquals("217 643 734,69 kr", cell(view, PaymentsView.TOTAL_ROW, 2026));
	}

	private static void assertOpen(Path folder) {
		CurrentCase.State state = CurrentCase.get().state();
		assertEquals(folder, state.folder(), "the current case is unchanged");
		assertTrue(state instanceof CurrentCase.Open, state.toString());
	}

	private static CaseException refusedOpening(Path folder) throws InterruptedException {
		AtomicReference<CaseException> refused = new AtomicReference<>();
		Job job = CurrentCase.get().open(folder, refused::set);
		waitUntil(() -> job.getState() == Job.NONE, "the folder has been tried", CASE_TIMEOUT);
		assertNotNull(refused.get(), "refused");
		return refused.get();
	}

	private static void replace(Path file, String from, String to) throws Exception {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(content.contains(from), file + " holds " + from);
		Files.writeString(file, content.replace(from, to), StandardCharsets.UTF_8);
	}
}
