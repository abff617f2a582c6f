package no.avtalebenk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.CountYearChange;
import no.avtalebenk.model.avtale.CountYearRule;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.YearRuleKind;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.validation.AvtaleRules;
import no.avtalebenk.model.validation.ModelProblem;
import no.avtalebenk.model.validation.ModelValidation;

/**
 * The year rules of the counts in the agreement model: the template declares the protocol appendix's
 * rule for each billed category with its words and source, a scenario's count year change survives
 * saving and opening again, and a fixed year without its data year is an error.
 */
class YearRulesModelTest {

	@TempDir
	Path dir;

	private static CountYearRule rule(AgreementModel model, String category) {
		return model.getCategories().stream().filter(c -> c.getId().equals(category)).findFirst().orElseThrow()
				.getYearRule();
	}

	@Test
	void theTemplateDeclaresTheAppendixsRules() throws Exception {
		AgreementModel model = Examples.model();
		assertEquals(YearRuleKind.LATEST_AVAILABLE, rule(model, "grunnskole").getKind());
		assertEquals("Elevtallene (elevplasser) hentes fra sist tilgjengelige tall i GSI", rule(model, "grunnskole").getText());
		assertEquals("protokollvedlegg, grunnskoler, punkt 1", rule(model, "grunnskole").getSource());
		assertEquals(YearRuleKind.LATEST_AVAILABLE, rule(model, "kulturskoleMusikk").getKind());
		assertEquals(YearRuleKind.LATEST_AVAILABLE, rule(model, "kulturskoleAndre").getKind());
		assertEquals(YearRuleKind.LATEST_OF_TABLE, rule(model, "videregaende").getKind());
		assertEquals("KOSTRA tabell 12187, År: Siste år", rule(model, "videregaende").getText());
		assertEquals(YearRuleKind.CURRENT_YEAR, rule(model, "fagskole").getKind());
		assertEquals(YearRuleKind.LATEST_AVAILABLE, rule(model, "administrasjon").getKind());
		assertEquals("protokollen punkt 7; protokollvedlegg, kommunen/fylkeskommunen for øvrig",
				rule(model, "administrasjon").getSource());
		assertEquals(YearRuleKind.LATEST_AVAILABLE, rule(model, "paiKsAdministrasjon").getKind());
		// every interpretation is written down as one
		for (String category : List.of("grunnskole", "kulturskoleMusikk", "kulturskoleAndre", "videregaende", "fagskole",
				"administrasjon", "paiKsAdministrasjon")) {
			assertEquals(false, rule(model, category).getAssumption().isBlank(), category);
		}
		// the PAI components are not billed on their own and have no rule
		assertNull(rule(model, "paiTotal"));
	}

	@Test
	void aScenariosCountYearChangeSurvivesSavingAndOpeningAgain() throws Exception {
		AgreementModel model = Examples.model();
		CountCategory grunnskole = model.getCategories().stream().filter(c -> c.getId().equals("grunnskole")).findFirst()
				.orElseThrow();
		Scenario scenario = AvtaleFactory.eINSTANCE.createScenario();
		scenario.setName("gsi-2025");
		scenario.setBasedOn(model.getScenarios().get(0));
		CountYearChange change = AvtaleFactory.eINSTANCE.createCountYearChange();
		change.setCategory(grunnskole);
		change.setKind(YearRuleKind.FIXED_YEAR);
		change.setDataYear(2025);
		change.setNote("GSI 2026 er ikke publisert ennå");
		scenario.getChanges().add(change);
		model.getScenarios().add(scenario);
		Path file = dir.resolve("avtale.avtale");
		AgreementFiles.save(model, file);

		AgreementModel reopened = AgreementFiles.load(file);
		Scenario again = reopened.getScenarios().stream().filter(s -> s.getName().equals("gsi-2025")).findFirst()
				.orElseThrow();
		CountYearChange read = assertInstanceOf(CountYearChange.class, again.getChanges().get(0));
		assertEquals("grunnskole", read.getCategory().getId());
		assertEquals(YearRuleKind.FIXED_YEAR, read.getKind());
		assertEquals(2025, read.getDataYear());
		assertEquals("GSI 2026 er ikke publisert ennå", read.getNote());
		assertEquals(YearRuleKind.CURRENT_YEAR, rule(reopened, "fagskole").getKind());
	}

	@Test
	void aFixedYearNeedsItsDataYear() throws Exception {
		String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<avtale:AgreementModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:avtale=\"http://avtalebenk.no/model/avtale/1.0\">\n"
				+ "<categories id=\"grunnskole\"><sources tableOrField=\"A-15 d57\"/><yearRule kind=\"fixedYear\"/></categories>\n"
				+ "</avtale:AgreementModel>\n";
		AgreementModel model = AgreementFiles.load(URI.createURI("test.avtale"),
				new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		List<ModelProblem> problems = ModelValidation.validate(model, "test.avtale", file -> Set.of());
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(Integer.toString(AvtaleRules.YEAR_RULE), problems.get(0).code());
		assertEquals("error", problems.get(0).severity());
	}
}
