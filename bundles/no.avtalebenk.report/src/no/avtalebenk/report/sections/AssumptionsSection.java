package no.avtalebenk.report.sections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import no.avtalebenk.formula.vederlag.DatedValue;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.IndexStep;
import no.avtalebenk.formula.vederlag.KpiPoint;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.Provenance;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.report.Block;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.ReportSection;
import no.avtalebenk.report.assumptions.Assumption;

/**
 * Assumptions and data provenance: every assumption of the case as
 * {@link no.avtalebenk.report.assumptions.Assumptions} gathers it (the index steps first), then the
 * index steps (each with its published source or marked as an assumption), every rate with its dated
 * values and sources, every parameter, and where each count comes from, with estimates and assumptions
 * marked as such.
 */
public class AssumptionsSection implements ReportSection {

	/** Up to this many counts are listed one by one; more are summarised per source. */
	static final int LISTED_COUNTS = 60;

	@Override
	public List<Block> blocks(BriefingInput input) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, "Forutsetninger og datakilder"));
		List<Assumption> assumptions = input.assumptions().assumptions();
		blocks.add(new Block.Paragraph(assumptions.size() + " forutsetninger i saken, indeksstegene først: verdier i "
				+ "formelfilene og avtalefilen som er merket som forutsetninger, anslåtte tall og standardverdiene i "
				+ "analysene under (./avtalebenk assumptions). Deretter hvert indekssteg, hver sats og parameter og "
				+ "hvert tall med sin kilde."));
		List<List<String>> listed = new ArrayList<>();
		for (Assumption assumption : assumptions) {
			listed.add(List.of(assumption.kind().label(Labels.BOKMAL), assumption.what(), assumption.value(),
					assumption.where(), assumption.label()));
		}
		blocks.add(new Block.Heading(2, "Alle forutsetninger"));
		blocks.add(new Block.Table(List.of("Art", "Hva", "Verdi", "Hvor", "Merket som"), listed,
				List.of(false, false, false, false, false)));
		// The index steps first: the one assumption that moves every rate at once.
		blocks.add(new Block.Heading(2, "Indekssteg"));
		List<List<String>> steps = new ArrayList<>();
		for (Element element : input.formulas().getElements()) {
			if (element instanceof Index index) {
				for (IndexStep step : index.getSteps()) {
					steps.add(List.of(index.getName(), step.getValidFrom().replace(" ", ""), describe(step),
							origin(step.getSource(), step.getAssumption())));
				}
				for (KpiPoint point : index.getPoints()) {
					steps.add(List.of(index.getName(), "KPI oktober " + point.getYear(), point.getValue().toPlainString(),
							origin(point.getSource(), point.getAssumption())));
				}
			}
		}
		blocks.add(new Block.Table(List.of("Indeks", "Fra", "Steg", "Kilde eller forutsetning"), steps,
				List.of(false, false, true, false)));
		blocks.add(new Block.Heading(2, "Satser"));
		List<List<String>> rates = new ArrayList<>();
		List<List<String>> parameters = new ArrayList<>();
		for (Element element : input.formulas().getElements()) {
			if (element instanceof Rate rate) {
				for (DatedValue value : rate.getValues()) {
					rates.add(List.of(rate.getName(), rate.getCategory() == null ? "" : Texts.category(input, rate.getCategory().getName()),
							value.getValidFrom().replace(" ", ""), value.getValue().toPlainString() + " " + rate.getUnit(),
							origin(value.getSource(), value.getAssumption())));
				}
			} else if (element instanceof Parameter parameter) {
				String expression = NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(parameter.getValue()));
				parameters.add(List.of(parameter.getName(), expression, origin(parameter.getNote(), parameter.getAssumption())));
			}
		}
		blocks.add(new Block.Table(List.of("Sats", "Kategori", "Fra", "Verdi", "Kilde"), rates,
				List.of(false, false, false, true, false)));
		blocks.add(new Block.Heading(2, "Parametre"));
		blocks.add(new Block.Table(List.of("Parameter", "Verdi", "Merknad"), parameters, List.of(false, true, false)));
		blocks.add(new Block.Heading(2, "Tall og deres kilder"));
		List<Count> counts = input.model().getCounts();
		long estimates = counts.stream().filter(c -> c.getProvenance() != null && c.getProvenance().isEstimated()).count();
		blocks.add(new Block.Paragraph(counts.size() + " tall, hvorav " + estimates + " er ANSLAG (ikke publiserte tall); "
				+ "metoden for hvert anslag står i tabellen."));
		if (counts.size() <= LISTED_COUNTS) {
			List<List<String>> rows = new ArrayList<>();
			for (Count count : counts) {
				Provenance p = count.getProvenance();
				rows.add(List.of(count.getUnit().getId(), Texts.category(input, count.getCategory().getId()),
						String.valueOf(count.getYear()),
						Texts.count(count.getValue()), p != null && p.isEstimated() ? "ANSLAG" : "målt", source(p),
						p == null || p.getMethod() == null ? "" : p.getMethod()));
			}
			blocks.add(new Block.Table(List.of("Enhet", "Kategori", "År", "Tall", "Type", "Kilde", "Metode"), rows,
					List.of(false, false, false, true, false, false, false)));
		} else {
			// One row per category, source and method, its years side by side: an estimate repeated
			// unchanged for every year (as the reference data set's are) then takes one row, not three.
			Map<List<String>, Map<Integer, BigDecimal[]>> groups = new LinkedHashMap<>();
			for (Count count : counts) {
				Provenance p = count.getProvenance();
				List<String> key = List.of(count.getCategory().getId(), p != null && p.isEstimated() ? "ANSLAG" : "målt",
						source(p), p == null || p.getMethod() == null ? "" : p.getMethod());
				BigDecimal[] sum = groups.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(count.getYear(),
						y -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
				sum[0] = sum[0].add(BigDecimal.ONE);
				sum[1] = sum[1].add(count.getValue());
			}
			List<List<String>> rows = new ArrayList<>();
			groups.forEach((key, years) -> rows.add(List.of(Texts.category(input, key.get(0)),
					years.keySet().stream().map(String::valueOf).collect(Collectors.joining(", ")),
					perYear(years.values(), 0), perYear(years.values(), 1), key.get(1), key.get(2), key.get(3))));
			blocks.add(new Block.Table(List.of("Kategori", "År", "Enheter", "Sum", "Type", "Kilde", "Metode"), rows,
					List.of(false, false, true, true, false, false, false)));
		}
		return blocks;
	}

	/** A source as it is; an assumption marked as one, so that no assumption reads as a published figure. */
	private static String origin(String source, String assumption) {
		return assumption != null ? "FORUTSETNING: " + assumption : source == null ? "" : source;
	}

	private static String describe(IndexStep step) {
		if (step.getPercent() != null) {
			return (step.getPercent().signum() >= 0 ? "+" : "") + step.getPercent().toPlainString() + " %";
		}
		if (step.getFactor() != null) {
			return "faktor " + step.getFactor().toPlainString();
		}
		return "KPI " + step.getKpiFrom().toPlainString() + " → " + step.getKpiTo().toPlainString();
	}

	/** One figure when every year has the same, else the years' figures in order, separated by " / ". */
	private static String perYear(Collection<BigDecimal[]> years, int index) {
		List<String> figures = years.stream().map(y -> Texts.count(y[index])).toList();
		return figures.stream().distinct().count() == 1 ? figures.get(0) : String.join(" / ", figures);
	}

	private static String source(Provenance p) {
		if (p == null) {
			return "";
		}
		return p.getSource() + (p.getTableOrField() == null ? "" : ", " + p.getTableOrField())
				+ (p.getRetrieved() == null ? "" : " (hentet " + p.getRetrieved() + ")");
	}
}
