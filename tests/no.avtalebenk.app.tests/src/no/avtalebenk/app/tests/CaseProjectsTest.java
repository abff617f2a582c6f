package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.CASE_TIMEOUT;
import static no.avtalebenk.app.tests.Workbench.cell;
import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.makeCurrent;
import static no.avtalebenk.app.tests.Workbench.paymentsOf;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.ui.CaseBuilder;
import no.avtalebenk.cases.ui.CaseNature;
import no.avtalebenk.cases.ui.CaseProjects;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.cases.ui.ImportCaseWizard;
import no.avtalebenk.cases.ui.ImportCaseWizardPage;
import no.avtalebenk.cases.ui.NewCaseWizard;
import no.avtalebenk.cases.ui.NewCaseWizardPage;
import no.avtalebenk.charts.ui.PaymentsView;

/**
 * Cases are workspace projects with the case nature: the current case shows in the Project Explorer,
 * the problems of its files in the Problems view, and File › New › Case and File › Import › Existing
 * case folder make new ones.
 */
class CaseProjectsTest {

	private static final String RATE_2023 = "from 2023-01-01 = 222.78";
	private static final String FORMULAS = "kopinor.vederlag";

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
	void theCurrentCaseIsAProjectWithTheCaseNatureInTheProjectExplorer() throws Exception {
		paymentsOf(demoFolder());
		IProject project = projectOf(demoFolder());
		assertEquals(CurrentCase.DEMO_FOLDER, project.getName(), "named after its folder");
		// declared UTF-8, so the workspace does not warn of an implicit encoding in the Problems view
		assertEquals("UTF-8", project.getDefaultCharset(false));
		IWorkbenchPage page = window().getActivePage();
		assertNotNull(page.findView(IPageLayout.ID_PROJECT_EXPLORER), "the perspective shows the Project Explorer");
		assertNotNull(page.findView(IPageLayout.ID_PROBLEM_VIEW), "the perspective shows the Problems view");

		CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		Tree tree = explorer.getCommonViewer().getTree();
		waitUntil(() -> Arrays.stream(tree.getItems()).anyMatch(item -> project.equals(item.getData())
				&& CurrentCase.DEMO_FOLDER.equals(item.getText())),
				() -> "the Project Explorer shows the project " + project.getName() + " (it shows "
						+ Arrays.stream(tree.getItems()).map(TreeItem::getText).toList() + ")",
				CASE_TIMEOUT);
	}

	@Test
	void aBrokenFormulaFileIsMarkedAtItsLineInTheProblemsViewAndMendingItRemovesTheMarker() throws Exception {
		Path folder = temp.resolve("merket");
		Cases.create(folder);
		makeCurrent(folder);
		IProject project = projectOf(folder);
		assertEquals(List.of(), errors(project), "the template has no errors");
		Path formulas = folder.resolve(FORMULAS);
		List<String> lines = Files.readAllLines(formulas, StandardCharsets.UTF_8);
		// the template's grunnskole rate of 2023 is on line 24
		assertTrue(lines.get(23).contains(RATE_2023), lines.get(23));

		String template = Files.readString(formulas, StandardCharsets.UTF_8);
		replace(formulas, RATE_2023, "from 2023-01-01 = ");
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		waitUntil(() -> !errors(project).isEmpty(), "the builder marks the syntax error", CASE_TIMEOUT);
		List<IMarker> errors = errors(project);
		assertEquals(1, errors.size(), () -> "one syntax error: " + describe(errors));
		IMarker marker = errors.get(0);
		assertEquals(project.getFile(FORMULAS), marker.getResource());
		assertEquals(24, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(marker.isSubtypeOf(IMarker.PROBLEM), "shown in the Problems view");
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		assertFalse(message.isBlank());

		IWorkbenchPage page = window().getActivePage();
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		waitUntil(() -> problemsViewShows(message), "the Problems view lists " + message, CASE_TIMEOUT);

		// a double click in the Problems view opens the marker's file in its editor at the marker's line
		IEditorPart editor = IDE.openEditor(page, marker);
		Workbench.processEvents();
		assertEquals("no.avtalebenk.formula.ui.editor", editor.getSite().getId());
		assertTrue(page.isEditorAreaVisible(), "the editor is seen");
		ITextSelection selection = (ITextSelection) editor.getSite().getSelectionProvider().getSelection();
		assertEquals(23, selection.getStartLine(), "line 24, counted from 0");
		page.closeAllEditors(false);

		Files.writeString(formulas, template, StandardCharsets.UTF_8);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		waitUntil(() -> errors(project).isEmpty(), () -> "the marker goes: " + describe(errors(project)), CASE_TIMEOUT);
	}

	@Test
	void theNewCaseWizardMakesACaseProjectWithTheTemplatesPayments() throws Exception {
		Path folder = temp.resolve("fra-veiviseren");
		String name = "veiviser-" + System.nanoTime();
		NewCaseWizard wizard = new NewCaseWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(window().getShell(), wizard);
		dialog.create();
		try {
			NewCaseWizardPage page = (NewCaseWizardPage) wizard.getPage(NewCaseWizardPage.NAME);
			assertFalse(wizard.canFinish(), "a project needs a name");
			page.setProjectName(name);
			assertEquals(workspaceFolder().resolve(name), page.folder(), "by default in the workspace");
			page.setLocation(folder);
			assertTrue(wizard.canFinish(), page.getErrorMessage());
			assertTrue(wizard.performFinish(), page.getErrorMessage());
		} finally {
			dialog.close();
		}

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		assertTrue(project.isOpen());
		assertTrue(project.hasNature(CaseNature.ID));
		assertEquals(folder, project.getLocation().toFile().toPath());
		PaymentsView view = paymentsOf(folder);
		// the template's 2026 total: the category lines of kopinor.vederlag (2023 rates with the published KPI steps) on its national counts
		assertEquals("213 099 052,06 kr", cell(view, PaymentsView.TOTAL_ROW, 2026));
	}

	@Test
	void theNewCaseWizardRefusesAFolderWithFiles() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("mine-filer"));
		Files.writeString(folder.resolve("notat.txt"), "mitt");
		NewCaseWizard wizard = new NewCaseWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(window().getShell(), wizard);
		dialog.create();
		try {
			NewCaseWizardPage page = (NewCaseWizardPage) wizard.getPage(NewCaseWizardPage.NAME);
			page.setProjectName("mine-filer-" + System.nanoTime());
			page.setLocation(folder);
			assertFalse(wizard.canFinish());
			assertTrue(page.getErrorMessage().startsWith("Mappen " + folder + " er ikke tom"), page.getErrorMessage());
		} finally {
			dialog.close();
		}
	}

	@Test
	void importingAFolderThatIsNotACaseIsRefusedNamingTheFolder() throws Exception {
		paymentsOf(demoFolder());
		Path notACase = Files.createDirectories(temp.resolve("notater"));
		Files.writeString(notACase.resolve("møte.txt"), "referat");
		ImportCaseWizard wizard = new ImportCaseWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(window().getShell(), wizard);
		dialog.create();
		try {
			ImportCaseWizardPage page = (ImportCaseWizardPage) wizard.getPage(ImportCaseWizardPage.NAME);
			page.setFolder(notACase);
			assertTrue(wizard.canFinish(), "a folder, so it is tried");
			assertFalse(wizard.performFinish(), "refused");
			String message = page.getErrorMessage();
			assertNotNull(message);
			assertTrue(message.contains(notACase.toString()) && message.contains("is not a case"), message);
		} finally {
			dialog.close();
		}
		assertNull(CaseProjects.find(notACase), "no project");
		assertEquals(demoFolder(), CurrentCase.get().state().folder(), "the current case is unchanged");
	}

	@Test
	void importingACaseFolderMakesItAProjectAndTheCurrentCase() throws Exception {
		Path folder = temp.resolve("importert");
		Cases.create(folder);
		ImportCaseWizard wizard = new ImportCaseWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(window().getShell(), wizard);
		dialog.create();
		try {
			((ImportCaseWizardPage) wizard.getPage(ImportCaseWizardPage.NAME)).setFolder(folder);
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IProject project = CaseProjects.find(folder);
		assertNotNull(project);
		assertTrue(project.hasNature(CaseNature.ID));
		PaymentsView view = paymentsOf(folder);
		assertEquals("213 099 052,06 kr", cell(view, PaymentsView.TOTAL_ROW, 2026));
	}

	@Test
	void theFileMenuOffersNewCaseAndImport() {
		Workbench.processEvents();
		MenuItem[] items = window().getShell().getMenuBar().getItems();
		MenuItem file = Arrays.stream(items).filter(i -> i.getText().replace("&", "").equals("Fil")).findFirst()
				.orElseThrow(() -> new AssertionError(Arrays.toString(items)));
		assertEquals(0, Arrays.asList(items).indexOf(file), "first in the menu bar");
		Menu menu = file.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> labels = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", ""))
				.filter(t -> !t.isEmpty()).toList();
		assertTrue(labels.contains("Ny"), labels.toString());
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("Importer saksmappe")), labels.toString());
		menu.notifyListeners(SWT.Hide, new Event());
	}

	/** @return the project of a case folder, once it has the case nature */
	private static IProject projectOf(Path folder) throws InterruptedException {
		waitUntil(() -> {
			IProject project = CaseProjects.find(folder);
			return project != null && project.isOpen() && hasCaseNature(project)
					&& Job.getJobManager().find(CaseProjects.FAMILY).length == 0;
		}, "the case " + folder + " is a project with the case nature", CASE_TIMEOUT);
		return CaseProjects.find(folder);
	}

	private static boolean hasCaseNature(IProject project) {
		try {
			return project.hasNature(CaseNature.ID);
		} catch (CoreException e) {
			return false;
		}
	}

	private static List<IMarker> errors(IProject project) {
		try {
			return Arrays.stream(project.findMarkers(CaseBuilder.MARKER, true, IResource.DEPTH_INFINITE))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static String describe(List<IMarker> markers) {
		return markers.stream().map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
				+ m.getAttribute(IMarker.MESSAGE, "")).toList().toString();
	}

	/** @return true when a tree in the window (the Problems view's) has an item with that text, its groups opened */
	private static boolean problemsViewShows(String message) {
		return shows(window().getShell(), message);
	}

	private static boolean shows(Control control, String text) {
		if (control instanceof Tree tree && !tree.isDisposed()) {
			for (TreeItem group : tree.getItems()) {
				if (group.getText().equals(text)) {
					return true;
				}
				if (!group.getExpanded()) {
					Event expand = new Event();
					expand.item = group;
					tree.notifyListeners(SWT.Expand, expand);
					group.setExpanded(true);
				}
				for (TreeItem item : group.getItems()) {
					if (item.getText().equals(text)) {
						return true;
					}
				}
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				if (shows(child, text)) {
					return true;
				}
			}
		}
		return false;
	}

	private static Path workspaceFolder() {
		return ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath();
	}

	private static void replace(Path file, String from, String to) throws Exception {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(content.contains(from), file + " holds " + from);
		Files.writeString(file, content.replace(from, to), StandardCharsets.UTF_8);
	}
}
