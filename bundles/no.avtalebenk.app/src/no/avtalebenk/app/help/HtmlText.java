package no.avtalebenk.app.help;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Font;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A help topic written as XHTML, laid out as styled text for a {@link org.eclipse.swt.custom.StyledText}
 * (this installation has no web browser widget): headings, paragraphs, lists, preformatted blocks,
 * code, emphasis and links. Other elements show their text. A link's range carries its target, resolved
 * against the topic, as {@link StyleRange#data}.
 *
 * @param text   the text
 * @param styles its style ranges, in order and not overlapping
 * @param title  the topic's title (its {@code <title>}, else its first heading), or ""
 */
public record HtmlText(String text, List<StyleRange> styles, String title) {

	/**
	 * @param xhtml the topic, well-formed XHTML without a DOCTYPE
	 * @param href  the topic's address, to resolve its links against
	 * @return the topic as styled text
	 * @throws IOException when the topic is not well-formed XML
	 */
	public static HtmlText of(byte[] xhtml, String href) throws IOException {
		Document document;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			document = builder.parse(new ByteArrayInputStream(xhtml));
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(e.getMessage(), e);
		}
		Builder builder = new Builder(href);
		Element root = document.getDocumentElement();
		Element body = first(root, "body");
		builder.block(body != null ? body : root);
		Element head = first(root, "head");
		Element title = head != null ? first(head, "title") : null;
		String shown = title != null ? title.getTextContent().strip() : builder.firstHeading;
		return new HtmlText(builder.text.toString().stripTrailing(), builder.styles, shown == null ? "" : shown);
	}

	private static Element first(Element parent, String name) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && element.getNodeName().equalsIgnoreCase(name)) {
				return element;
			}
		}
		return null;
	}

	/** Walks the document, appending text and its styles. */
	private static final class Builder {
		private final String href;
		private final StringBuilder text = new StringBuilder();
		private final List<StyleRange> styles = new ArrayList<>();
		private String firstHeading;
		private int fontStyle = SWT.NORMAL;
		private Font font;
		private String link;
		private boolean preformatted;

		Builder(String href) {
			this.href = href;
		}

		void block(Element element) {
			for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
				node(child);
			}
		}

		private void node(Node node) {
			if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
				append(node.getNodeValue());
				return;
			}
			if (!(node instanceof Element element)) {
				return;
			}
			String name = element.getNodeName().toLowerCase(java.util.Locale.ROOT);
			switch (name) {
			case "head", "script", "style" -> {
				// not shown
			}
			case "h1", "h2", "h3", "h4" -> {
				paragraph();
				if (firstHeading == null) {
					firstHeading = element.getTextContent().strip();
				}
				styled(element, SWT.BOLD, name.equals("h1") ? JFaceResources.getHeaderFont()
						: name.equals("h2") ? JFaceResources.getBannerFont() : null);
				paragraph();
			}
			case "p", "div", "dl", "table" -> {
				paragraph();
				block(element);
				paragraph();
			}
			case "ul", "ol" -> {
				paragraph();
				int number = 1;
				for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
					if (child instanceof Element item && item.getNodeName().equalsIgnoreCase("li")) {
						line();
						text.append(name.equals("ol") ? number++ + ". " : "• ");
						block(item);
					}
				}
				paragraph();
			}
			case "dt", "tr" -> {
				line();
				block(element);
			}
			case "dd" -> {
				line();
				text.append("    ");
				block(element);
			}
			case "td", "th" -> {
				block(element);
				text.append('\t');
			}
			case "br" -> text.append('\n');
			case "pre" -> {
				paragraph();
				boolean was = preformatted;
				preformatted = true;
				styled(element, SWT.NORMAL, JFaceResources.getTextFont());
				preformatted = was;
				paragraph();
			}
			case "code", "kbd", "tt", "samp" -> styled(element, SWT.NORMAL, JFaceResources.getTextFont());
			case "b", "strong" -> styled(element, SWT.BOLD, null);
			case "i", "em" -> styled(element, SWT.ITALIC, null);
			case "a" -> {
				String was = link;
				String target = element.getAttribute("href");
				link = target.isEmpty() ? was : Topics.resolve(href, target);
				block(element);
				link = was;
			}
			default -> block(element);
			}
		}

		private void styled(Element element, int style, Font shown) {
			int wasStyle = fontStyle;
			Font wasFont = font;
			fontStyle |= style;
			if (shown != null) {
				font = shown;
			}
			block(element);
			fontStyle = wasStyle;
			font = wasFont;
		}

		private void append(String raw) {
			String shown = raw;
			if (!preformatted) {
				shown = raw.replaceAll("\\s+", " ");
				if (shown.startsWith(" ") && (text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1)))) {
					shown = shown.substring(1);
				}
			} else if (shown.startsWith("\n")) {
				shown = shown.substring(1);
			}
			if (shown.isEmpty()) {
				return;
			}
			int start = text.length();
			text.append(shown);
			if (fontStyle != SWT.NORMAL || font != null || link != null) {
				StyleRange range = new StyleRange();
				range.start = start;
				range.length = shown.length();
				range.fontStyle = fontStyle;
				range.font = font;
				if (link != null) {
					range.underline = true;
					range.underlineStyle = SWT.UNDERLINE_LINK;
					range.data = link;
				}
				styles.add(range);
			}
		}

		/** Ends the line unless the text is at the start of one. */
		private void line() {
			trimTrailingSpaces();
			if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
				text.append('\n');
			}
		}

		/** Leaves one empty line between blocks. */
		private void paragraph() {
			line();
			if (text.length() >= 1 && !(text.length() >= 2 && text.charAt(text.length() - 2) == '\n')) {
				text.append('\n');
			}
		}

		private void trimTrailingSpaces() {
			int end = text.length();
			while (end > 0 && text.charAt(end - 1) == ' ' && !preformatted) {
				end--;
			}
			int kept = end;
			// A space inside a styled run stays: the run's range must not reach past the text.
			if (kept < text.length() && styles.stream().noneMatch(s -> s.start + s.length > kept)) {
				text.setLength(kept);
			}
		}
	}
}
