package no.avtalebenk.formula.ui;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.editors.text.ILocationProvider;
import org.eclipse.ui.editors.text.ILocationProviderExtension;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.TextOperationAction;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.EcoreUtil2;

import no.avtalebenk.formula.vederlag.DatedValue;
import no.avtalebenk.formula.vederlag.Model;

/**
 * The editor of remuneration formula files (.vederlag), built on the platform's text editor with
 * the language's runtime services: validation while typing with the validator's messages, quick
 * fixes, content assist, colouring, formatting, an outline and a hover that shows a rate's value
 * for the selected year.
 */
public class FormulaEditor extends TextEditor {

	/** The editor's id in plugin.xml. */
	public static final String ID = "no.avtalebenk.formula.ui.editor";

	/**
	 * The first year of the KS–Kopinor agreement 2026–2027: the hover's year until another is chosen in
	 * the context menu.
	 */
	public static final int DEFAULT_YEAR = 2026;

	private final FormulaValidation validation = new FormulaValidation(this);
	private final FormulaQuickFixes quickFixes = new FormulaQuickFixes(this);
	private final FormulaOutlinePage outline = new FormulaOutlinePage(this);
	private volatile int hoverYear = DEFAULT_YEAR;

	/** Creates the editor with the language's configuration. */
	public FormulaEditor() {
		setSourceViewerConfiguration(new FormulaSourceViewerConfiguration(this));
		setDocumentProvider(new TextFileDocumentProvider());
	}

	/** @return the year whose rate values the hover shows */
	public int getHoverYear() {
		return hoverYear;
	}

	/** @param year the year whose rate values the hover shows */
	public void setHoverYear(int year) {
		hoverYear = year;
	}

	/** @return the editor's text viewer */
	public ISourceViewer getViewer() {
		return getSourceViewer();
	}

	/** @return the document being edited, or null before the editor is open */
	public IDocument document() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	IAnnotationModel annotationModel() {
		ISourceViewer viewer = getSourceViewer();
		return viewer == null ? null : viewer.getAnnotationModel();
	}

	/** @return where the file lives, so that its imports are found next to it */
	public URI uri() {
		IEditorInput input = getEditorInput();
		ILocationProvider location = input == null ? null : input.getAdapter(ILocationProvider.class);
		if (location instanceof ILocationProviderExtension extension && extension.getURI(input) != null) {
			return URI.createURI(extension.getURI(input).toString());
		} else if (input instanceof IPathEditorInput pathInput) {
			return URI.createFileURI(pathInput.getPath().toOSString());
		}
		return URI.createURI("editor:/" + (input == null ? "untitled.vederlag" : input.getName()));
	}

	/**
	 * Validates the text now rather than after the next pause in typing.
	 *
	 * @return the problems found, as shown in the editor
	 */
	public List<FormulaAnnotation> validateNow() {
		validation.setDocument(document());
		return validation.validate();
	}

	/** @return the quick fixes of the problems in the text */
	public FormulaQuickFixes quickFixes() {
		return quickFixes;
	}

	/** @return the outline page */
	public FormulaOutlinePage outline() {
		return outline;
	}

	/**
	 * @param offset a place in the text
	 * @return the content assist proposals there
	 */
	public List<ICompletionProposal> proposalsAt(int offset) {
		return FormulaProposals.compute(document().get(), offset, uri());
	}

	/**
	 * @param offset a place in the text
	 * @return the hover text for the name there, or null
	 */
	public String hoverAt(int offset) {
		IDocument document = document();
		var region = FormulaHover.word(document, offset);
		return FormulaHover.describe(document.get(), document.get().substring(region.getOffset(),
				region.getOffset() + region.getLength()), this);
	}

	FormulaValidation validation() {
		return validation;
	}

	IContentAssistProcessor completionProcessor() {
		return new IContentAssistProcessor() {
			@Override
			public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
				return proposalsAt(offset).toArray(new ICompletionProposal[0]);
			}

			@Override
			public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
				return null;
			}

			@Override
			public char[] getCompletionProposalAutoActivationCharacters() {
				return new char[] { '(' };
			}

			@Override
			public char[] getContextInformationAutoActivationCharacters() {
				return null;
			}

			@Override
			public String getErrorMessage() {
				return null;
			}

			@Override
			public IContextInformationValidator getContextInformationValidator() {
				return null;
			}
		};
	}

	/** Called after each validation with the freshly parsed text; updates the outline on the UI thread. */
	void modelChanged(ParsedFormula parsed) {
		Display display = Display.getDefault();
		Runnable update = () -> outline.update(parsed.model());
		if (Display.getCurrent() != null) {
			update.run();
		} else {
			display.asyncExec(update);
		}
	}

	/**
	 * @return the years the hover can show values for: from the earliest dated rate value in the file
	 *         to the last year of the agreement (or the latest dated value, if later)
	 */
	public List<Integer> hoverYears() {
		int first = DEFAULT_YEAR;
		int last = DEFAULT_YEAR + 1;
		Model model = ParsedFormula.parse(document().get(), uri()).model();
		if (model != null) {
			for (DatedValue value : EcoreUtil2.getAllContentsOfType(model, DatedValue.class)) {
				String date = value.getValidFrom();
				if (date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)) {
					int year = Integer.parseInt(date.substring(0, 4));
					first = Math.min(first, year);
					last = Math.max(last, year);
				}
			}
		}
		return IntStream.rangeClosed(first, last).boxed().toList();
	}

	/** Offers the choice of the hover's year in the editor's context menu. */
	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		MenuManager years = new MenuManager(Messages.Editor_hoverYear);
		for (int year : hoverYears()) {
			Action choose = new Action(String.valueOf(year), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					setHoverYear(year);
				}
			};
			choose.setChecked(year == hoverYear);
			years.add(choose);
		}
		menu.appendToGroup(IWorkbenchActionConstants.MB_ADDITIONS, years);
	}

	/** Adds the actions the platform's text editor leaves to each language: content assist and formatting. */
	@Override
	protected void createActions() {
		super.createActions();
		ResourceBundle labels = new ListResourceBundle() {
			@Override
			protected Object[][] getContents() {
				return new Object[][] { { "ContentAssist.label", Messages.Editor_contentAssist },
						{ "Format.label", Messages.Editor_format } };
			}
		};
		ContentAssistAction assist = new ContentAssistAction(labels, "ContentAssist.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction(ITextEditorActionConstants.CONTENT_ASSIST, assist);
		setAction("Format", new TextOperationAction(labels, "Format.", this, ISourceViewer.FORMAT));
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (IContentOutlinePage.class.equals(adapter)) {
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}
}
