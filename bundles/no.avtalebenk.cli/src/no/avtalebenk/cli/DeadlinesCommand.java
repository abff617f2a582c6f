package no.avtalebenk.cli;

import java.io.PrintStream;
import java.util.List;

import no.avtalebenk.cases.Case;
import no.avtalebenk.model.terms.Deadlines;
import no.avtalebenk.model.terms.Deadlines.Deadline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code deadlines}: the dated duties of the case's agreement in its period: reports due, meetings to
 * hold, the start of renegotiation and the end of the period. The dates are {@link Deadlines}'.
 */
@Command(name = "deadlines", description = "The agreement's duties as dates: reports, meetings, renegotiation start, expiry.")
final class DeadlinesCommand extends Subcommand {

	@Mixin
	private CaseFolderOption caseFolder;

	@Mixin
	private FormatOption.TableCsvJson formatOption;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		String format = formatOption.get();
		Case scope = caseFolder.open();
		List<Deadline> deadlines = Deadlines.of(scope.model());
		switch (format) {
		case "csv" -> {
			out.println("date;kind;party;clause;what;basis;path");
			for (Deadline d : deadlines) {
				out.println(String.join(";", d.date().toString(), d.kind().label(), DiffCommand.field(d.party()),
						DiffCommand.field(d.clause()), DiffCommand.field(d.what()), DiffCommand.field(d.basis()),
						DiffCommand.field(d.path())));
			}
		}
		case "json" -> {
			StringBuilder json = new StringBuilder("{\"title\":").append(Json.quote(scope.title())).append(",\"deadlines\":[");
			for (int i = 0; i < deadlines.size(); i++) {
				Deadline d = deadlines.get(i);
				json.append(i == 0 ? "" : ",").append("{\"date\":\"").append(d.date()).append("\",\"kind\":")
						.append(Json.quote(d.kind().label())).append(",\"party\":").append(Json.quote(d.party()))
						.append(",\"clause\":").append(Json.quote(d.clause())).append(",\"what\":")
						.append(Json.quote(d.what())).append(",\"basis\":").append(Json.quote(d.basis())).append(",\"path\":")
						.append(Json.quote(d.path())).append('}');
			}
			out.println(json.append("]}"));
		}
		default -> {
			out.println("Deadlines, " + scope.title() + ": " + deadlines.size());
			out.println(String.format("%-12s%-15s%-9s%-11s%s", "date", "kind", "party", "clause", "what"));
			for (Deadline d : deadlines) {
				out.println(String.format("%-12s%-15s%-9s%-11s%s", d.date(), d.kind().label(), d.party(), d.clause(),
						d.what()));
				out.println(String.format("%47s%s", "", d.basis() + "  (" + d.path() + ")"));
			}
		}
		}
		return Commands.OK;
	}
}
