package no.avtalebenk.examples.plugin.tests;

import java.util.List;
import java.util.SortedMap;

import no.avtalebenk.charts.data.ChartData;
import no.avtalebenk.charts.kinds.ChartInput;
import no.avtalebenk.charts.kinds.ChartKind;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.Importer;
import no.avtalebenk.report.Block;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.ReportSection;
import no.avtalebenk.simulation.index.IndexPoint;
import no.avtalebenk.simulation.index.IndexSeries;
import no.avtalebenk.simulation.projection.ProjectionInput;
import no.avtalebenk.simulation.projection.ProjectionModel;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Of the right type for every extension point, but its constructor throws: every registry must report
 * the exception's message and skip it.
 */
public class ThrowingContribution implements ProjectionModel, IndexSeries, Importer, ReportSection, ChartKind {

	/** The message the constructor throws with, as the registries must report it. */
	public static final String MESSAGE = "this contribution fails in its constructor on purpose";

	/** Always throws. */
	public ThrowingContribution() {
		throw new IllegalStateException(MESSAGE);
	}

	@Override
	public PaymentResult project(ProjectionInput input) {
		throw new AssertionError("never created");
	}

	@Override
	public SortedMap<Integer, IndexPoint> points() {
		throw new AssertionError("never created");
	}

	@Override
	public List<ImportedCount> read(ImportInput input) {
		throw new AssertionError("never created");
	}

	@Override
	public List<Block> blocks(BriefingInput input) {
		throw new AssertionError("never created");
	}

	@Override
	public ChartData data(ChartInput input) {
		throw new AssertionError("never created");
	}
}
