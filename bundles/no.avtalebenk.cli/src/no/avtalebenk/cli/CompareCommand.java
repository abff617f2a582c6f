package no.avtalebenk.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.Locale;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.OfferRounds;
import no.avtalebenk.cases.OfferRounds.Offer;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.terms.AgreedAmounts;
import no.avtalebenk.simulation.analysis.Comparison.Grouping;
import no.avtalebenk.simulation.analysis.Comparison.Row;
import no.avtalebenk.simulation.analysis.Comparison.Variant;
import no.avtalebenk.simulation.analysis.Comparison;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.scenario.ScenarioInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code compare}: scenarios side by side (each party's position and the mediator's proposal
 * against the baseline), or projection models side by side on the same units.
 */
@Command(name = "compare", description = "Scenarios (or projection models) side by side, with differences.")
final class CompareCommand extends Subcommand {

	/** Said when projection models that price different goods are set side by side. */
	static final String DIFFERENT_GOODS = "these models price different goods, so a difference between them is not a "
			+ "difference in price for the same good: compare what is bought, not only the amounts";

	@Option(names = "--scenarios", paramLabel = "NAME,NAME...",
			description = "The scenarios to compare, the first the reference (default: all, in model order); "
					+ "with --projections at most one.")
	private String scenariosOption;

	@Option(names = "--projections", paramLabel = "NAME,NAME...",
			description = "Projection models side by side on one scenario, the first the reference.")
	private String projectionsOption;

	@Option(names = "--rounds",
			description = "Only each party's offers by round: per party in round order, the totals per year, the change "
					+ "from the party's previous round and the gap to the agreed amount.")
	private boolean rounds;

	@Option(names = "--by", paramLabel = "category|unit|county|year", description = "How rows are grouped (default: category).")
	private String by = "category";

	@Mixin
	private CaseOptions caseOptions;

	@Mixin
	private FormatOption.TableCsvJson formatOption;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		String format = formatOption.get();
		Grouping grouping;
		try {
			grouping = Grouping.valueOf(by.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException("unknown grouping '" + by + "'; use category, unit, county or year");
		}
		Case run = caseOptions.open();
		if (rounds) {
			if (projectionsOption != null || scenariosOption != null) {
				throw new UsageException("--rounds shows every offer of the agreement; leave out --scenarios and --projections");
			}
			rounds(OfferRounds.of(run), run.title(), format, out);
			return Commands.OK;
		}
		List<Variant> variants = new ArrayList<>();
		List<String> goods = new ArrayList<>();
		if (projectionsOption != null) {
			if (scenariosOption != null && scenariosOption.contains(",")) {
				throw new UsageException("compare either several scenarios or several projection models, not both");
			}
			ScenarioInputs scenario = run.scenario(scenariosOption);
			for (String name : projectionsOption.split(",")) {
				ProjectionDescriptor model = run.projection(name.strip());
				variants.add(new Variant(model.name(), model.label(), run.project(model, scenario)));
				goods.add(model.model().pricedGood());
			}
		} else {
			ProjectionDescriptor model = run.projection(null);
			List<String> names = new ArrayList<>();
			if (scenariosOption == null) {
				run.model().getScenarios().stream().map(Scenario::getName).forEach(names::add);
			} else {
				for (String name : scenariosOption.split(",")) {
					names.add(name.strip());
				}
			}
			for (String name : names) {
				ScenarioInputs scenario = run.scenario(name);
				variants.add(new Variant(scenario.name(), scenario.holder(), run.project(model, scenario)));
			}
		}
		// The CSV has no place for the rounds; the others reuse the scenarios already projected.
		List<Offer> offers = projectionsOption != null || format.equals("csv") ? List.of() : offers(run, variants);
		List<Row> rows = withAgreed(Comparison.compare(variants, grouping, run.county()),
				AgreedAmounts.byYear(run.model()));
		String groupName = grouping.name().toLowerCase(Locale.ROOT);
		switch (format) {
		case "csv" -> {
			out.println(groupName + ";year;variant;holder;amount_nok;difference_nok");
			for (Row row : rows) {
				for (int v = 0; v < variants.size(); v++) {
					out.println(row.group() + ";" + row.year() + ";" + variants.get(v).name() + ";"
							+ variants.get(v).holder() + ";" + Amounts.plain(row.amounts().get(v)) + ";"
							+ Amounts.plain(row.differences().get(v)));
				}
			}
		}
		case "json" -> {
			StringBuilder json = new StringBuilder("{\"title\":").append(Json.quote(variants.get(0).result().title()))
					.append(",\"by\":").append(Json.quote(groupName)).append(",\"reference\":")
					.append(Json.quote(variants.get(0).name())).append(",\"variants\":[");
			for (int v = 0; v < variants.size(); v++) {
				json.append(v == 0 ? "" : ",").append("{\"name\":").append(Json.quote(variants.get(v).name()))
						.append(",\"holder\":").append(Json.quote(variants.get(v).holder()));
				if (!goods.isEmpty()) {
					json.append(",\"prices\":").append(Json.quote(goods.get(v)));
				}
				Integer round = round(run, variants.get(v).name(), projectionsOption != null);
				if (round != null) {
					json.append(",\"round\":").append(round);
				}
				json.append('}');
			}
			json.append("],\"rows\":[");
			for (int r = 0; r < rows.size(); r++) {
				Row row = rows.get(r);
				json.append(r == 0 ? "" : ",").append("{\"group\":").append(Json.quote(row.group())).append(",\"year\":")
						.append(row.year()).append(",\"amounts\":[");
				for (int v = 0; v < variants.size(); v++) {
					json.append(v == 0 ? "" : ",").append("{\"variant\":").append(Json.quote(variants.get(v).name()))
							.append(",\"amount\":\"").append(Amounts.plain(row.amounts().get(v)))
							.append("\",\"difference\":\"").append(Amounts.plain(row.differences().get(v))).append("\"}");
				}
				json.append("]}");
			}
			json.append(']');
			if (differentGoods(goods)) {
				json.append(",\"note\":").append(Json.quote(DIFFERENT_GOODS));
			}
			if (!offers.isEmpty()) {
				json.append(",\"rounds\":");
				roundsJson(offers, json);
			}
			out.println(json.append('}'));
		}
		default -> {
			table(out, variants, rows, groupName, run, projectionsOption != null);
			for (int v = 0; v < goods.size(); v++) {
				if (!goods.get(v).isEmpty()) {
					out.println(variants.get(v).name() + " prices " + goods.get(v));
				}
			}
			if (differentGoods(goods)) {
				out.println("note: " + DIFFERENT_GOODS);
			}
			if (!offers.isEmpty()) {
				out.println();
				out.println("Offers by round (NOK)");
				roundsTable(offers, out);
			}
		}
		}
		return Commands.OK;
	}

	/**
	 * After each year's total, the amount the agreement states for the year ({@code agreed}, the same in
	 * every column) and each column's total minus it ({@code gap}), when the agreement states one.
	 */
	private static List<Row> withAgreed(List<Row> rows, SortedMap<Integer, BigDecimal> agreed) {
		List<Row> result = new ArrayList<>();
		for (Row row : rows) {
			result.add(row);
			BigDecimal amount = agreed.get(row.year());
			if (row.group().equals("total") && amount != null) {
				List<BigDecimal> same = row.amounts().stream().map(a -> amount).toList();
				List<BigDecimal> none = row.amounts().stream().map(a -> BigDecimal.ZERO.setScale(2)).toList();
				result.add(new Row("agreed", row.year(), same, none));
				result.add(new Row("gap", row.year(), row.amounts().stream().map(a -> a.subtract(amount)).toList(),
						row.differences()));
			}
		}
		return result;
	}

	private static void table(PrintStream out, List<Variant> variants, List<Row> rows, String groupName, Case run,
			boolean projections) {
		out.println("Comparison by " + groupName + " (NOK), " + variants.get(0).result().title());
		for (int v = 0; v < variants.size(); v++) {
			Integer round = round(run, variants.get(v).name(), projections);
			out.println((v == 0 ? "reference: " : "compared:  ") + variants.get(v).name() + " (" + variants.get(v).holder()
					+ (round == null ? "" : ", round " + round) + ")");
		}
		int width = 18;
		for (Variant v : variants) {
			width = Math.max(width, v.name().length() + 2);
		}
		StringBuilder header = new StringBuilder(String.format("%-6s%-24s", "year", groupName));
		for (int v = 0; v < variants.size(); v++) {
			header.append(String.format("%" + width + "s", variants.get(v).name()));
			if (v > 0) {
				header.append(String.format("%18s", "difference"));
			}
		}
		out.println(header);
		for (Row row : rows) {
			StringBuilder line = new StringBuilder(String.format("%-6d%-24s", row.year(), row.group()));
			for (int v = 0; v < variants.size(); v++) {
				line.append(String.format("%" + width + "s", Amounts.norwegian(row.amounts().get(v))));
				if (v > 0) {
					line.append(String.format("%18s", Amounts.norwegian(row.differences().get(v))));
				}
			}
			out.println(line);
		}
	}

	/** Each party's offers by round, projecting only the offers and baseline the comparison does not hold. */
	private static List<Offer> offers(Case run, List<Variant> variants) throws CaseException {
		java.util.Map<String, no.avtalebenk.simulation.result.PaymentResult> results = new java.util.LinkedHashMap<>();
		for (Variant variant : variants) {
			results.put(variant.name(), variant.result());
		}
		ProjectionDescriptor model = run.projection(null);
		for (Scenario scenario : run.model().getScenarios()) {
			boolean needed = scenario.getName().equals(run.baselineName())
					|| scenario.getHolder() != null && scenario.getHolder() != no.avtalebenk.model.avtale.ScenarioHolder.BASELINE;
			if (needed && !results.containsKey(scenario.getName())) {
				results.put(scenario.getName(), run.project(model, run.scenario(scenario.getName())));
			}
		}
		return OfferRounds.of(run.model(), results, run.baselineName());
	}

	/** @return whether the models compared say they price different goods */
	private static boolean differentGoods(List<String> goods) {
		return goods.stream().filter(g -> !g.isEmpty()).distinct().count() > 1;
	}

	/** @return the round of a scenario that has one, else null (projection models have none) */
	private static Integer round(Case run, String name, boolean projections) {
		if (projections) {
			return null;
		}
		for (Scenario scenario : run.model().getScenarios()) {
			if (scenario.getName().equals(name) && scenario.getRound() != 0) {
				return scenario.getRound();
			}
		}
		return null;
	}

	private static void rounds(List<Offer> offers, String title, String format, PrintStream out) {
		switch (format) {
		case "csv" -> {
			out.println("holder;round;scenario;year;total_nok;change_nok;change_from;gap_nok");
			for (Offer offer : offers) {
				for (var total : offer.totals().entrySet()) {
					BigDecimal gap = offer.gap().get(total.getKey());
					out.println(offer.holder() + ";" + offer.round() + ";" + offer.scenario() + ";" + total.getKey() + ";"
							+ Amounts.plain(total.getValue()) + ";" + Amounts.plain(offer.change().get(total.getKey())) + ";"
							+ offer.previous() + ";" + (gap == null ? "" : Amounts.plain(gap)));
				}
			}
		}
		case "json" -> {
			StringBuilder json = new StringBuilder("{\"title\":").append(Json.quote(title)).append(",\"rounds\":");
			roundsJson(offers, json);
			out.println(json.append('}'));
		}
		default -> {
			out.println("Offers by round (NOK), " + title);
			roundsTable(offers, out);
		}
		}
	}

	private static void roundsTable(List<Offer> offers, PrintStream out) {
		out.println(String.format("%-18s%6s  %-28s%6s%20s%20s%20s", "holder", "round", "scenario", "year", "total",
				"change", "gap"));
		for (Offer offer : offers) {
			for (var total : offer.totals().entrySet()) {
				BigDecimal gap = offer.gap().get(total.getKey());
				out.println(String.format("%-18s%6d  %-28s%6d%20s%20s%20s", offer.holder(), offer.round(), offer.scenario(),
						total.getKey(), Amounts.norwegian(total.getValue()),
						Amounts.norwegian(offer.change().get(total.getKey())), gap == null ? "" : Amounts.norwegian(gap)));
			}
		}
		out.println("change: from the same party's previous round (the first round: from the baseline); gap: total − agreed");
	}

	private static void roundsJson(List<Offer> offers, StringBuilder json) {
		json.append('[');
		for (int i = 0; i < offers.size(); i++) {
			Offer offer = offers.get(i);
			json.append(i == 0 ? "" : ",").append("{\"holder\":").append(Json.quote(offer.holder())).append(",\"round\":")
					.append(offer.round()).append(",\"scenario\":").append(Json.quote(offer.scenario()))
					.append(",\"changeFrom\":").append(Json.quote(offer.previous())).append(",\"years\":[");
			boolean first = true;
			for (var total : offer.totals().entrySet()) {
				BigDecimal gap = offer.gap().get(total.getKey());
				json.append(first ? "" : ",").append("{\"year\":").append(total.getKey()).append(",\"total\":\"")
						.append(Amounts.plain(total.getValue())).append("\",\"change\":\"")
						.append(Amounts.plain(offer.change().get(total.getKey()))).append('"');
				if (gap != null) {
					json.append(",\"gap\":\"").append(Amounts.plain(gap)).append('"');
				}
				json.append('}');
				first = false;
			}
			json.append("]}");
		}
		json.append(']');
	}
}
