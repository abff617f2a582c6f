package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.paymentsOf;
import static no.avtalebenk.app.tests.Workbench.processEvents;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.avtalebenk.app.help.HelpView;
import no.avtalebenk.app.help.Topics;
import no.avtalebenk.charts.ui.PaymentsView;

/** Hjelp › Hjelpeinnhold shows the three guides of the documentation bundle; F1 on the payments view shows its help. */
class HelpTest {

	private static final String NEGOTIATORS = "/no.avtalebenk.doc/html/forhandlere.html";

	@AfterEach
	void closeTheHelp() {
		IWorkbenchPage page = window().getActivePage();
		var help = page.findView(HelpView.ID);
		if (help != null) {
			page.hideView(help);
		}
	}

	@Test
	void theHelpSystemListsTheDocBundlesTocWithItsThreeGuides() {
		IToc toc = Arrays.stream(HelpSystem.getTocs()).filter(t -> t.getLabel().equals("Avtalebenk")).findFirst()
				.orElseThrow(() -> new AssertionError("no Avtalebenk table of contents among "
						+ Arrays.stream(HelpSystem.getTocs()).map(IToc::getLabel).toList()));
		ITopic[] guides = toc.getTopics();
		assertEquals(List.of("Veiledning for forhandlere: fra mal til tilbud",
				"Veiledning for meklere: fra partenes filer til notatet", "Veiledning for analytikere: formler og tillegg"),
				Arrays.stream(guides).map(ITopic::getLabel).toList());
		assertEquals(List.of(NEGOTIATORS, "/no.avtalebenk.doc/html/meklere.html",
				"/no.avtalebenk.doc/html/analytikere.html"), Arrays.stream(guides).map(ITopic::getHref).toList());
	}

	@Test
	void helpContentsOpensTheHelpViewOnTheNegotiatorsGuide() {
		PlatformUI.getWorkbench().getHelpSystem().displayHelp();
		processEvents();
		HelpView view = (HelpView) window().getActivePage().findView(HelpView.ID);
		assertNotNull(view, "the help view is open");
		assertEquals(NEGOTIATORS, view.getShownHref());
		String text = view.getShownText();
		assertTrue(text.startsWith("Veiledning for forhandlere: fra mal til tilbud\n\nEn sak er en mappe"), text);
		assertTrue(text.contains("./avtalebenk new mitt-tilbud"), text);
		assertTrue(text.contains("• CountChange setter en kategoris tall"), text);
	}

	@Test
	void aLinkInATopicLeadsToAnotherTopicOfTheSameBundle() {
		assertEquals("/no.avtalebenk.doc/html/forhandlere.html#scenario",
				Topics.resolve("/no.avtalebenk.doc/html/meklere.html", "forhandlere.html#scenario"));
		HelpView view = showHelp();
		view.showTopic("/no.avtalebenk.doc/html/meklere.html");
		assertTrue(view.getShownText().contains("./avtalebenk report --case megling --out briefing.pdf"));
	}

	@Test
	void f1OnThePaymentsViewShowsItsContextHelp() throws Exception {
		PaymentsView payments = paymentsOf(demoFolder());
		Control control = payments.getTable();
		while (control != null && !control.isListening(SWT.Help)) {
			control = control.getParent();
		}
		assertNotNull(control, "a control of the payments view answers F1");
		control.notifyListeners(SWT.Help, new Event());
		processEvents();
		HelpView view = (HelpView) window().getActivePage().findView(HelpView.ID);
		assertNotNull(view, "F1 opens the help view");
		String text = view.getShownText();
		assertTrue(text.startsWith("Vederlag per kategori og år\n\nVisningen «Vederlag per kategori og år» viser"), text);
		assertTrue(text.contains("• Endre en sats i kopinor.vederlag"), text);
	}

	private static HelpView showHelp() {
		try {
			return (HelpView) window().getActivePage().showView(HelpView.ID);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}
}
