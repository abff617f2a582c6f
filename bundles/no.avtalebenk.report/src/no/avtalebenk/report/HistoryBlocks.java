package no.avtalebenk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.history.AgreementHistory;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.Waterfall;

/**
 * The briefing's history: per year the computed total beside the published one (with its source), and
 * the step from the last published total before the period to the first agreed amount as a waterfall
 * of indexation, counts and the negotiated remainder ({@link AgreementHistory}); the same figures as
 * {@code ./avtalebenk history} and {@code chart --kind gap}.
 */
public final class HistoryBlocks {

	private HistoryBlocks() {
	}

	/**
	 * @param run the case
	 * @return the blocks; empty when the agreement states no published total or agreed amount
	 */
	public static List<Block> of(Case run) {
		List<Block> blocks = new ArrayList<>();
		AgreementHistory history;
		try {
			history = AgreementHistory.of(run, null, null);
		} catch (CaseException e) {
			blocks.add(new Block.Heading(1, "Historikk: beregnet og publisert"));
			blocks.add(new Block.Paragraph("Historikken kan ikke beregnes: " + e.getMessage()));
			return blocks;
		}
		if (history.years().stream().noneMatch(y -> y.published().isPresent())) {
			return blocks;
		}
		blocks.add(new Block.Heading(1, "Historikk: beregnet og publisert"));
		blocks.add(new Block.Paragraph("Hvert år er beregnet med årets satser og indekssteg i formelfila på sakens tall "
				+ "(./avtalebenk history). Et år merket * er beregnet på tallene fra et annet år fordi saken ikke har tall "
				+ "for året selv: en FORUTSETNING."));
		List<List<String>> rows = new ArrayList<>();
		for (AgreementHistory.Year year : history.years()) {
			rows.add(List.of(String.valueOf(year.year()), kroner(year.computed()),
					year.published().map(p -> kroner(p.amount())).orElse(""), year.difference().map(HistoryBlocks::kroner).orElse(""),
					year.countsYear() + (year.countsAssumed() ? " *" : ""),
					year.published().map(p -> (p.agreed() ? "avtalt: " : "") + p.source()).orElse("")));
		}
		blocks.add(new Block.Table(List.of("År", "Beregnet", "Publisert", "Differanse", "Tall fra", "Kilde"), rows,
				List.of(false, true, true, true, false, false)));
		history.gap().ifPresent(gap -> {
			blocks.add(new Block.Heading(2, "Fra publisert " + gap.fromYear() + " til avtalt " + gap.toYear()));
			blocks.add(new Block.Table(List.of("Steg", "Beløp"), List.of(
					List.of("publisert " + gap.fromYear(), kroner(gap.published())),
					List.of("indeksering: satsene " + gap.fromYear() + " → " + gap.toYear() + " på tallene fra " + gap.fromYear(),
							kroner(gap.indexation())),
					List.of("tall: " + gap.fromYear() + " → " + gap.toYear() + " med satsene for " + gap.toYear(),
							kroner(gap.counts())),
					List.of("forhandlet rest", kroner(gap.remainder())),
					List.of("avtalt " + gap.toYear(), kroner(gap.end()))), List.of(false, true)));
			blocks.add(new Block.Paragraph("Resten er gapet i " + gap.toYear() + " (avtalt − beregnet = "
					+ kroner(gap.agreed().subtract(gap.computedTo())) + ") fratrukket differansen i " + gap.fromYear()
					+ " (publisert − beregnet = " + kroner(gap.published().subtract(gap.computedFrom())) + ")."));
			blocks.add(new Block.Chart(waterfall(gap, false)));
		});
		return blocks;
	}

	/**
	 * @param gap     the step from a published total to an agreed amount
	 * @param english labels in English rather than bokmål
	 * @return its waterfall: the published total, indexation, counts and the negotiated remainder
	 */
	public static Waterfall waterfall(AgreementHistory.Gap gap, boolean english) {
		return new Waterfall(english ? "From the published " + gap.fromYear() + " total to the agreed " + gap.toYear() + " amount"
				: "Fra publisert total " + gap.fromYear() + " til avtalt beløp " + gap.toYear(),
				(english ? "published " : "publisert ") + gap.fromYear(), gap.published(),
				List.of(new Waterfall.Step(english ? "indexation" : "indeksering", gap.indexation()),
						new Waterfall.Step(english ? "counts" : "tall", gap.counts()),
						new Waterfall.Step(english ? "negotiated remainder" : "forhandlet rest", gap.remainder())),
				(english ? "agreed " : "avtalt ") + gap.toYear());
	}

	private static String kroner(BigDecimal amount) {
		return NumberStyle.NORWEGIAN.number(amount.setScale(2, RoundingMode.HALF_UP)) + " kr";
	}
}
