package no.avtalebenk.examples.plugin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.avtalebenk.report.Block;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.ReportSection;
import no.avtalebenk.simulation.index.IndexPoint;
import no.avtalebenk.simulation.index.IndexSeries;

/**
 * The wage index of the example plugin in the mediation briefing: each year's value with its source or
 * assumption, and the step it gives the year after next (the factor {@link WageIndexProjection} applies
 * from 1 January).
 */
public class WageIndexSection implements ReportSection {

	/** The section's heading. */
	public static final String HEADING = "Lønnsindeks som indekskilde (eksempel)";

	@Override
	public List<Block> blocks(BriefingInput input) {
		IndexSeries series = WageIndexProjection.series();
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<Integer, IndexPoint> point : series.points().entrySet()) {
			int stepYear = point.getKey() + 1;
			String step = series.step(stepYear).map(WageIndexSection::shown).orElse("");
			IndexPoint value = point.getValue();
			rows.add(List.of(String.valueOf(point.getKey()), value.value().toPlainString(),
					step.isEmpty() ? "" : stepYear + ": " + step,
					value.isAssumption() ? "ANTAKELSE: " + value.assumption() : value.source()));
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, HEADING));
		blocks.add(new Block.Paragraph("Modellen «lonnsindeks» (./avtalebenk simulate --projection lonnsindeks) regner "
				+ "avtalens formler med indekssteg fra denne lønnsindeksen i stedet for formelfilens indeks: steget for et "
				+ "år er indeksen året før delt på indeksen året før det. Verdiene er antakelser, ikke publiserte tall."));
		blocks.add(new Block.Table(List.of("År", "Indeks", "Gir steget fra 1.1.", "Kilde"), rows,
				List.of(false, true, true, false)));
		return blocks;
	}

	/** Rounds a step for the table only; the models compute with the exact step. */
	static String shown(BigDecimal step) {
		return step.setScale(6, RoundingMode.HALF_UP).toPlainString();
	}
}
