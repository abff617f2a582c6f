package no.avtalebenk.report;

import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.report.sections.AgreementSection;
import no.avtalebenk.report.sections.AssumptionsSection;
import no.avtalebenk.report.sections.ExplanationSection;
import no.avtalebenk.report.sections.OpenQuestionsSection;
import no.avtalebenk.report.sections.PositionsSection;
import no.avtalebenk.report.sections.TotalsSection;

/** Assembles the mediation briefing from its sections. */
public final class Briefings {

	private Briefings() {
	}

	/** @return the standard sections followed by the contributed ones ({@link SectionRegistry}) */
	public static List<ReportSection> allSections() {
		List<ReportSection> sections = new ArrayList<>(standardSections());
		sections.addAll(SectionRegistry.load().sections());
		return sections;
	}

	/** @return the standard sections, in the order a mediator reads them */
	public static List<ReportSection> standardSections() {
		return List.of(new PositionsSection(), new TotalsSection(), input -> input.extra(), new AgreementSection(),
				new OpenQuestionsSection(), new AssumptionsSection(), new ExplanationSection());
	}

	/**
	 * @param input    what the briefing is made from
	 * @param sections the sections, in order
	 * @return the briefing
	 */
	public static Briefing build(BriefingInput input, List<ReportSection> sections) {
		List<Block> blocks = new ArrayList<>();
		for (ReportSection section : sections) {
			blocks.addAll(section.blocks(input));
		}
		Agreement agreement = input.model().getAgreements().isEmpty() ? null : input.model().getAgreements().get(0);
		String title = "Meklingsnotat" + (agreement == null ? "" : ": " + agreement.getTitle() + " ("
				+ agreement.getPeriodStart() + " – " + agreement.getPeriodEnd() + ")");
		return new Briefing(title, blocks);
	}
}
