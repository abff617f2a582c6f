package no.avtalebenk.formula.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.formula.ui.FormulaAnnotation;
import no.avtalebenk.formula.ui.FormulaEditor;
import no.avtalebenk.formula.ui.FormulaFormatter;
import no.avtalebenk.formula.ui.FormulaOutlinePage;
import no.avtalebenk.formula.validation.VederlagValidator;

/**
 * Runs in the real workbench under Xvfb: a .vederlag file opens in the formula editor, which
 * validates it, proposes names, shows a rate's value for the selected year, fixes a wrongly dated
 * index step, formats, colours and outlines the text.
 */
class FormulaEditorTest {

	private static final String TEXT = """
			category grunnskole unit "elev"
			rate grunnskoleSats per grunnskole unit "NOK/elev" {
				from 2018-01-01 = 192.47 source "Kopinor, kommunenes kopieringsavtaler 2018"
				from 2023-01-01 = 222.78 source "Kopinor, priser 2023"
			}
			index prisjustering {
				from 2024-10-01 factor 1.000 assumption "no indexation entered"
			}
			formula belop for grunnskole unit "NOK" = round(grunnskoleSats * count(grunnskole), 2)
			""";

	@TempDir
	Path dir;

	private FormulaEditor editor;

	@BeforeEach
	void open() throws Exception {
		Path file = dir.resolve("satser.vederlag");
		Files.writeString(file, TEXT, StandardCharsets.UTF_8);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setEditorAreaVisible(true);
		editor = (FormulaEditor) IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
		assertNotNull(editor, "the .vederlag file opens in the formula editor");
		settle();
	}

	@AfterEach
	void close() {
		editor.getSite().getPage().closeEditor(editor, false);
	}

	private static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the editor lay out and colour its text
		}
	}

	private IDocument document() {
		return editor.document();
	}

	@Test
	void indexStepOutsideJanuaryIsMarkedAndFixedByTheQuickFix() throws Exception {
		List<FormulaAnnotation> problems = editor.validateNow();
		assertEquals(1, problems.size(), problems.toString());
		FormulaAnnotation problem = problems.get(0);
		assertEquals(VederlagValidator.INDEX_STEP_NOT_JANUARY, problem.getCode());
		assertEquals(FormulaAnnotation.ERROR, problem.getType());
		assertEquals("Index steps take effect on 1 January, when the price list changes; write 2024-01-01 instead "
				+ "of 2024-10-01.", problem.getText());

		int offset = document().get().indexOf("2024-10-01") + 3;
		List<ICompletionProposal> fixes = editor.quickFixes().proposalsAt(offset);
		assertEquals(1, fixes.size());
		assertEquals("Endre datoen til 2024-01-01 (1. januar)", fixes.get(0).getDisplayString());
		fixes.get(0).apply(document());
		assertTrue(document().get().contains("from 2024-01-01 factor 1.000"), document().get());
		assertEquals(List.of(), editor.validateNow());
	}

	@Test
	void malformedFormulaIsMarkedWithAMessageANegotiatorUnderstands() throws Exception {
		document().set("category grunnskole unit \"elev\"\nformula belop unit \"NOK\" = 222.78 * * count(grunnskole)\n");
		List<FormulaAnnotation> problems = editor.validateNow();
		FormulaAnnotation first = problems.get(0);
		assertEquals("Unexpected '*': the text cannot be read from here. A number, a name, count(…), round(…) or "
				+ "'(' may follow an operator such as * or +.", first.getText());
		var position = editor.getViewer().getAnnotationModel().getPosition(first);
		// line 2 (index 1), column 37 (offset 36 in the line)
		assertEquals(1, document().getLineOfOffset(position.getOffset()));
		assertEquals(36, position.getOffset() - document().getLineOffset(1));
	}

	@Test
	void contentAssistProposesTheRatesAndCategoriesInScope() throws Exception {
		document().replace(document().getLength(), 0, "formula ny unit \"NOK/elev\" = grunn");
		List<ICompletionProposal> proposals = editor.proposalsAt(document().getLength());
		List<String> shown = proposals.stream().map(ICompletionProposal::getDisplayString).toList();
		assertTrue(shown.contains("grunnskoleSats — rate, NOK/elev"), shown.toString());
		assertTrue(!shown.contains("grunnskole — category, elev"), "a category is not a value: " + shown);
		proposals.stream().filter(p -> p.getDisplayString().startsWith("grunnskoleSats")).findFirst().orElseThrow()
				.apply(document());
		assertTrue(document().get().endsWith("= grunnskoleSats"), document().get());

		int inCount = document().get().indexOf("count(") + "count(".length();
		List<String> categories = editor.proposalsAt(inCount).stream().map(ICompletionProposal::getDisplayString)
				.toList();
		assertEquals(List.of("grunnskole — category, elev"), categories);

		ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
		assertTrue(target.canDoOperation(ISourceViewer.CONTENTASSIST_PROPOSALS), "content assist is installed");
	}

	@Test
	void hoverShowsTheRateValueForTheSelectedYear() {
		int offset = document().get().indexOf("grunnskoleSats *") + 4;
		assertEquals("rate grunnskoleSats i 2026: 222.78 NOK/elev\ngjelder fra 2023-01-01; kilde: Kopinor, priser 2023",
				editor.hoverAt(offset));
		// the file's rates start in 2018; the agreement runs to 2027
		assertEquals(List.of(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027), editor.hoverYears());
		editor.setHoverYear(2020);
		assertEquals("rate grunnskoleSats i 2020: 192.47 NOK/elev\ngjelder fra 2018-01-01; kilde: Kopinor, "
				+ "kommunenes kopieringsavtaler 2018", editor.hoverAt(offset));
	}

	@Test
	void outlineListsTheDeclarations() {
		editor.validateNow();
		List<String> labels = editor.outline().items().stream().map(FormulaOutlinePage.Item::label).toList();
		assertEquals(List.of("category grunnskole (elev)", "rate grunnskoleSats (NOK/elev)", "index prisjustering",
				"formula belop (NOK)"), labels);
		assertEquals(List.of("from 2018-01-01 = 192.47", "from 2023-01-01 = 222.78"),
				editor.outline().items().get(1).children().stream().map(FormulaOutlinePage.Item::label).toList());
	}

	@Test
	void formatIndentsByStructure() {
		document().set("rate sats unit \"NOK/elev\" {   \nfrom 2023-01-01 = 222.78\n}\n\n\n\nformula f unit \"NOK/elev\" =\nsats\n");
		ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
		assertTrue(target.canDoOperation(ISourceViewer.FORMAT));
		target.doOperation(ISourceViewer.FORMAT);
		String expected = "rate sats unit \"NOK/elev\" {\n\tfrom 2023-01-01 = 222.78\n}\n\nformula f unit \"NOK/elev\" =\n\tsats\n";
		assertEquals(expected, document().get());
		assertEquals(expected, FormulaFormatter.format(expected));
	}

	@Test
	void importedFileIsFoundNextToTheEditedOne() throws Exception {
		Path tests = dir.resolve("tester.vederlag");
		Files.writeString(tests, """
				import "satser.vederlag"
				formula dobbel unit "NOK" = belop * 2
				""", StandardCharsets.UTF_8);
		IWorkbenchPage page = editor.getSite().getPage();
		FormulaEditor other = (FormulaEditor) IDE.openEditorOnFileStore(page,
				EFS.getLocalFileSystem().getStore(tests.toUri()));
		try {
			assertEquals("tester.vederlag", other.uri().lastSegment());
			assertEquals(List.of(), other.validateNow().stream().map(FormulaAnnotation::getText)
					.filter(t -> !t.contains("1 January")).toList());
			assertTrue(other.hoverAt(other.document().get().indexOf("belop") + 1).startsWith("formula belop i NOK"));
		} finally {
			page.closeEditor(other, false);
		}
	}

	@Test
	void keywordsAreColouredBold() {
		settle();
		StyleRange range = editor.getViewer().getTextWidget().getStyleRangeAtOffset(1);
		assertNotNull(range, "'category' has a style");
		assertEquals(SWT.BOLD, range.fontStyle & SWT.BOLD);
	}
}
