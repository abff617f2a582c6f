package no.avtalebenk.app.help;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import no.avtalebenk.app.Messages;

/**
 * Hjelp: the guides of the installed documentation bundles (their tables of contents, read through the
 * help system) in a tree, and the chosen topic beside it. It is the workbench's help window here, as
 * the platform's help browser is not part of this installation: Hjelp › Hjelpeinnhold and F1 open it.
 */
public class HelpView extends ViewPart {

	/** The view's id. */
	public static final String ID = "no.avtalebenk.app.helpView";

	private TreeViewer contents;
	private StyledText topic;
	private String shownHref;
	private Cursor hand;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		contents = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		contents.setContentProvider(new TocContent());
		contents.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((IHelpResource) element).getLabel();
			}
		});
		contents.setInput(HelpSystem.getTocs());
		contents.expandToLevel(2);
		contents.addSelectionChangedListener(event -> {
			Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (chosen instanceof IHelpResource resource && resource.getHref() != null && !resource.getHref().isEmpty()) {
				render(resource.getHref());
			}
		});
		topic = new StyledText(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		topic.setMargins(12, 8, 12, 8);
		topic.setEditable(false);
		hand = new Cursor(parent.getDisplay(), SWT.CURSOR_HAND);
		topic.addListener(SWT.MouseUp, event -> {
			String target = linkAt(new Point(event.x, event.y));
			if (target != null && event.button == 1) {
				showTopic(target);
			}
		});
		topic.addListener(SWT.MouseMove, event -> topic.setCursor(linkAt(new Point(event.x, event.y)) != null ? hand : null));
		sash.setWeights(1, 3);
		showFirstGuide();
	}

	private String linkAt(Point point) {
		int offset = topic.getOffsetAtPoint(point);
		if (offset < 0 || offset >= topic.getCharCount()) {
			return null;
		}
		StyleRange range = topic.getStyleRangeAtOffset(offset);
		return range != null && range.data instanceof String target ? target : null;
	}

	/** Shows the first guide of the first table of contents, or says that none is installed. */
	public void showFirstGuide() {
		IToc[] tocs = HelpSystem.getTocs();
		if (tocs.length == 0) {
			topic.setText(Messages.Help_noGuides);
			shownHref = null;
			return;
		}
		ITopic[] guides = tocs[0].getTopics();
		showTopic(guides.length > 0 ? guides[0].getHref() : tocs[0].getHref());
	}

	/**
	 * Shows a topic and selects it in the contents.
	 *
	 * @param href the topic's help address, e.g. {@code /no.avtalebenk.doc/html/forhandlere.html}
	 */
	public void showTopic(String href) {
		render(href);
		ITopic found = find(Topics.withoutFragment(href));
		if (found != null) {
			contents.setSelection(new org.eclipse.jface.viewers.StructuredSelection(found), true);
		}
	}

	/**
	 * Shows the help of a context (F1 on a part): its description, and links to its topics.
	 *
	 * @param context the context
	 */
	public void showContext(IContext context) {
		StringBuilder text = new StringBuilder();
		List<StyleRange> styles = new ArrayList<>();
		String title = context instanceof org.eclipse.help.IContext2 titled && titled.getTitle() != null
				? titled.getTitle()
				: null;
		if (title != null) {
			styles.add(bold(0, title.length()));
			text.append(title).append("\n\n");
		}
		text.append(context.getText() == null ? "" : context.getText().strip()).append("\n\n");
		IHelpResource[] related = context.getRelatedTopics();
		if (related != null && related.length > 0) {
			styles.add(bold(text.length(), Messages.Help_related.length()));
			text.append(Messages.Help_related).append('\n');
			for (IHelpResource resource : related) {
				text.append("• ");
				StyleRange link = new StyleRange();
				link.start = text.length();
				link.length = resource.getLabel().length();
				link.underline = true;
				link.underlineStyle = SWT.UNDERLINE_LINK;
				link.data = resource.getHref();
				styles.add(link);
				text.append(resource.getLabel()).append('\n');
			}
		}
		topic.setText(text.toString());
		topic.setStyleRanges(styles.toArray(StyleRange[]::new));
		shownHref = null;
	}

	private static StyleRange bold(int start, int length) {
		StyleRange range = new StyleRange();
		range.start = start;
		range.length = length;
		range.fontStyle = SWT.BOLD;
		return range;
	}

	private void render(String href) {
		try {
			HtmlText shown = HtmlText.of(Topics.read(href), Topics.withoutFragment(href));
			topic.setText(shown.text());
			topic.setStyleRanges(shown.styles().toArray(StyleRange[]::new));
			topic.setTopIndex(0);
			setContentDescription(shown.title());
			shownHref = href;
		} catch (IOException e) {
			topic.setText(NLS.bind(Messages.Help_unreadable, href, e.getMessage()));
			topic.setStyleRanges(new StyleRange[0]);
			shownHref = null;
		}
	}

	private ITopic find(String href) {
		for (IToc toc : HelpSystem.getTocs()) {
			ITopic found = find(toc.getTopics(), href);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static ITopic find(ITopic[] topics, String href) {
		for (ITopic candidate : topics) {
			if (candidate.getHref() != null && Topics.withoutFragment(candidate.getHref()).equals(href)) {
				return candidate;
			}
			ITopic below = find(candidate.getSubtopics(), href);
			if (below != null) {
				return below;
			}
		}
		return null;
	}

	/** @return the address of the topic shown, or null when a context, a message or nothing is shown */
	public String getShownHref() {
		return shownHref;
	}

	/** @return the text shown, as the user reads it */
	public String getShownText() {
		return topic.getText();
	}

	@Override
	public void setFocus() {
		contents.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (hand != null) {
			hand.dispose();
		}
		super.dispose();
	}

	/** The tables of contents, their topics and subtopics. */
	private static final class TocContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return (Object[]) input;
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof IToc toc) {
				return toc.getTopics();
			}
			return parent instanceof ITopic topic ? topic.getSubtopics() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
