package no.avtalebenk.cli;

import java.io.PrintStream;
import java.math.BigDecimal;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.history.AgreementHistory;
import no.avtalebenk.model.terms.PublishedTotals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code history}: per year the total the case's formulas compute beside the total published for it
 * (the agreement's history and its agreed amounts), and the step from the last published total before
 * the period to the first agreed amount split into indexation, counts and the negotiated remainder.
 */
@Command(name = "history", description = "Computed beside published totals per year, and the gap from the last "
		+ "published total to the agreed amount split into indexation, counts and the negotiated remainder.")
final class HistoryCommand extends Subcommand {

	@Option(names = "--scenario", paramLabel = "NAME", description = "A scenario of the case's agreement (default: the baseline).")
	private String scenario;

	@Option(names = "--projection", paramLabel = "NAME",
			description = "An installed projection model (default: kopinor; see projections).")
	private String projection;

	@Mixin
	private CaseOptions caseOptions;

	@Mixin
	private FormatOption.TableCsvJson format;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		String chosen = format.get();
		Case run = caseOptions.open();
		AgreementHistory history = AgreementHistory.of(run, scenario, projection);
		switch (chosen) {
		case "csv" -> csv(history, out);
		case "json" -> json(history, out);
		default -> table(history, out);
		}
		return Commands.OK;
	}

	private static void table(AgreementHistory history, PrintStream out) {
		out.println("History of the total payment (NOK), " + history.title());
		out.println(String.format("%-6s%20s%20s%20s  %-9s%s", "year", "computed", "published", "difference", "counts", "source"));
		boolean assumed = false;
		for (AgreementHistory.Year year : history.years()) {
			assumed |= year.countsAssumed();
			out.println(String.format("%-6d%20s%20s%20s  %-9s%s", year.year(), Amounts.norwegian(year.computed()),
					year.published().map(p -> Amounts.norwegian(p.amount())).orElse(""),
					year.difference().map(Amounts::norwegian).orElse(""),
					year.countsYear() + (year.countsAssumed() ? "*" : ""),
					year.published().map(p -> (p.agreed() ? "agreed: " : "") + p.source()).orElse("")));
		}
		if (assumed) {
			out.println("* ASSUMPTION: computed on the counts of that year; the case holds no counts for the year itself");
		}
		history.gap().ifPresent(gap -> {
			out.println();
			out.println("From the published " + gap.fromYear() + " total to the agreed " + gap.toYear() + " amount (NOK)");
			line(out, "published " + gap.fromYear(), gap.published());
			line(out, "indexation: rates " + gap.fromYear() + " → " + gap.toYear() + " on the counts of " + gap.fromYear(),
					gap.indexation());
			line(out, "counts: " + gap.fromYear() + " → " + gap.toYear() + " at the rates of " + gap.toYear(), gap.counts());
			line(out, "negotiated remainder", gap.remainder());
			line(out, "agreed " + gap.toYear(), gap.end());
			out.println("The remainder is the " + gap.toYear() + " gap (agreed − computed = "
					+ Amounts.norwegian(gap.agreed().subtract(gap.computedTo())) + ") less the " + gap.fromYear()
					+ " difference (published − computed = " + Amounts.norwegian(gap.published().subtract(gap.computedFrom()))
					+ ").");
		});
	}

	private static void line(PrintStream out, String label, BigDecimal amount) {
		out.println(String.format("  %-62s%20s", label, Amounts.norwegian(amount)));
	}

	private static void csv(AgreementHistory history, PrintStream out) {
		out.println("kind;year;amount_nok;counts_year;source");
		for (AgreementHistory.Year year : history.years()) {
			out.println("computed;" + year.year() + ";" + Amounts.plain(year.computed()) + ";" + year.countsYear() + ";"
					+ (year.countsAssumed() ? Csv.field("ASSUMPTION: counts of " + year.countsYear()) : ""));
			year.published().ifPresent(p -> out.println((p.agreed() ? "agreed;" : "published;") + year.year() + ";"
					+ Amounts.plain(p.amount()) + ";;" + Csv.field(p.source())));
			year.difference().ifPresent(d -> out.println("difference;" + year.year() + ";" + Amounts.plain(d) + ";;"));
		}
		history.gap().ifPresent(gap -> {
			out.println("gap-start;" + gap.fromYear() + ";" + Amounts.plain(gap.published()) + ";;");
			out.println("gap-indexation;" + gap.toYear() + ";" + Amounts.plain(gap.indexation()) + ";;");
			out.println("gap-counts;" + gap.toYear() + ";" + Amounts.plain(gap.counts()) + ";;");
			out.println("gap-remainder;" + gap.toYear() + ";" + Amounts.plain(gap.remainder()) + ";;");
			out.println("gap-end;" + gap.toYear() + ";" + Amounts.plain(gap.end()) + ";;");
		});
	}

	private static void json(AgreementHistory history, PrintStream out) {
		StringBuilder json = new StringBuilder("{\"title\":").append(Json.quote(history.title())).append(",\"years\":[");
		boolean first = true;
		for (AgreementHistory.Year year : history.years()) {
			json.append(first ? "" : ",").append("{\"year\":").append(year.year()).append(",\"computed\":\"")
					.append(Amounts.plain(year.computed())).append("\",\"countsYear\":").append(year.countsYear());
			if (year.published().isPresent()) {
				PublishedTotals.Total p = year.published().get();
				json.append(",\"published\":\"").append(Amounts.plain(p.amount())).append("\",\"agreed\":").append(p.agreed())
						.append(",\"difference\":\"").append(Amounts.plain(year.difference().orElseThrow()))
						.append("\",\"source\":").append(Json.quote(p.source()));
			}
			json.append('}');
			first = false;
		}
		json.append(']');
		history.gap().ifPresent(gap -> json.append(",\"gap\":{\"from\":").append(gap.fromYear()).append(",\"to\":")
				.append(gap.toYear()).append(",\"published\":\"").append(Amounts.plain(gap.published()))
				.append("\",\"computedFrom\":\"").append(Amounts.plain(gap.computedFrom())).append("\",\"indexation\":\"")
				.append(Amounts.plain(gap.indexation())).append("\",\"counts\":\"").append(Amounts.plain(gap.counts()))
				.append("\",\"remainder\":\"").append(Amounts.plain(gap.remainder())).append("\",\"agreed\":\"")
				.append(Amounts.plain(gap.agreed())).append("\",\"computedTo\":\"").append(Amounts.plain(gap.computedTo()))
				.append("\"}"));
		out.println(json.append('}'));
	}
}
