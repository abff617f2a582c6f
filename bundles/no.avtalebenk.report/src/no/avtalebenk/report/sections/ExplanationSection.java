package no.avtalebenk.report.sections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.report.Block;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.ReportSection;
import no.avtalebenk.simulation.result.PaymentCell;

/**
 * The explanation of one reporting unit's payments in the baseline: for every category and year the
 * formula, the rate, the count and its source, and the amount.
 */
public class ExplanationSection implements ReportSection {

	@Override
	public List<Block> blocks(BriefingInput input) {
		List<PaymentCell> cells = input.baseline().cells().stream().filter(c -> c.unit().equals(input.unit())).toList();
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, "Forklaring for enhet " + input.unit()));
		if (cells.isEmpty()) {
			blocks.add(new Block.Paragraph("Grunnlaget har ingen vederlag for enhet " + input.unit() + "."));
			return blocks;
		}
		String clause = input.model().getAgreements().stream().flatMap(a -> a.getClauses().stream())
				.filter(RemunerationClause.class::isInstance).map(c -> "punkt «" + c.getNumber() + "» (" + c.getHeading() + ")")
				.findFirst().orElse("vederlagsbestemmelsen");
		String name = cells.get(0).count() == null ? input.unit() : cells.get(0).count().unitName();
		blocks.add(new Block.Paragraph("Hvert beløp for " + name + " i grunnlaget («" + input.baselineName()
				+ "»): formelen som regnet det, satsen, tallet og kilden. Vederlaget følger " + clause + "."));
		List<List<String>> rows = new ArrayList<>();
		for (PaymentCell cell : cells) {
			rows.add(List.of(String.valueOf(cell.year()), Texts.category(input, cell.category()), cell.formula(),
					cell.rateName() == null ? "" : cell.rateName() + " = " + cell.rate().toPlainString(),
					cell.count() == null ? "" : Texts.count(cell.count().value()),
					cell.count() == null ? "" : cell.count().provenance().describe(), Texts.nok(cell.amount())));
		}
		for (int year : input.baseline().years()) {
			BigDecimal total = cells.stream().filter(c -> c.year() == year).map(PaymentCell::amount).reduce(BigDecimal.ZERO,
					BigDecimal::add);
			rows.add(List.of(String.valueOf(year), "Sum", "", "", "", "", Texts.nok(total)));
		}
		blocks.add(new Block.Table(List.of("År", "Kategori", "Formel", "Sats", "Tall", "Kilde", "Beløp"), rows,
				List.of(false, false, false, false, true, false, true)));
		return blocks;
	}
}
