package no.avtalebenk.report;

import no.avtalebenk.charts.ChartExport;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;

/**
 * Writes a briefing as one self-contained HTML page; charts are inline SVG, so the file can be
 * mailed or printed as it is.
 */
public final class HtmlWriter {

	private HtmlWriter() {
	}

	/**
	 * @param briefing the briefing
	 * @param style    how amounts on charts are written
	 * @return the page
	 */
	public static String write(Briefing briefing, NumberStyle style) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
				.append(escape(briefing.title())).append("</title>\n<style>\n")
				.append("body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222;line-height:1.4}\n")
				.append("table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;padding:.25em .6em}\n")
				.append("th{background:#eef2f7;text-align:left}td.n{text-align:right;white-space:nowrap}\n")
				.append("figure{margin:1em 0}h1{border-bottom:2px solid #1f5f99}\n")
				.append("@media print{h1{page-break-before:always}h1:first-of-type{page-break-before:avoid}}\n")
				.append("</style>\n</head>\n<body>\n<header><p><strong>").append(escape(briefing.title()))
				.append("</strong></p></header>\n");
		for (Block block : briefing.blocks()) {
			switch (block) {
			case Block.Heading h -> html.append("<h").append(h.level()).append('>').append(escape(h.text()))
					.append("</h").append(h.level()).append(">\n");
			case Block.Paragraph p -> html.append("<p>").append(escape(p.text())).append("</p>\n");
			case Block.Table t -> table(t, html);
			case Block.Chart c -> html.append("<figure>\n")
					.append(ChartExport.svg(ChartRenderer.render(c.data(), style), 800, 450)
							.replaceFirst("^<\\?xml[^>]*>\\s*", "").replaceFirst("^<!DOCTYPE[^>]*>\\s*", ""))
					.append("\n<figcaption>").append(escape(c.data().title())).append("</figcaption>\n</figure>\n");
			}
		}
		return html.append("</body>\n</html>\n").toString();
	}

	private static void table(Block.Table table, StringBuilder html) {
		html.append("<table>\n<tr>");
		for (String heading : table.header()) {
			html.append("<th>").append(escape(heading)).append("</th>");
		}
		html.append("</tr>\n");
		for (var row : table.rows()) {
			html.append("<tr>");
			for (int i = 0; i < row.size(); i++) {
				html.append(table.numeric().get(i) ? "<td class=\"n\">" : "<td>").append(escape(row.get(i))).append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</table>\n");
	}

	/**
	 * @param text plain text
	 * @return the text with HTML's special characters escaped
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '&' -> escaped.append("&amp;");
			case '"' -> escaped.append("&quot;");
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
