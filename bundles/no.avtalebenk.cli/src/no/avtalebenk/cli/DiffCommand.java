package no.avtalebenk.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.diff.CaseDiff;
import no.avtalebenk.cases.diff.PaymentEffect;
import no.avtalebenk.model.diff.Difference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diff A.avtale B.avtale} or {@code diff --scenarios A,B}: two offers compared clause by clause
 * (added, removed and changed clauses, terms, rates, parameters and scenarios, each with its place) and
 * by what they pay per category and year. The comparison itself is {@link CaseDiff}.
 */
@Command(name = "diff", description = "Two agreements, or two scenarios of a case, clause by clause, with the payment effect.")
final class DiffCommand extends Subcommand {

	private static final int SHORT = 60;

	@Parameters(paramLabel = "FILE.avtale", arity = "0..2",
			description = "Two agreement files, the first the reference; each file's folder is its case.")
	private List<String> files = new ArrayList<>();

	@Option(names = "--scenarios", paramLabel = "A,B",
			description = "Two scenarios of the case instead of two files, the first the reference.")
	private String scenarios;

	@Option(names = "--scenario", paramLabel = "NAME",
			description = "With two files: the scenario whose payments are compared in both (default: each one's baseline).")
	private String scenario;

	@Mixin
	private CaseOptions caseOptions;

	@Mixin
	private FormatOption.TableCsvJson formatOption;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		String format = formatOption.get();
		CaseDiff diff;
		if (scenarios != null) {
			if (!files.isEmpty()) {
				throw new UsageException("give two agreement files or --scenarios A,B, not both");
			}
			if (scenario != null) {
				throw new UsageException("--scenario goes with two files; --scenarios names both scenarios");
			}
			String[] names = scenarios.split(",");
			if (names.length != 2 || names[0].isBlank() || names[1].isBlank()) {
				throw new UsageException("--scenarios takes two scenario names, A,B");
			}
			diff = CaseDiff.scenarios(caseOptions.open(), names[0].strip(), names[1].strip());
		} else {
			if (files.size() != 2) {
				throw new UsageException("give two agreement files (A.avtale B.avtale), or --scenarios A,B");
			}
			if (caseOptions.namesCase()) {
				throw new UsageException("--case goes with --scenarios; two files name their cases themselves");
			}
			Case first = Cases.openAgreement(top().workingFolder.resolve(files.get(0))).withData(caseOptions.data())
					.withCountYears(caseOptions.countYears());
			Case second = Cases.openAgreement(top().workingFolder.resolve(files.get(1))).withData(caseOptions.data())
					.withCountYears(caseOptions.countYears());
			diff = CaseDiff.agreements(first, scenario, second, scenario);
		}
		switch (format) {
		case "csv" -> csv(diff, out);
		case "json" -> json(diff, out);
		default -> table(diff, out);
		}
		return Commands.OK;
	}

	private static void table(CaseDiff diff, PrintStream out) {
		out.println("Differences from A (" + diff.before() + ") to B (" + diff.after() + "): " + diff.differences().size());
		for (Difference d : diff.differences()) {
			StringBuilder line = new StringBuilder(String.format("%-9s%-17s%s", d.change().label(), d.element(), d.path()));
			switch (d.change()) {
			case ADDED -> line.append("  ").append(shorten(d.after()));
			case REMOVED -> line.append("  ").append(shorten(d.before()));
			case CHANGED -> line.append("  ").append(d.feature()).append(": ").append(shorten(d.before())).append(" → ")
					.append(shorten(d.after()));
			}
			out.println(line);
		}
		out.println("Payment effect (NOK), B − A");
		out.println(String.format("%-24s%6s%20s%20s%20s", "category", "year", "A", "B", "difference"));
		List<PaymentEffect> rows = new ArrayList<>(diff.payments());
		rows.addAll(diff.totals());
		for (PaymentEffect row : rows) {
			out.println(String.format("%-24s%6d%20s%20s%20s", row.category(), row.year(), Amounts.norwegian(row.before()),
					Amounts.norwegian(row.after()), Amounts.norwegian(row.difference())));
		}
	}

	private static void csv(CaseDiff diff, PrintStream out) {
		out.println("record;change;element;path;feature;before;after;category;year;a_nok;b_nok;difference_nok");
		for (Difference d : diff.differences()) {
			out.println(String.join(";", "difference", d.change().label(), field(d.element()), field(d.path()),
					field(d.feature()), field(d.before()), field(d.after()), "", "", "", "", ""));
		}
		List<PaymentEffect> rows = new ArrayList<>(diff.payments());
		rows.addAll(diff.totals());
		for (PaymentEffect row : rows) {
			out.println(String.join(";", "payment", "", "", "", "", "", "", field(row.category()),
					Integer.toString(row.year()), Amounts.plain(row.before()), Amounts.plain(row.after()),
					Amounts.plain(row.difference())));
		}
	}

	private static void json(CaseDiff diff, PrintStream out) {
		StringBuilder json = new StringBuilder("{\"a\":").append(Json.quote(diff.before())).append(",\"b\":")
				.append(Json.quote(diff.after())).append(",\"differences\":[");
		for (int i = 0; i < diff.differences().size(); i++) {
			Difference d = diff.differences().get(i);
			json.append(i == 0 ? "" : ",").append("{\"change\":").append(Json.quote(d.change().label()))
					.append(",\"element\":").append(Json.quote(d.element())).append(",\"path\":").append(Json.quote(d.path()))
					.append(",\"feature\":").append(Json.quote(d.feature())).append(",\"before\":")
					.append(Json.quote(d.before())).append(",\"after\":").append(Json.quote(d.after())).append('}');
		}
		json.append("],\"payments\":");
		effects(diff.payments(), json);
		json.append(",\"totals\":");
		effects(diff.totals(), json);
		out.println(json.append('}'));
	}

	private static void effects(List<PaymentEffect> rows, StringBuilder json) {
		json.append('[');
		for (int i = 0; i < rows.size(); i++) {
			PaymentEffect row = rows.get(i);
			json.append(i == 0 ? "" : ",").append("{\"category\":").append(Json.quote(row.category())).append(",\"year\":")
					.append(row.year()).append(",\"a\":\"").append(Amounts.plain(row.before())).append("\",\"b\":\"")
					.append(Amounts.plain(row.after())).append("\",\"difference\":\"").append(Amounts.plain(row.difference()))
					.append("\"}");
		}
		json.append(']');
	}

	/** A CSV field: quoted with doubled quotes when it holds a semicolon, a quote or a line break. */
	static String field(String text) {
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private static String shorten(String text) {
		String flat = text.replaceAll("\\s+", " ");
		return flat.length() <= SHORT ? flat : flat.substring(0, SHORT - 1) + "…";
	}
}
