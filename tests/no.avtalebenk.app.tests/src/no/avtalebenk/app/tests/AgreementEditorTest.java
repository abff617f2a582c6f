package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.CASE_TIMEOUT;
import static no.avtalebenk.app.tests.Workbench.makeCurrent;
import static no.avtalebenk.app.tests.Workbench.press;
import static no.avtalebenk.app.tests.Workbench.processEvents;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.ui.CaseProjects;
import no.avtalebenk.cases.whatif.WhatIfResult;
import no.avtalebenk.charts.ui.whatif.WhatIfPanel;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtalePackage;
import no.avtalebenk.model.avtale.CountChange;
import no.avtalebenk.model.avtale.OpenQuestion;
import no.avtalebenk.model.avtale.CountYearChange;
import no.avtalebenk.model.avtale.CountYearRule;
import no.avtalebenk.model.avtale.RateChange;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.ScenarioChange;
import no.avtalebenk.model.avtale.YearRuleKind;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.model.ui.AgreementEditor;
import no.avtalebenk.model.ui.AgreementPage;
import no.avtalebenk.model.ui.ScenarioPage;
import no.avtalebenk.model.ui.edit.ModelTexts;

/**
 * The agreement editor as a negotiator uses it on a case made from the KS–Kopinor template: opened from
 * the case's project, a scenario changed in the table of the Scenarier page with the what-if figures
 * following at once (without saving), undone and redone, saved and found again in the file; an element
 * changed in the form of the Avtale page marks the editor dirty and shows in the Properties view; a
 * problem of the agreement opens the editor at its element; a damaged file opens as a page naming the
 * place of the error.
 * <p>
 * The expected totals are worked out by hand from the template: counts 2026 (national) grunnskole
 * 589 453, kulturskole (both lines) 60 229, videregående 186 681, fagskole 31 400, administrative
 * årsverk 302 775; Kopinor's 2023 rates indexed by the published KPI steps (+4.0 % for 2024, +2.6 % for
 * 2025, each to whole øre; 2026 at the assumed factor 1.000): grunnskole 237.71, musikklinjer 77.06,
 * andre linjer 1.22, videregående 226.51, fagskole 203.85, administrasjon 194.00; each line rounded to
 * øre. The scenario "halv-administrasjonsandel" bills half the administrative årsverk:
 * 194.00 × 151 387.5 = 29 369 175.00; with the other lines (140 118 872.63 + 4 641 246.74 + 73 479.38
 * + 42 285 113.31 + 6 400 890.00) its 2026 total is 222 888 777.06.
 */
class AgreementEditorTest {

	private static final String SCENARIO = "halv-administrasjonsandel";
	private static final BigDecimal HALF_SHARE_2026 = new BigDecimal("222888777.06");
	/** 600 000 pupils instead of 589 453: 10 547 × 237.71 = 2 507 127.37 more. */
	private static final BigDecimal WITH_COUNT_2026 = new BigDecimal("225395904.43");
	/**
	 * Grunnskole at 230.00 from 2023 (× 1.040 → 239.20, × 1.026 → 245.42): 600 000 × 245.42 = 147 252 000.00
	 * instead of 600 000 × 237.71 = 142 626 000.00.
	 */
	private static final BigDecimal WITH_RATE_2026 = new BigDecimal("230021904.43");
	/** The baseline "grunnlag" the scenario rests on: the template's 2026 total. */
	private static final BigDecimal BASELINE_2026 = new BigDecimal("213099052.06");

	@TempDir
	Path temp;

	@AfterEach
	void closeEditorsAndMakeTheDemoCurrentAgain() throws Exception {
		IWorkbenchPage page = window().getActivePage();
		page.closeAllEditors(false);
		page.setEditorAreaVisible(false);
		var properties = page.findView(IPageLayout.ID_PROP_SHEET);
		if (properties != null) {
			page.hideView(properties);
		}
		Workbench.makeTheDemoCurrentAgain();
	}

	@Test
	void aCountAndARateChangedInTheScenarioTableMoveTheWhatIfTotalAndAreSaved() throws Exception {
		Path folder = temp.resolve("tilbud");
		Cases.create(folder);
		AgreementEditor editor = open(folder);
		IWorkbenchPage page = window().getActivePage();
		editor.showPage(1);
		ScenarioPage scenarios = editor.getScenarioPage();
		Scenario half = scenario(editor.getModel(), SCENARIO);
		choose(scenarios, half);
		assertSame(half, scenarios.getScenario());
		IStructuredSelection published = (IStructuredSelection) window().getSelectionService().getSelection();
		assertSame(half, published.getFirstElement(), "the selection service sees the scenario chosen");
		WhatIfPanel whatIf = scenarios.getWhatIf().getPanel();
		waitForTotal(whatIf, HALF_SHARE_2026);
		assertEquals(BASELINE_2026, whatIf.getResult().year(2026).base(), "against the baseline it rests on");
		assertEquals("22288877706", digits(whatIf.getText(2026, WhatIfPanel.Column.SCENARIO)));

		// a new count change starts at the file's count, so the total stays; then 600 000 pupils in 2026
		press(scenarios.getAddButton(AvtalePackage.Literals.COUNT_CHANGE));
		CountChange count = (CountChange) last(half);
		assertEquals("grunnskole", count.getCategory().getId());
		assertEquals(2026, count.getYear());
		assertEquals(new BigDecimal("589453"), count.getValue());
		editCell(scenarios.getChangesViewer(), count, ScenarioPage.VALUE_COLUMN, "600 000");
		assertEquals(new BigDecimal("600000"), count.getValue());
		assertTrue(editor.isDirty());
		waitForTotal(whatIf, WITH_COUNT_2026);

		// a new rate change starts at the formula file's first rate as it stands; then 230,00
		press(scenarios.getAddButton(AvtalePackage.Literals.RATE_CHANGE));
		RateChange rate = (RateChange) last(half);
		assertEquals("grunnskoleSats", rate.getRate());
		assertEquals("2023-01-01", rate.getValidFrom());
		editCell(scenarios.getChangesViewer(), rate, ScenarioPage.VALUE_COLUMN, "230,00");
		assertEquals(new BigDecimal("230.00"), rate.getValue());
		waitForTotal(whatIf, WITH_RATE_2026);
		assertEquals(WITH_RATE_2026.subtract(BASELINE_2026), whatIf.getResult().year(2026).difference());
		assertEquals(List.of(ModelTexts.type(AvtalePackage.Literals.RATE_CHANGE), "grunnskoleSats", "", "2023-01-01", "230.00"),
				row(scenarios.getChangesViewer(), 2).subList(0, 5));
		// the picture for the documentation: the editor maximized, as a double click on its tab does
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshot.take(window().getShell(), "editor-scenarios.png");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);

		// Edit › Undo takes the rate back, Edit › Redo brings it again
		page.activate(editor);
		execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(new BigDecimal("222.78"), rate.getValue());
		waitForTotal(whatIf, WITH_COUNT_2026);
		execute(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals(new BigDecimal("230.00"), rate.getValue());
		waitForTotal(whatIf, WITH_RATE_2026);

		// nothing is written before File › Save
		assertFalse(Files.readString(folder.resolve("avtale.avtale"), StandardCharsets.UTF_8).contains("grunnskoleSats"));
		execute(IWorkbenchCommandConstants.FILE_SAVE);
		assertFalse(editor.isDirty());
		page.closeEditor(editor, false);
		processEvents();

		String saved = Files.readString(folder.resolve("avtale.avtale"), StandardCharsets.UTF_8);
		assertTrue(saved.contains("rate=\"grunnskoleSats\" validFrom=\"2023-01-01\" value=\"230.00\""), saved);
		assertTrue(Files.exists(folder.resolve("avtale.avtale.bak")), "the previous version is kept");
		Case reopened = Cases.open(folder);
		assertEquals(WITH_RATE_2026, reopened.project(reopened.projection(null), reopened.scenario(SCENARIO)).total(2026));

		AgreementEditor again = open(folder);
		Scenario halfAgain = scenario(again.getModel(), SCENARIO);
		assertEquals(3, halfAgain.getChanges().size(), "the share, the count and the rate");
		assertEquals(new BigDecimal("600000"), ((CountChange) halfAgain.getChanges().get(1)).getValue());
		assertFalse(again.isDirty());
	}

	/**
	 * The case's grunnskole count for 2027 is 600 000 (2026: 589 453), so the scenario's 2027 total is
	 * 222 888 777.06 + 10 547 × 237.71 = 225 395 904.43; a count year change of the Scenarier page starts
	 * at the period's first year, 2026, for every year, which brings 2027 back to 222 888 777.06. The
	 * category's year rule is edited in the form of the Avtale page and shown in the Properties view.
	 */
	@Test
	void aCountYearChangeChoosesTheDataYearAndTheCategorysRuleShowsInTheProperties() throws Exception {
		Path folder = temp.resolve("tallar");
		Cases.create(folder);
		Path file = folder.resolve("avtale.avtale");
		Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(
				"<counts unit=\"NO\" category=\"grunnskole\" year=\"2027\" value=\"589453\">",
				"<counts unit=\"NO\" category=\"grunnskole\" year=\"2027\" value=\"600000\">"), StandardCharsets.UTF_8);
		AgreementEditor editor = open(folder);
		IWorkbenchPage page = window().getActivePage();
		editor.showPage(1);
		ScenarioPage scenarios = editor.getScenarioPage();
		Scenario half = scenario(editor.getModel(), SCENARIO);
		choose(scenarios, half);
		WhatIfPanel whatIf = scenarios.getWhatIf().getPanel();
		waitForTotal(whatIf, HALF_SHARE_2026);
		waitForTotal2027(whatIf, new BigDecimal("225395904.43"));

		press(scenarios.getAddButton(AvtalePackage.Literals.COUNT_YEAR_CHANGE));
		CountYearChange change = (CountYearChange) last(half);
		assertEquals("grunnskole", change.getCategory().getId());
		assertEquals(YearRuleKind.FIXED_YEAR, change.getKind());
		assertEquals(2026, change.getDataYear());
		waitForTotal2027(whatIf, HALF_SHARE_2026);
		assertEquals(List.of(ModelTexts.type(AvtalePackage.Literals.COUNT_YEAR_CHANGE), "2026"),
				List.of(row(scenarios.getChangesViewer(), 1).get(0), row(scenarios.getChangesViewer(), 1).get(3)));

		// the category's year rule is an element of its own below the category: its form edits it, the
		// Properties view shows it
		editor.showPage(0);
		AgreementPage agreement = editor.getAgreementPage();
		CountYearRule rule = editor.getModel().getCategories().get(0).getYearRule();
		assertEquals(YearRuleKind.LATEST_AVAILABLE, rule.getKind());
		agreement.getTreeViewer().setSelection(new StructuredSelection(rule), true);
		processEvents();
		assertSame(rule, agreement.getForm().getElement());
		Text words = (Text) agreement.getForm().getField(AvtalePackage.Literals.COUNT_YEAR_RULE__TEXT);
		words.setText("Elevtallene hentes fra sist tilgjengelige tall i GSI");
		words.notifyListeners(SWT.FocusOut, new Event());
		assertEquals("Elevtallene hentes fra sist tilgjengelige tall i GSI", rule.getText());
		assertTrue(editor.isDirty());
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(editor);
		processEvents();
		String kind = ModelTexts.feature(AvtalePackage.Literals.COUNT_YEAR_RULE__KIND);
		waitUntil(() -> Labels.literal(YearRuleKind.LATEST_AVAILABLE, ModelTexts.locale()).equals(propertyValue(properties, kind)),
				() -> "the Properties view shows the rule's kind (it shows " + propertyValue(properties, kind) + ")",
				CASE_TIMEOUT);
	}

	@Test
	void aFormEditMarksTheEditorDirtyAndThePropertiesViewShowsTheElement() throws Exception {
		Path folder = temp.resolve("skjema");
		Cases.create(folder);
		AgreementEditor editor = open(folder);
		IWorkbenchPage page = window().getActivePage();
		editor.showPage(0);
		AgreementPage agreement = editor.getAgreementPage();
		Scenario mediator = scenario(editor.getModel(), "meklers-forslag");
		agreement.getTreeViewer().setSelection(new StructuredSelection(mediator), true);
		processEvents();
		assertSame(mediator, agreement.getForm().getElement());
		assertSame(mediator, ((IStructuredSelection) window().getSelectionService().getSelection()).getFirstElement());

		String before = mediator.getDescription();
		Text description = (Text) agreement.getForm().getField(AvtalePackage.Literals.SCENARIO__DESCRIPTION);
		assertEquals(before, description.getText());
		description.setText("Meklers forslag i runde 2: 13 % fra 2026");
		description.notifyListeners(SWT.FocusOut, new Event());
		assertEquals("Meklers forslag i runde 2: 13 % fra 2026", mediator.getDescription());
		assertTrue(editor.isDirty(), "a form edit makes the editor dirty");

		// an invalid number is refused with a message and changes nothing
		Text round = (Text) agreement.getForm().getField(AvtalePackage.Literals.SCENARIO__ROUND);
		round.setText("to");
		round.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(2, mediator.getRound());
		assertNotNull(agreement.getForm().getMessage(), "the form says why");

		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(editor);
		processEvents();
		String label = ModelTexts.feature(AvtalePackage.Literals.SCENARIO__DESCRIPTION);
		waitUntil(() -> propertyValue(properties, label) != null
				&& propertyValue(properties, label).equals(mediator.getDescription()),
				() -> "the Properties view shows the scenario's description (it shows " + propertyValue(properties, label) + ")",
				CASE_TIMEOUT);
		assertEquals("meklers-forslag", propertyValue(properties, ModelTexts.feature(AvtalePackage.Literals.SCENARIO__NAME)));
		Screenshot.take(window().getShell(), "editor-agreement.png");

		page.activate(editor);
		execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(before, mediator.getDescription());
		assertEquals(before, description.getText(), "the form follows the undo");
		assertFalse(editor.isDirty(), "back at the save point");

		// File › Revert reads the file again and forgets the edit
		description.setText("Ikke lagret");
		description.notifyListeners(SWT.FocusOut, new Event());
		assertTrue(editor.isDirty());
		execute(IWorkbenchCommandConstants.FILE_REVERT);
		assertFalse(editor.isDirty(), "reverted");
		assertEquals(before, scenario(editor.getModel(), "meklers-forslag").getDescription());
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "nothing left to undo");
	}

	@Test
	void theOpenQuestionsOfTheProtocolAreShownAndEditedInTheTree() throws Exception {
		Path folder = temp.resolve("spørsmål");
		Cases.create(folder);
		AgreementEditor editor = open(folder);
		editor.showPage(0);
		AgreementPage agreement = editor.getAgreementPage();
		OpenQuestion output = editor.getModel().getAgreements().get(0).getOpenQuestions().get(0);
		agreement.getTreeViewer().setSelection(new StructuredSelection(output), true);
		processEvents();
		assertSame(output, agreement.getForm().getElement(), "the tree holds the open question under its agreement");
		// the tree names it by its point and its question (protocol point 3, second paragraph)
		String text = ((ILabelProvider) agreement.getTreeViewer().getLabelProvider()).getText(output);
		assertTrue(text.startsWith("punkt 3, andre avsnitt: Skal utdata generert med KI-verktøy"), text);
		// its kind and fields read as people say them, in bokmål or English (-nl en)
		assertTrue(List.of("Åpent spørsmål", "Open question").contains(ModelTexts.type(AvtalePackage.Literals.OPEN_QUESTION)));
		assertTrue(List.of("Status og partenes syn", "Status and the parties' views")
				.contains(ModelTexts.feature(AvtalePackage.Literals.OPEN_QUESTION__STATUS)));
		assertTrue(List.of("Åpne spørsmål", "Open questions")
				.contains(ModelTexts.feature(AvtalePackage.Literals.AGREEMENT__OPEN_QUESTIONS)));
		Text clause = (Text) agreement.getForm().getField(AvtalePackage.Literals.OPEN_QUESTION__CLAUSE);
		assertEquals("punkt 3, andre avsnitt", clause.getText());
		clause.setText("punkt 3, annet avsnitt");
		clause.notifyListeners(SWT.FocusOut, new Event());
		assertEquals("punkt 3, annet avsnitt", output.getClause());
		assertTrue(editor.isDirty(), "an edit of an open question makes the editor dirty");
		execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals("punkt 3, andre avsnitt", output.getClause());
	}

	@Test
	void aProblemOfTheAgreementOpensTheEditorAtItsElement() throws Exception {
		Path folder = temp.resolve("feil");
		Cases.create(folder);
		AgreementEditor editor = open(folder);
		IWorkbenchPage page = window().getActivePage();
		editor.showPage(0);
		AgreementPage agreement = editor.getAgreementPage();
		var kopinor = editor.getModel().getAgreements().get(0);
		agreement.getTreeViewer().setSelection(new StructuredSelection(kopinor), true);
		processEvents();
		// the period ends before it starts: the case's builder marks the agreement element on save
		Text end = (Text) agreement.getForm().getField(AvtalePackage.Literals.AGREEMENT__PERIOD_END);
		end.setText("2025-12-31");
		end.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals("2025-12-31", kopinor.getPeriodEnd());
		execute(IWorkbenchCommandConstants.FILE_SAVE);
		page.closeEditor(editor, false);
		IFile file = CaseProjects.find(folder).getFile("avtale.avtale");
		String path = "/agreements[ks-kopinor-2026-2027]";
		waitUntil(() -> marker(file, path) != null, "the builder marks " + path, CASE_TIMEOUT);

		// a double click in the Problems view opens the file in the agreement editor at the element
		IEditorPart part = IDE.openEditor(page, marker(file, path));
		processEvents();
		AgreementEditor opened = assertInstanceOf(AgreementEditor.class, part);
		assertSame(opened.getModel().getAgreements().get(0), opened.getAgreementPage().getForm().getElement());
		assertEquals("2025-12-31", ((Text) opened.getAgreementPage().getForm()
				.getField(AvtalePackage.Literals.AGREEMENT__PERIOD_END)).getText());
	}

	private static IMarker marker(IFile file, String location) {
		try {
			for (IMarker marker : file.findMarkers(IMarker.PROBLEM, true, 0)) {
				if (location.equals(marker.getAttribute(IMarker.LOCATION, ""))) {
					return marker;
				}
			}
		} catch (org.eclipse.core.runtime.CoreException e) {
			return null;
		}
		return null;
	}

	@Test
	void aDamagedFileOpensAsAPageNamingThePlace() throws Exception {
		Path folder = temp.resolve("skadet");
		Files.createDirectories(folder);
		Path file = folder.resolve("avtale.avtale");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<avtale:AgreementModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:avtale="http://avtalebenk.no/model/avtale/1.0">
				  <agreements id="a" title="A" periodStart="2026-01-01" periodEnd="2027-12-31">
				</avtale:AgreementModel>
				""", StandardCharsets.UTF_8);
		IEditorPart part = IDE.openEditorOnFileStore(window().getActivePage(), EFS.getLocalFileSystem().getStore(file.toUri()));
		processEvents();
		AgreementEditor editor = assertInstanceOf(AgreementEditor.class, part);
		assertNull(editor.getModel());
		String error = editor.getLoadError();
		assertTrue(error.matches("(?s)\\Q" + file + "\\E:4:\\d+: .*"), error);
		assertTrue(texts(window().getShell()).contains(error), "the page shows the error with its place");
		assertFalse(editor.isDirty());
	}

	/** Opens the case's agreement file as a double click in the Project Explorer does. */
	private static AgreementEditor open(Path folder) throws Exception {
		makeCurrent(folder);
		waitUntil(() -> {
			IProject project = CaseProjects.find(folder);
			return project != null && project.isOpen() && project.getFile("avtale.avtale").exists()
					&& Job.getJobManager().find(CaseProjects.FAMILY).length == 0;
		}, "the case " + folder + " is a project", CASE_TIMEOUT);
		IFile file = CaseProjects.find(folder).getFile("avtale.avtale");
		IEditorPart part = IDE.openEditor(window().getActivePage(), file);
		processEvents();
		assertEquals(AgreementEditor.ID, part.getSite().getId(), "agreement files open in the agreement editor");
		return (AgreementEditor) part;
	}

	private static Scenario scenario(AgreementModel model, String name) {
		return model.getScenarios().stream().filter(s -> name.equals(s.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no scenario " + name));
	}

	/** Chooses a scenario in the page's drop-down, as a user does. */
	private static void choose(ScenarioPage page, Scenario scenario) {
		var combo = page.getScenarioCombo();
		int index = ((AgreementModel) scenario.eContainer()).getScenarios().indexOf(scenario);
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	private static ScenarioChange last(Scenario scenario) {
		return scenario.getChanges().get(scenario.getChanges().size() - 1);
	}

	/** Clicks a cell, types into its editor and presses Enter. */
	private static void editCell(TableViewer viewer, Object element, int column, String typed) {
		viewer.editElement(element, column);
		processEvents();
		Text text = Arrays.stream(viewer.getTable().getChildren()).filter(Text.class::isInstance).map(Text.class::cast)
				.filter(t -> !t.isDisposed() && t.isVisible()).findFirst()
				.orElseThrow(() -> new AssertionError("no cell editor is open"));
		text.setText(typed);
		text.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
	}

	private static List<String> row(TableViewer viewer, int index) {
		var item = viewer.getTable().getItem(index);
		return java.util.stream.IntStream.range(0, viewer.getTable().getColumnCount()).mapToObj(item::getText).toList();
	}

	private static void waitForTotal(WhatIfPanel panel, BigDecimal expected) throws InterruptedException {
		waitUntil(() -> total(panel) != null && total(panel).compareTo(expected) == 0,
				() -> "the what-if shows " + expected.toPlainString() + " for 2026 (it shows " + total(panel) + ", "
						+ panel.getMessageText() + ")",
				CASE_TIMEOUT);
		assertEquals(expected.toPlainString().replace(".", ""), digits(panel.getText(2026, WhatIfPanel.Column.SCENARIO)));
	}

	private static void waitForTotal2027(WhatIfPanel panel, BigDecimal expected) throws InterruptedException {
		waitUntil(() -> panel.getResult() != null && panel.getResult().year(2027).scenario().compareTo(expected) == 0,
				() -> "the what-if shows " + expected.toPlainString() + " for 2027 (it shows "
						+ (panel.getResult() == null ? null : panel.getResult().year(2027).scenario()) + ", "
						+ panel.getMessageText() + ")",
				CASE_TIMEOUT);
	}

	private static BigDecimal total(WhatIfPanel panel) {
		WhatIfResult result = panel.getResult();
		return result == null ? null : result.year(2026).scenario();
	}

	private static String digits(String text) {
		return text.replaceAll("\\D", "");
	}

	private static void execute(String command) throws Exception {
		window().getService(IHandlerService.class).executeCommand(command, null);
		processEvents();
	}

	private static String propertyValue(PropertySheet sheet, String property) {
		if (!(sheet.getCurrentPage().getControl() instanceof Tree tree)) {
			return null;
		}
		for (TreeItem item : all(tree.getItems())) {
			if (item.getText(0).equals(property)) {
				return item.getText(1);
			}
		}
		return null;
	}

	private static List<TreeItem> all(TreeItem[] items) {
		List<TreeItem> found = new java.util.ArrayList<>();
		for (TreeItem item : items) {
			found.add(item);
			found.addAll(all(item.getItems()));
		}
		return found;
	}

	private static List<String> texts(Control control) {
		List<String> found = new java.util.ArrayList<>();
		if (control instanceof Text text) {
			found.add(text.getText());
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(texts(child));
			}
		}
		return found;
	}
}
