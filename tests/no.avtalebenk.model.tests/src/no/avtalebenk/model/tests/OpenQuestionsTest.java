package no.avtalebenk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.OpenQuestion;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.validation.AvtaleRules;
import no.avtalebenk.model.validation.ModelProblem;
import no.avtalebenk.model.validation.ModelValidation;

/** The protocol's open questions (protocol of 6.2.2026, points 2 and 3) as data of the agreement. */
class OpenQuestionsTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<avtale:AgreementModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
			+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:avtale=\"http://avtalebenk.no/model/avtale/1.0\">\n"
			+ "<agreements id=\"a\" title=\"T\" periodStart=\"2026-01-01\" periodEnd=\"2027-12-31\">";

	private static AgreementModel load(String questions) throws Exception {
		return AgreementFiles.load(URI.createURI("test.avtale"), new ByteArrayInputStream(
				(HEAD + questions + "</agreements></avtale:AgreementModel>\n").getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void theTemplateHoldsTheProtocolsTwoOpenQuestionsWithTheirSources() throws Exception {
		List<OpenQuestion> questions = Examples.model().getAgreements().get(0).getOpenQuestions();
		assertEquals(List.of("ki-utdata-deling", "lovendringer-ki"), questions.stream().map(OpenQuestion::getId).toList());
		OpenQuestion output = questions.get(0);
		assertEquals("punkt 3, andre avsnitt", output.getClause());
		// the protocol's own words, quoted as the source
		assertTrue(output.getSource().contains("«Partene anerkjenner at det er ulike syn på hvorvidt utdata generert med "
				+ "KI-verktøy rettmessig skal reguleres i kopieringsavtalen, og dermed i hvilken utstrekning utdata skal "
				+ "kunne deles eksternt."), output.getSource());
		assertTrue(output.getSource().contains("Partene er ikke bundet av rammene i dette avsnittet ved reforhandling av "
				+ "avtalen.»"), output.getSource());
		assertTrue(output.getStatus().contains("bare deles internt"), output.getStatus());
		OpenQuestion law = questions.get(1);
		assertEquals("punkt 2", law.getClause());
		assertTrue(law.getSource().contains("«Det er også usikkert hva forventede lovendringsprosesser for opphavsrett og "
				+ "kunstig intelligens vil ha å si"), law.getSource());
		assertTrue(law.getRelated().startsWith("punkt 4"), law.getRelated());
	}

	@Test
	void anOpenQuestionWithoutTextIsAnErrorNamingIt() throws Exception {
		List<ModelProblem> problems = ModelValidation.validate(load("<openQuestions id=\"ki\" clause=\"punkt 3\"/>"
				+ "<openQuestions clause=\"punkt 2\" text=\"  \"/><openQuestions text=\"Hva nå?\"/>"), "test.avtale",
				file -> Set.of());
		assertEquals(2, problems.size(), problems.toString());
		assertEquals("/agreements[a]/openQuestions[ki]", problems.get(0).path());
		assertEquals(Integer.toString(AvtaleRules.OPEN_QUESTION_WITHOUT_TEXT), problems.get(0).code());
		assertEquals("error", problems.get(0).severity());
		assertTrue(problems.get(0).message().startsWith("The open question 'ki' has no text"), problems.get(0).message());
		// without an id, the question is named by its point, and its place by its position
		assertEquals("/agreements[a]/openQuestions[1]", problems.get(1).path());
		assertTrue(problems.get(1).message().startsWith("The open question on punkt 2 has no text"),
				problems.get(1).message());
	}
}
