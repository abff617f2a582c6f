package no.avtalebenk.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import no.avtalebenk.cases.Case;
import no.avtalebenk.report.assumptions.Assumption;
import no.avtalebenk.report.assumptions.Assumptions;
import no.avtalebenk.report.assumptions.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code assumptions}: every assumption of the case as {@link Assumptions} gathers it (the index steps
 * first, then rates, parameters, the agreement file's labelled values, the estimated counts of the data
 * used and the analyses' defaults), each with its value, place and label, and the open questions of the
 * protocol: the same lists the briefing shows.
 */
@Command(name = "assumptions", description = "Every assumption of the case, index steps first, with value, place and label; "
		+ "the protocol's open questions.")
final class AssumptionsCommand extends Subcommand {

	@Mixin
	private CaseOptions caseOptions;

	@Mixin
	private FormatOption.TableCsvJson formatOption;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		String format = formatOption.get();
		Case run = caseOptions.open();
		Assumptions found = Assumptions.of(run, Locale.ENGLISH);
		List<Assumption> assumptions = found.assumptions();
		List<Question> questions = found.openQuestions();
		switch (format) {
		case "csv" -> {
			out.println("kind;what;value;where;label;status;related");
			for (Assumption a : assumptions) {
				out.println(String.join(";", a.kind().id(), Csv.field(a.what()), Csv.field(a.value()), Csv.field(a.where()),
						Csv.field(a.label()), "", ""));
			}
			for (Question q : questions) {
				out.println(String.join(";", "open-question", Csv.field(q.clause()), Csv.field(q.text()),
						Csv.field(q.where()), Csv.field(q.source()), Csv.field(q.status()), Csv.field(q.related())));
			}
		}
		case "json" -> {
			StringBuilder json = new StringBuilder("{\"title\":").append(Json.quote(run.title())).append(",\"assumptions\":[");
			for (int i = 0; i < assumptions.size(); i++) {
				Assumption a = assumptions.get(i);
				json.append(i == 0 ? "" : ",").append("{\"kind\":").append(Json.quote(a.kind().id())).append(",\"what\":")
						.append(Json.quote(a.what())).append(",\"value\":").append(Json.quote(a.value()))
						.append(",\"where\":").append(Json.quote(a.where())).append(",\"label\":")
						.append(Json.quote(a.label())).append('}');
			}
			json.append("],\"openQuestions\":[");
			for (int i = 0; i < questions.size(); i++) {
				Question q = questions.get(i);
				json.append(i == 0 ? "" : ",").append("{\"id\":").append(Json.quote(q.id())).append(",\"clause\":")
						.append(Json.quote(q.clause())).append(",\"text\":").append(Json.quote(q.text()))
						.append(",\"source\":").append(Json.quote(q.source())).append(",\"status\":")
						.append(Json.quote(q.status())).append(",\"related\":").append(Json.quote(q.related()))
						.append(",\"where\":").append(Json.quote(q.where())).append('}');
			}
			out.println(json.append("]}"));
		}
		default -> {
			out.println("Assumptions, " + run.title() + ": " + assumptions.size() + ", index steps first");
			out.println(cell("kind", 15) + cell("what", 50) + cell("value", 22) + "where");
			for (Assumption a : assumptions) {
				out.println(cell(a.kind().label(Locale.ENGLISH), 15) + cell(a.what(), 50) + cell(a.value(), 22) + a.where());
				out.println(String.format("%15s%s", "", a.label()));
			}
			out.println();
			out.println("Open questions of the protocol, " + run.name() + ": " + questions.size());
			for (Question q : questions) {
				out.println(q.clause() + ": " + q.text());
				out.println("  status: " + q.status());
				if (!q.related().isEmpty()) {
					out.println("  see also: " + q.related());
				}
				out.println("  source: " + q.source());
				out.println("  (" + q.where() + ")");
			}
		}
		}
		return Commands.OK;
	}

	/** @return the text padded to the width, or followed by two spaces when it is as wide or wider */
	static String cell(String text, int width) {
		return text.length() < width ? text + " ".repeat(width - text.length()) : text + "  ";
	}
}
