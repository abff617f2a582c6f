package no.avtalebenk.examples.plugin;

import java.util.SortedMap;
import java.util.TreeMap;

import no.avtalebenk.simulation.index.IndexPoint;
import no.avtalebenk.simulation.index.IndexSeries;

/**
 * An illustrative wage index, 2022 = 100, growing 4 % a year. Every value is an assumption, labelled
 * as one: the example shows how a series is contributed, not what wages did. An analyst replaces the
 * values with a published index and names its source with {@link IndexPoint#published}.
 */
public class WageIndex implements IndexSeries {

	/** The series' name on the extension point, as projection models look it up. */
	public static final String NAME = "lonnsindeks";

	private static final String ASSUMPTION = "illustrative: 4 % wage growth a year from 2022 = 100, not a published figure";

	private static final SortedMap<Integer, IndexPoint> POINTS = new TreeMap<>();

	static {
		// 100 × 1.04^n, written out exactly so that each step is exactly 1.04.
		POINTS.put(2022, IndexPoint.assumed(2022, "100", ASSUMPTION));
		POINTS.put(2023, IndexPoint.assumed(2023, "104", ASSUMPTION));
		POINTS.put(2024, IndexPoint.assumed(2024, "108.16", ASSUMPTION));
		POINTS.put(2025, IndexPoint.assumed(2025, "112.4864", ASSUMPTION));
		POINTS.put(2026, IndexPoint.assumed(2026, "116.985856", ASSUMPTION));
	}

	@Override
	public SortedMap<Integer, IndexPoint> points() {
		return java.util.Collections.unmodifiableSortedMap(POINTS);
	}
}
