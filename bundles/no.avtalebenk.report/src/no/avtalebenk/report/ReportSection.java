package no.avtalebenk.report;

import java.util.List;

/**
 * One section of the mediation briefing. Sections only read the {@link BriefingInput}; they compute
 * no payments of their own. Contributed through the extension point
 * {@value SectionRegistry#EXTENSION_POINT} (schema {@code schema/sections.exsd}); the registry creates
 * one instance per contribution with a public no-argument constructor, and the contributed sections
 * follow the standard ones by their {@code order}. Implementations must be stateless.
 */
public interface ReportSection {

	/**
	 * @param input what the briefing is made from
	 * @return the section's blocks, starting with a level-1 heading; empty to leave it out
	 */
	List<Block> blocks(BriefingInput input);
}
