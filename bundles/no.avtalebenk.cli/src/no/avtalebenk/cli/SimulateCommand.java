package no.avtalebenk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.result.PaymentResult;

/** {@code simulate}: the example's payments per category and year. */
final class SimulateCommand {

	private SimulateCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) throws UsageException, IOException,
			CountFileException, no.avtalebenk.model.io.AgreementFileException {
		String format = "table";
		String scenario = null;
		String model = null;
		String data = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--format" -> {
				if (i + 1 >= args.length) {
					throw new UsageException("--format needs a value: table, csv or json");
				}
				format = args[++i];
			}
			case "--scenario", "--model", "--data" -> {
				if (i + 1 >= args.length) {
					throw new UsageException(args[i] + " needs a value");
				}
				switch (args[i]) {
				case "--scenario" -> scenario = args[++i];
				case "--model" -> model = args[++i];
				default -> data = args[++i];
				}
			}
			case "--help" -> {
				out.println("Usage: ./avtalebenk simulate [--scenario NAME] [--model NAME] [--data reference|FILE.avtale]"
						+ " [--format table|csv|json]");
				return Commands.OK;
			}
			default -> throw new UsageException("unknown option '" + args[i] + "'");
			}
		}
		if (!List.of("table", "csv", "json").contains(format)) {
			throw new UsageException("unknown format '" + format + "'; use table, csv or json");
		}
		PaymentResult result;
		if (scenario == null && model == null && data == null) {
			result = Examples.simulate();
		} else {
			ExampleRun run = ExampleRun.load().withData(data);
			result = run.project(run.projection(model), run.scenario(scenario));
		}
		switch (format) {
		case "table" -> table(result, out);
		case "csv" -> csv(result, out);
		case "json" -> json(result, out);
		default -> throw new UsageException("unknown format '" + format + "'; use table, csv or json");
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
