package no.avtalebenk.report;

import java.util.List;

/**
 * A report as a sequence of blocks, ready to be written as HTML or PDF.
 *
 * @param title  the report's title
 * @param blocks its content in order
 */
public record Briefing(String title, List<Block> blocks) {

	/** Copies the list. */
	public Briefing {
		blocks = List.copyOf(blocks);
	}

	/** @return the headings of level 1, in order: the report's sections */
	public List<String> sections() {
		return blocks.stream().filter(b -> b instanceof Block.Heading h && h.level() == 1)
				.map(b -> ((Block.Heading) b).text()).toList();
	}
}
