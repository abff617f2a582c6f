package no.avtalebenk.report;

import java.util.List;

/**
 * One section of the mediation briefing. Sections only read the {@link BriefingInput}; they compute
 * no payments of their own.
 */
public interface ReportSection {

	/**
	 * @param input what the briefing is made from
	 * @return the section's blocks, starting with a level-1 heading; empty to leave it out
	 */
	List<Block> blocks(BriefingInput input);
}
