package no.avtalebenk.report;

import java.util.List;

import no.avtalebenk.charts.data.ChartData;

/**
 * One block of a report: what the HTML and PDF writers lay out. Content is plain text; the writers
 * escape it.
 */
public sealed interface Block {

	/**
	 * A heading.
	 *
	 * @param level 1 for a section, 2 for a subsection
	 * @param text  the heading
	 */
	record Heading(int level, String text) implements Block {
	}

	/**
	 * A paragraph.
	 *
	 * @param text the text
	 */
	record Paragraph(String text) implements Block {
	}

	/**
	 * A table.
	 *
	 * @param header  column headings
	 * @param rows    the rows, each as long as the header
	 * @param numeric which columns hold numbers (right-aligned)
	 */
	record Table(List<String> header, List<List<String>> rows, List<Boolean> numeric) implements Block {
		/** Copies the lists and checks their widths. */
		public Table {
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
			numeric = List.copyOf(numeric);
			int width = header.size();
			if (numeric.size() != width || rows.stream().anyMatch(r -> r.size() != width)) {
				throw new IllegalArgumentException("every row needs one cell per column");
			}
		}
	}

	/**
	 * A chart, drawn from its data.
	 *
	 * @param data the chart's data
	 */
	record Chart(ChartData data) implements Block {
	}
}
