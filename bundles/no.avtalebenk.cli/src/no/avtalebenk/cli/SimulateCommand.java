package no.avtalebenk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.result.PaymentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code simulate}: the example's payments per category and year. */
@Command(name = "simulate", description = "Payments of the bundled KS-Kopinor 2026-2027 example per category and year.")
final class SimulateCommand extends Subcommand {

	@Option(names = "--scenario", paramLabel = "NAME", description = "A scenario of the example's model (default: the baseline).")
	private String scenario;

	@Option(names = "--projection", paramLabel = "NAME",
			description = "An installed projection model (default: kopinor; see projections).")
	private String projection;

	@Mixin
	private CaseOptions caseOptions;

	@Mixin
	private FormatOption.TableCsvJson format;

	@Override
	int run(PrintStream out, PrintStream err) throws UsageException, IOException, CountFileException, AgreementFileException {
		String chosen = format.get();
		ExampleRun run = caseOptions.run();
		PaymentResult result = run.project(run.projection(projection), run.scenario(scenario));
		switch (chosen) {
		case "csv" -> csv(result, out);
		case "json" -> json(result, out);
		default -> table(result, out);
		}
		return Commands.OK;
	}

	private static void table(PaymentResult result, PrintStream out) {
		out.println("Payments (NOK), " + result.title());
		StringBuilder header = new StringBuilder(String.format("%-20s", "category"));
		for (int year : result.years()) {
			header.append(String.format("%20s", year));
		}
		out.println(header);
		for (String category : result.categories()) {
			StringBuilder row = new StringBuilder(String.format("%-20s", category));
			for (int year : result.years()) {
				row.append(String.format("%20s", Amounts.norwegian(result.amount(category, year))));
			}
			out.println(row);
		}
		StringBuilder total = new StringBuilder(String.format("%-20s", "total"));
		for (int year : result.years()) {
			total.append(String.format("%20s", Amounts.norwegian(result.total(year))));
		}
		out.println(total);
	}

	private static void csv(PaymentResult result, PrintStream out) {
		out.println("category;year;amount_nok");
		for (String category : result.categories()) {
			for (int year : result.years()) {
				out.println(category + ";" + year + ";" + Amounts.plain(result.amount(category, year)));
			}
		}
		for (int year : result.years()) {
			out.println("total;" + year + ";" + Amounts.plain(result.total(year)));
		}
	}

	private static void json(PaymentResult result, PrintStream out) {
		StringBuilder json = new StringBuilder("{\"title\":").append(Json.quote(result.title())).append(",\"payments\":[");
		boolean first = true;
		for (String category : result.categories()) {
			for (int year : result.years()) {
				json.append(first ? "" : ",").append("{\"category\":").append(Json.quote(category)).append(",\"year\":")
						.append(year).append(",\"amount\":\"").append(Amounts.plain(result.amount(category, year)))
						.append("\"}");
				first = false;
			}
		}
		json.append("],\"totals\":[");
		List<Integer> years = result.years();
		for (int i = 0; i < years.size(); i++) {
			BigDecimal total = result.total(years.get(i));
			json.append(i == 0 ? "" : ",").append("{\"year\":").append(years.get(i)).append(",\"amount\":\"")
					.append(Amounts.plain(total)).append("\"}");
		}
		out.println(json.append("]}"));
	}
}
