package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.CASE_TIMEOUT;
import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.makeCurrent;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.app.MediationPerspective;
import no.avtalebenk.app.NegotiationPerspective;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.charts.ui.register.RegisterView;

/**
 * The agreement register of the current case as a timeline in the Mekling perspective: one bar per
 * registered agreement of the agreement file, saved as an image, and another case's register when
 * another case is made current.
 */
class RegisterViewTest {

	/** The template's register: eleven agreements (avtale.avtale, the {@code <register>} lines). */
	private static final int TEMPLATE_REGISTER = 11;

	@TempDir
	Path temp;

	@AfterEach
	void backToTheNegotiation() throws Exception {
		IWorkbenchPage page = window().getActivePage();
		IPerspectiveDescriptor mediation = perspective(MediationPerspective.ID);
		if (Arrays.asList(page.getOpenPerspectives()).contains(mediation)) {
			page.closePerspective(mediation, false, false);
		}
		page.setPerspective(perspective(NegotiationPerspective.ID));
		Workbench.makeTheDemoCurrentAgain();
	}

	@Test
	void theMeklingPerspectiveShowsABarPerRegisteredAgreement() throws Exception {
		IWorkbenchPage page = window().getActivePage();
		page.setPerspective(perspective(MediationPerspective.ID));
		assertTrue(Arrays.stream(page.getViewReferences()).anyMatch(r -> r.getId().equals(RegisterView.ID)),
				"the register in Mekling");
		RegisterView view = registerOf(demoFolder());
		IntervalCategoryDataset bars = (IntervalCategoryDataset) view.getChart().getCategoryPlot().getDataset();
		assertEquals(TEMPLATE_REGISTER, bars.getColumnCount());
		assertEquals("Avtale om mottak og bosetting av flyktninger 2026–2029", bars.getColumnKey(8));
		assertEquals(TEMPLATE_REGISTER, view.getTable().getItemCount());
		assertEquals("AID og KS", view.getTable().getItem(3).getText(1));
		assertEquals("2026-12-31", view.getTable().getItem(3).getText(4));
		assertEquals("Avtaleregisteret: hva utløper når", view.getChart().getTitle().getText());
		assertTrue(view.getStatusText().startsWith(TEMPLATE_REGISTER + " avtaler i registeret:"), view.getStatusText());
		assertEquals("Avtaleregister: " + demoFolder().getFileName(), view.getPartName());
		// the picture for the documentation: the view maximized, as a user reads the timeline
		page.toggleZoom(page.getReference(view));
		Shell shell = window().getShell();
		shell.redraw(0, 0, shell.getSize().x, shell.getSize().y, true);
		shell.update();
		Screenshot.take(shell, "register.png");
		page.toggleZoom(page.getReference(view));
	}

	@Test
	void theTimelineIsSavedAsAnImage() throws Exception {
		RegisterView view = (RegisterView) window().getActivePage().showView(RegisterView.ID);
		registerOf(demoFolder());
		assertTrue(view.getSaveButton().isEnabled());
		Path png = temp.resolve("register.png");
		view.saveChart(png);
		BufferedImage image = ImageIO.read(png.toFile());
		// the default size of saved charts (Vindu › Innstillinger › Avtalebenk)
		assertEquals(1000, image.getWidth());
		assertEquals(600, image.getHeight());
		Path svg = temp.resolve("register.svg");
		view.saveChart(svg);
		assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("NAV-kontorene"), "the bars' names in the SVG");
	}

	@Test
	void anotherCaseShowsItsOwnRegister() throws Exception {
		RegisterView view = registerOf(demoFolder());
		Path folder = temp.resolve("egen-sak");
		Cases.create(folder);
		Path agreement = folder.resolve("avtale.avtale");
		String content = Files.readString(agreement, StandardCharsets.UTF_8);
		int first = content.indexOf("  <register ");
		int second = content.indexOf("  <register ", first + 1);
		assertTrue(first > 0 && second > first, "the template has a register");
		// the case keeps all but the first registered agreement
		Files.writeString(agreement, content.substring(0, first) + content.substring(second), StandardCharsets.UTF_8);
		makeCurrent(folder);
		assertEquals(view, registerOf(folder), "the same view follows the current case");
		assertEquals(TEMPLATE_REGISTER - 1, view.getTimeline().bars().size());
		assertEquals(TEMPLATE_REGISTER - 1,
				view.getChart().getCategoryPlot().getDataset().getColumnCount());
	}

	/** @return the register view, shown, once it shows the case's register */
	static RegisterView registerOf(Path folder) throws Exception {
		Path expected = folder.toAbsolutePath().normalize();
		RegisterView view = (RegisterView) window().getActivePage().showView(RegisterView.ID);
		waitUntil(() -> view.getCase() != null && view.getCase().folder().equals(expected),
				() -> "the register view shows the case " + expected + " (it shows: "
						+ (view.getMessageText() != null ? view.getMessageText() : view.getHeadingText()) + ")",
				CASE_TIMEOUT);
		return view;
	}

	private static IPerspectiveDescriptor perspective(String id) {
		return PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id);
	}
}
