package no.avtalebenk.report.sections;

import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.report.Block;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.ReportSection;
import no.avtalebenk.report.assumptions.Question;

/**
 * The questions the protocol leaves open (e.g. how far AI output may be shared outside the
 * organisation), each with its point, where the parties stand and the protocol's own words.
 */
public class OpenQuestionsSection implements ReportSection {

	@Override
	public List<Block> blocks(BriefingInput input) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, "Åpne spørsmål i protokollen"));
		List<Question> questions = input.assumptions().openQuestions();
		if (questions.isEmpty()) {
			blocks.add(new Block.Paragraph("Avtalefilen " + input.modelFile() + " har ingen åpne spørsmål."));
			return blocks;
		}
		blocks.add(new Block.Paragraph(questions.size() + " spørsmål partene har latt stå åpne, med punktet de hører "
				+ "til og protokollens egen tekst som kilde (" + input.modelFile() + ")."));
		List<List<String>> rows = new ArrayList<>();
		for (Question question : questions) {
			rows.add(List.of(question.clause() + (question.related().isEmpty() ? "" : "; se også " + question.related()),
					question.text(), question.status(), question.source()));
		}
		blocks.add(new Block.Table(List.of("Punkt", "Spørsmål", "Status og partenes syn", "Kilde"), rows,
				List.of(false, false, false, false)));
		return blocks;
	}
}
