package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.makeCurrent;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.app.AnalysisPerspective;
import no.avtalebenk.app.MediationPerspective;
import no.avtalebenk.app.NegotiationPerspective;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.charts.ui.ComparisonView;
import no.avtalebenk.charts.ui.ExplanationView;
import no.avtalebenk.charts.ui.MonteCarloView;
import no.avtalebenk.charts.ui.ProjectionsView;
import no.avtalebenk.report.ui.BriefingView;

/**
 * The Mekling perspective shows the current case's briefing beside the comparison and exports it as
 * HTML; the briefing follows the current case; the Analyse perspective gathers the explanation, the
 * Monte Carlo projection, the projection models and the problems; Forhandling stays the first.
 */
class PerspectivesTest {

	/** Building the briefing runs the goal seeks, the sensitivity and the Monte Carlo draws. */
	private static final Duration BRIEFING_TIMEOUT = Duration.ofMinutes(2);

	@TempDir
	Path temp;

	@AfterEach
	void backToTheNegotiation() throws Exception {
		IWorkbenchPage page = window().getActivePage();
		for (String id : List.of(MediationPerspective.ID, AnalysisPerspective.ID)) {
			IPerspectiveDescriptor perspective = perspective(id);
			if (Arrays.asList(page.getOpenPerspectives()).contains(perspective)) {
				page.closePerspective(perspective, false, false);
			}
		}
		page.setPerspective(perspective(NegotiationPerspective.ID));
		Workbench.makeTheDemoCurrentAgain();
	}

	@Test
	void theMediationPerspectiveShowsTheDemoCaseBriefingBesideTheComparison() throws Exception {
		IWorkbenchPage page = open(MediationPerspective.ID);
		assertEquals("Mekling", page.getPerspective().getLabel());
		assertNotNull(page.findView(ComparisonView.ID), "the comparison beside the briefing");
		BriefingView view = briefingOf(demoFolder());
		String shown = view.getShownText();
		assertTrue(shown.contains("Posisjonene side om side"), shown);
		// The template's 2026 total: the category lines of kopinor.vederlag (2023 rates with the published KPI steps) on its national counts.
		assertTrue(shown.contains("213 099 052,06"), shown);
		assertTrue(view.getNoteText().contains(BriefingView.PREVIEW_DRAWS + " Monte Carlo-trekk"), view.getNoteText());
		assertEquals("Meklingsnotat: " + CurrentCase.DEMO_FOLDER, view.getPartName());
		assertTrue(view.getExportPdfButton().isEnabled());
		assertTrue(view.getExportHtmlButton().isEnabled());
		Screenshot.take(window().getShell(), "mekling.png");
	}

	@Test
	void theBriefingIsExportedAsHtml() throws Exception {
		open(MediationPerspective.ID);
		BriefingView view = briefingOf(demoFolder());
		Path target = temp.resolve("notat.html");
		Files.writeString(target, "en eldre versjon");

		view.export(target);

		String html = Files.readString(target, StandardCharsets.UTF_8);
		assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, Math.min(80, html.length())));
		assertTrue(html.contains("meklers-forslag"), "the mediator's scenario");
		// the agreement states NOK 226 000 000 a year, the goal seek's target
		assertTrue(html.contains("226 000 000,00"), "the agreed amount");
		try (var files = Files.list(temp)) {
			assertEquals(List.of(target), files.toList(), "no temporary file is left beside it");
		}
	}

	@Test
	void theBriefingFollowsTheCurrentCase() throws Exception {
		open(MediationPerspective.ID);
		BriefingView view = briefingOf(demoFolder());
		Path folder = temp.resolve("egen-sak");
		Cases.create(folder);
		Path formulas = folder.resolve("kopinor.vederlag");
		String content = Files.readString(formulas, StandardCharsets.UTF_8);
		assertTrue(content.contains("from 2023-01-01 = 222.78"), "the template's 2023 rate of grunnskole");
		Files.writeString(formulas, content.replace("from 2023-01-01 = 222.78", "from 2023-01-01 = 230.00"),
				StandardCharsets.UTF_8);

		makeCurrent(folder);
		assertEquals(view, briefingOf(folder), "the same view follows the current case");
		String shown = view.getShownText();
		// the template's 213 099 052,06 + 589 453 × 7,71 (245,42 − 237,71 with the published KPI steps) (= 4 544 682,63) = 217 643 734,69
		assertTrue(shown.contains("217 643 734,69"), shown);
		assertFalse(shown.contains("213 099 052,06"), "the demo case's baseline is gone");
		assertEquals("Meklingsnotat: egen-sak", view.getPartName());
	}

	@Test
	void theAnalysisPerspectiveGathersTheAnalyses() throws Exception {
		IWorkbenchPage page = open(AnalysisPerspective.ID);
		assertEquals("Analyse", page.getPerspective().getLabel());
		for (String id : List.of(ExplanationView.ID, MonteCarloView.ID, ProjectionsView.ID,
				IPageLayout.ID_PROBLEM_VIEW)) {
			assertNotNull(page.findView(id), id + " in the Analyse perspective");
		}
	}

	@Test
	void everyPerspectiveIsInTheOpenPerspectiveMenuAndForhandlingComesFirst() throws Exception {
		assertEquals(NegotiationPerspective.ID,
				PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
		for (String id : List.of(NegotiationPerspective.ID, MediationPerspective.ID, AnalysisPerspective.ID)) {
			IWorkbenchPage page = open(id);
			assertEquals(List.of(NegotiationPerspective.ID, MediationPerspective.ID, AnalysisPerspective.ID),
					List.of(page.getPerspectiveShortcuts()), "Vindu › Åpne perspektiv in " + id);
			assertTrue(List.of(page.getShowViewShortcuts()).contains(BriefingView.ID), "Vindu › Vis visning in " + id);
		}
	}

	private static IWorkbenchPage open(String id) {
		IWorkbenchPage page = window().getActivePage();
		page.setPerspective(perspective(id));
		Workbench.processEvents();
		assertEquals(id, page.getPerspective().getId());
		return page;
	}

	private static IPerspectiveDescriptor perspective(String id) {
		IPerspectiveDescriptor perspective = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id);
		assertNotNull(perspective, id + " is registered");
		return perspective;
	}

	/** @return the briefing view, shown, once it shows the briefing of the case in the folder */
	private static BriefingView briefingOf(Path folder) throws Exception {
		Path expected = folder.toAbsolutePath().normalize();
		BriefingView view = (BriefingView) window().getActivePage().showView(BriefingView.ID);
		waitUntil(() -> view.getCase() != null && view.getCase().folder().equals(expected),
				() -> "the briefing view shows the case " + expected + " (it shows: " + view.getShownText() + ")",
				BRIEFING_TIMEOUT);
		return view;
	}
}
