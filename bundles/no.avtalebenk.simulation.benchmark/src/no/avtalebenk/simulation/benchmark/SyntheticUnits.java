package no.avtalebenk.simulation.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.Provenance;

/**
 * SYNTHETIC counts for the benchmark only, never shipped as data: as many reporting units as the
 * agreement has (357 municipalities, Longyearbyen, 15 counties, the KS organisation), with random
 * counts of every category from a fixed seed (KS's own årsverk only for the KS organisation). The figures mean nothing; only their number and size
 * matter for timing.
 */
final class SyntheticUnits {

	static final List<String> CATEGORIES = List.of("grunnskole", "kulturskoleMusikk", "kulturskoleAndre",
			"videregaende", "fagskole", "administrasjon", "paiKsAdministrasjon");

	private SyntheticUnits() {
	}

	static CountTable table(List<Integer> years) {
		SplittableRandom random = new SplittableRandom(20262027L);
		Provenance synthetic = new Provenance("SYNTHETIC benchmark data", true, "random, fixed seed");
		List<Count> counts = new ArrayList<>();
		List<String> units = new ArrayList<>();
		for (int m = 0; m < 357; m++) {
			units.add("M" + m);
		}
		units.add("LONGYEARBYEN");
		for (int c = 0; c < 15; c++) {
			units.add("C" + c);
		}
		units.add("KS");
		for (String unit : units) {
			boolean municipality = unit.startsWith("M") || unit.equals("LONGYEARBYEN");
			boolean county = unit.startsWith("C");
			long[] values = { municipality ? random.nextLong(50, 60_000) : 0, municipality ? random.nextLong(0, 6_000) : 0,
					municipality ? random.nextLong(0, 6_000) : 0, county ? random.nextLong(2_000, 40_000) : 0,
					county ? random.nextLong(0, 6_000) : 0, random.nextLong(100, 50_000),
					unit.equals("KS") ? random.nextLong(100, 400) : 0 };
			for (int year : years) {
				for (int i = 0; i < CATEGORIES.size(); i++) {
					counts.add(new Count(unit, unit, CATEGORIES.get(i), year, BigDecimal.valueOf(values[i]), synthetic));
				}
			}
		}
		try {
			return CountTable.of("synthetic benchmark units", counts);
		} catch (CountFileException e) {
			throw new IllegalStateException(e);
		}
	}
}
