package no.avtalebenk.report.tests;

import java.util.List;

import no.avtalebenk.report.Block;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.ReportSection;

/** A section contributed by this test bundle's plugin.xml. */
public class FixtureSection implements ReportSection {

	@Override
	public List<Block> blocks(BriefingInput input) {
		return List.of(new Block.Heading(1, "Testseksjon"), new Block.Paragraph(input.model().getRegister().size() + " avtaler"));
	}
}
