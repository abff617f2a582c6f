package no.avtalebenk.examples.plugin.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import no.avtalebenk.charts.kinds.ChartKindRegistry;
import no.avtalebenk.data.importer.ImporterRegistry;
import no.avtalebenk.report.SectionRegistry;
import no.avtalebenk.simulation.index.IndexSeriesRegistry;
import no.avtalebenk.simulation.projection.ProjectionRegistry;

/**
 * This bundle's plugin.xml contributes to every extension point a missing class, a class of the wrong
 * type and a class whose constructor throws. Each registry names the bundle, the extension and the
 * reason of each, skips them, and still has the example plugin's contribution.
 */
class BrokenContributionsTest {

	private static final String BUNDLE = "no.avtalebenk.examples.plugin.tests";

	@Test
	void projectionModels() {
		ProjectionRegistry registry = ProjectionRegistry.load();
		assertBroken(registry.problems(), "brokenModels", "is not a no.avtalebenk.simulation.projection.ProjectionModel");
		assertEquals("no.avtalebenk.examples.plugin", registry.get("lonnsindeks").contributor());
		assertTrue(registry.find("broken-throws").isEmpty());
	}

	@Test
	void indexSeries() {
		IndexSeriesRegistry registry = IndexSeriesRegistry.load();
		assertBroken(registry.problems(), "brokenSeries", "is not a no.avtalebenk.simulation.index.IndexSeries");
		assertEquals("no.avtalebenk.examples.plugin", registry.get("lonnsindeks").contributor());
		assertEquals(List.of("lonnsindeks"), registry.series().stream().map(s -> s.name()).toList());
	}

	@Test
	void importers() {
		ImporterRegistry registry = ImporterRegistry.load();
		assertBroken(registry.problems(), "brokenImporters", "does not implement no.avtalebenk.data.importer.Importer");
		assertEquals("no.avtalebenk.examples.plugin", registry.get("skoleliste").orElseThrow().contributor());
		assertTrue(registry.get("broken-throws").isEmpty());
	}

	@Test
	void reportSections() {
		SectionRegistry registry = SectionRegistry.load();
		assertBroken(registry.problems(), "brokenSections", "is not a no.avtalebenk.report.ReportSection");
		assertEquals(1, registry.sections().stream()
				.filter(s -> s.getClass().getName().equals("no.avtalebenk.examples.plugin.WageIndexSection")).count());
	}

	@Test
	void chartKinds() {
		ChartKindRegistry registry = ChartKindRegistry.load();
		assertBroken(registry.problems(), "brokenCharts", "is not a no.avtalebenk.charts.kinds.ChartKind");
		assertEquals(List.of("lonnsindeks"), registry.kinds().stream().map(k -> k.name()).toList());
		assertTrue(registry.find("lonnsindeks").orElseThrow().briefing());
	}

	@Test
	void workbenchErrorLogGetsEachSkippedContribution() {
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			ChartKindRegistry.load();
			ProjectionRegistry.load();
		} finally {
			Platform.removeLogListener(listener);
		}
		// the platform's log is what the workbench's error log and .metadata/.log show
		for (String extension : List.of("brokenCharts", "brokenModels")) {
			assertEquals(3, logged.stream().filter(s -> s.getSeverity() == IStatus.WARNING
					&& s.getMessage().contains(BUNDLE + " (extension " + BUNDLE + "." + extension + ")")).count(),
					logged.toString());
		}
	}

	/** Three problems from the extension, each naming the bundle, the extension and its reason. */
	private static void assertBroken(List<String> problems, String extension, String wrongType) {
		String named = BUNDLE + " (extension " + BUNDLE + "." + extension + ")";
		List<String> ours = problems.stream().filter(p -> p.contains(named)).toList();
		assertEquals(3, ours.size(), problems.toString());
		assertTrue(ours.stream().anyMatch(p -> p.contains("broken-missing") && p.contains("ClassNotFoundException")
				&& p.contains("NoSuchClass")), ours.toString());
		assertTrue(ours.stream().anyMatch(p -> p.contains("broken-type") && p.contains(wrongType)), ours.toString());
		assertTrue(ours.stream().anyMatch(p -> p.contains("broken-throws") && p.contains("IllegalStateException")
				&& p.contains(ThrowingContribution.MESSAGE)), ours.toString());
	}
}
