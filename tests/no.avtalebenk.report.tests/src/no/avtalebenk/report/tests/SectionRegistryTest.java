package no.avtalebenk.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.report.ReportSection;
import no.avtalebenk.report.SectionRegistry;

/** Contributions to the report sections extension point: good ones used in order, broken ones reported and skipped. */
class SectionRegistryTest {

	@Test
	void contributedSectionsAreReadInOrder() {
		List<ReportSection> sections = SectionRegistry.load().sections();
		List<String> classes = sections.stream().map(s -> s.getClass().getName()).toList();
		// This bundle's good section has order 5, the register example order 100.
		assertEquals("no.avtalebenk.report.tests.FixtureSection", classes.get(0));
		assertTrue(classes.contains("no.avtalebenk.report.register.ExpiriesSection"), classes.toString());
	}

	@Test
	void brokenContributionsAreReportedAndSkipped() {
		List<String> problems = SectionRegistry.load().problems();
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith(
				"Report section 'no.avtalebenk.report.tests.missing' from no.avtalebenk.report.tests (extension without id) could not be created")));
		assertTrue(problems.contains("Report section 'no.avtalebenk.report.tests.badorder' from no.avtalebenk.report.tests (extension without id)"
				+ " has an order that is not a whole number; skipped."));
		assertTrue(problems.contains("Report section 'no.avtalebenk.report.tests.notasection' from no.avtalebenk.report.tests (extension without id):"
				+ " class no.avtalebenk.report.tests.NotASection is not a no.avtalebenk.report.ReportSection; skipped."));
	}
}
