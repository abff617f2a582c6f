package no.avtalebenk.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import no.avtalebenk.cases.Case;
import no.avtalebenk.model.terms.AgreedAmounts;
import no.avtalebenk.simulation.result.PaymentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code simulate}: the case's payments per category and year, beside the amounts the agreement states. */
@Command(name = "simulate", description = "Payments of the case per category and year, with the agreed amount and the gap.")
final class SimulateCommand extends Subcommand {

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
		PaymentResult result = run.project(run.projection(projection), run.scenario(scenario));
		SortedMap<Integer, BigDecimal> agreed = new TreeMap<>(AgreedAmounts.byYear(run.model()));
		agreed.keySet().retainAll(result.years());
		switch (chosen) {
		case "csv" -> csv(result, agreed, out);
		case "json" -> json(result, agreed, out);
		default -> table(result, agreed, out);
		}
		return Commands.OK;
	}

	private static void table(PaymentResult result, SortedMap<Integer, BigDecimal> agreed, PrintStream out) {
		PaymentResult.Sums sums = result.sums();
		out.println("Payments (NOK), " + result.title());
		StringBuilder header = new StringBuilder(String.format("%-20s", "category"));
		for (int year : result.years()) {
			header.append(String.format("%20s", year));
		}
		out.println(header);
		for (String category : result.categories()) {
			StringBuilder row = new StringBuilder(String.format("%-20s", category));
			for (int year : result.years()) {
				row.append(String.format("%20s", Amounts.norwegian(sums.amount(category, year))));
			}
			out.println(row);
		}
		StringBuilder total = new StringBuilder(String.format("%-20s", "total"));
		for (int year : result.years()) {
			total.append(String.format("%20s", Amounts.norwegian(sums.total(year))));
		}
		out.println(total);
		if (!agreed.isEmpty()) {
			StringBuilder agreedLine = new StringBuilder(String.format("%-20s", "agreed"));
			StringBuilder gapLine = new StringBuilder(String.format("%-20s", "gap"));
			for (int year : result.years()) {
				BigDecimal amount = agreed.get(year);
				agreedLine.append(String.format("%20s", amount == null ? "" : Amounts.norwegian(amount)));
				gapLine.append(String.format("%20s", amount == null ? "" : Amounts.norwegian(sums.total(year).subtract(amount))));
			}
			out.println(agreedLine);
			out.println(gapLine);
		}
	}

	private static void csv(PaymentResult result, SortedMap<Integer, BigDecimal> agreed, PrintStream out) {
		PaymentResult.Sums sums = result.sums();
		out.println("category;year;amount_nok");
		for (String category : result.categories()) {
			for (int year : result.years()) {
				out.println(category + ";" + year + ";" + Amounts.plain(sums.amount(category, year)));
			}
		}
		for (int year : result.years()) {
			out.println("total;" + year + ";" + Amounts.plain(sums.total(year)));
		}
		agreed.forEach((year, amount) -> out.println("agreed;" + year + ";" + Amounts.plain(amount)));
		agreed.forEach((year, amount) -> out.println("gap;" + year + ";" + Amounts.plain(sums.total(year).subtract(amount))));
	}

	private static void json(PaymentResult result, SortedMap<Integer, BigDecimal> agreed, PrintStream out) {
		PaymentResult.Sums sums = result.sums();
		StringBuilder json = new StringBuilder("{\"title\":").append(Json.quote(result.title())).append(",\"payments\":[");
		boolean first = true;
		for (String category : result.categories()) {
			for (int year : result.years()) {
				BigDecimal amount = sums.amount(category, year);
				json.append(first ? "" : ",").append("{\"category\":").append(Json.quote(category)).append(",\"year\":")
						.append(year).append(",\"amount\":\"").append(Amounts.plain(amount)).append('"');
				// an exact line with more decimals (invoices rounded per unit total) also as computed
				if (amount.compareTo(new BigDecimal(Amounts.plain(amount))) != 0) {
					json.append(",\"exact\":\"").append(amount.stripTrailingZeros().toPlainString()).append('"');
				}
				json.append('}');
				first = false;
			}
		}
		json.append("],\"totals\":[");
		List<Integer> years = result.years();
		for (int i = 0; i < years.size(); i++) {
			BigDecimal total = sums.total(years.get(i));
			json.append(i == 0 ? "" : ",").append("{\"year\":").append(years.get(i)).append(",\"amount\":\"")
					.append(Amounts.plain(total)).append("\"}");
		}
		json.append(']');
		if (!agreed.isEmpty()) {
			json.append(",\"agreed\":[");
			boolean firstAgreed = true;
			for (var entry : agreed.entrySet()) {
				json.append(firstAgreed ? "" : ",").append("{\"year\":").append(entry.getKey()).append(",\"amount\":\"")
						.append(Amounts.plain(entry.getValue())).append("\",\"gap\":\"")
						.append(Amounts.plain(sums.total(entry.getKey()).subtract(entry.getValue()))).append("\"}");
				firstAgreed = false;
			}
			json.append(']');
		}
		out.println(json.append('}'));
	}
}
