package no.avtalebenk.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import no.avtalebenk.cases.Case;
import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.RegisteredAgreement;
import no.avtalebenk.model.avtale.RenegotiationClause;
import no.avtalebenk.model.terms.Deadlines;
import no.avtalebenk.model.terms.Register;
import no.avtalebenk.model.terms.Register.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code register}: the case's agreement with its renegotiation lead time, then the register of other
 * agreements: when each starts and expires, whether it has expired, what continues it.
 */
@Command(name = "register", description = "The register of agreements: start, expiry, expired or not, successors; the renegotiation lead time.")
final class RegisterCommand extends Subcommand {

	@Option(names = "--on", paramLabel = "yyyy-mm-dd", description = "The date the status is for (default: today).")
	private String on;

	@Mixin
	private CaseFolderOption caseFolder;

	@Mixin
	private FormatOption.TableCsvJson formatOption;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		String format = formatOption.get();
		LocalDate date;
		try {
			date = on == null ? LocalDate.now() : LocalDate.parse(on);
		} catch (DateTimeParseException e) {
			throw new UsageException("--on '" + on + "' is not a date; write yyyy-mm-dd");
		}
		Case scope = caseFolder.open();
		List<Entry> entries = Register.entries(scope.model(), date);
		Agreement agreement = scope.model().getAgreements().get(0);
		RenegotiationClause lead = leadClause(agreement);
		LocalDate renegotiation = renegotiationStart(scope.model());
		switch (format) {
		case "csv" -> {
			out.println("kind;id;name;parties;area;signed;start;expires;first_signed;status;successor;predecessor;"
					+ "lead_time;renegotiation_start;note;source;path");
			out.println(String.join(";", "this", field(agreement.getId()), field(agreement.getTitle()),
					field(parties(agreement)), "", text(agreement.getSignedDate()), text(agreement.getPeriodStart()),
					text(agreement.getPeriodEnd()), "", status(agreement, date).label(), "", "",
					lead == null ? "" : text(lead.getLeadTime()), renegotiation == null ? "" : renegotiation.toString(),
					lead == null ? "" : field(text(lead.getLeadTimeSource())), "", field(no.avtalebenk.model.validation.ElementPaths.of(agreement))));
			for (Entry entry : entries) {
				RegisteredAgreement r = entry.entry();
				out.println(String.join(";", "registered", field(text(r.getId())), field(r.getName()), field(text(r.getParties())),
						field(text(r.getArea())), text(r.getSigned()), entry.start() == null ? "" : entry.start().toString(),
						text(r.getExpires()), text(r.getFirstSigned()), entry.status().label(), field(entry.successor()),
						field(entry.predecessor()), "", "", field(text(r.getNote())), field(text(r.getSource())),
						field(entry.path())));
			}
		}
		case "json" -> {
			StringBuilder json = new StringBuilder("{\"on\":\"").append(date).append("\",\"agreement\":{\"id\":")
					.append(Json.quote(agreement.getId())).append(",\"title\":").append(Json.quote(agreement.getTitle()))
					.append(",\"periodStart\":").append(Json.quote(text(agreement.getPeriodStart()))).append(",\"periodEnd\":")
					.append(Json.quote(text(agreement.getPeriodEnd()))).append(",\"status\":")
					.append(Json.quote(status(agreement, date).label())).append(",\"leadTime\":")
					.append(Json.quote(lead == null ? "" : text(lead.getLeadTime()))).append(",\"leadTimeSource\":")
					.append(Json.quote(lead == null ? "" : text(lead.getLeadTimeSource()))).append(",\"renegotiationStart\":")
					.append(Json.quote(renegotiation == null ? "" : renegotiation.toString())).append("},\"register\":[");
			for (int i = 0; i < entries.size(); i++) {
				Entry entry = entries.get(i);
				RegisteredAgreement r = entry.entry();
				json.append(i == 0 ? "" : ",").append("{\"id\":").append(Json.quote(text(r.getId()))).append(",\"name\":")
						.append(Json.quote(r.getName())).append(",\"parties\":").append(Json.quote(text(r.getParties())))
						.append(",\"area\":").append(Json.quote(text(r.getArea()))).append(",\"signed\":")
						.append(Json.quote(text(r.getSigned()))).append(",\"start\":")
						.append(Json.quote(entry.start() == null ? "" : entry.start().toString())).append(",\"expires\":")
						.append(Json.quote(text(r.getExpires()))).append(",\"firstSigned\":")
						.append(Json.quote(text(r.getFirstSigned()))).append(",\"status\":")
						.append(Json.quote(entry.status().label())).append(",\"successor\":")
						.append(Json.quote(entry.successor())).append(",\"predecessor\":")
						.append(Json.quote(entry.predecessor())).append(",\"note\":").append(Json.quote(text(r.getNote())))
						.append(",\"source\":").append(Json.quote(text(r.getSource()))).append(",\"path\":")
						.append(Json.quote(entry.path())).append('}');
			}
			out.println(json.append("]}"));
		}
		default -> {
			long expired = entries.stream().filter(e -> e.status() == Register.Status.EXPIRED).count();
			out.println("Register of agreements, " + scope.title() + " (as of " + date + "): " + entries.size()
					+ " agreements, " + expired + " expired");
			out.println("this agreement: " + agreement.getId() + ", " + text(agreement.getPeriodStart()) + " – "
					+ text(agreement.getPeriodEnd()) + ", " + status(agreement, date).label()
					+ (renegotiation == null ? "; no renegotiation lead time given"
							: "; renegotiation starts by " + renegotiation + " (lead time " + lead.getLeadTime()
									+ (lead.getLeadTimeSource() == null ? "" : "; " + lead.getLeadTimeSource()) + ")"));
			out.println(String.format("%-11s%-12s%-12s%-12s%-26s%s", "status", "start", "expires", "first", "parties", "name"));
			for (Entry entry : entries) {
				RegisteredAgreement r = entry.entry();
				out.println(String.format("%-11s%-12s%-12s%-12s%-26s%s", entry.status().label(),
						entry.start() == null ? "?" : entry.start(), r.getExpires() == null ? "?" : r.getExpires(),
						text(r.getFirstSigned()), text(r.getParties()), r.getName()));
				if (!entry.successor().isEmpty()) {
					out.println("           continued by: " + entry.successor());
				}
				if (!entry.predecessor().isEmpty()) {
					out.println("           continues: " + entry.predecessor());
				}
				if (r.getNote() != null) {
					out.println("           note: " + r.getNote());
				}
			}
		}
		}
		return Commands.OK;
	}

	private static RenegotiationClause leadClause(Agreement agreement) {
		for (Clause clause : agreement.getClauses()) {
			if (clause instanceof RenegotiationClause renegotiation && renegotiation.getLeadTime() != null) {
				return renegotiation;
			}
		}
		return null;
	}

	private static LocalDate renegotiationStart(no.avtalebenk.model.avtale.AgreementModel model) {
		for (Deadlines.Deadline deadline : Deadlines.of(model)) {
			if (deadline.kind() == Deadlines.Kind.RENEGOTIATION) {
				return deadline.date();
			}
		}
		return null;
	}

	private static Register.Status status(Agreement agreement, LocalDate on) {
		try {
			LocalDate start = LocalDate.parse(agreement.getPeriodStart());
			LocalDate end = LocalDate.parse(agreement.getPeriodEnd());
			return end.isBefore(on) ? Register.Status.EXPIRED
					: start.isAfter(on) ? Register.Status.NOT_STARTED : Register.Status.IN_FORCE;
		} catch (DateTimeParseException | NullPointerException e) {
			return Register.Status.UNKNOWN;
		}
	}

	private static String parties(Agreement agreement) {
		return String.join(" og ", agreement.getParties().stream()
				.map(p -> p.getShortName() == null ? p.getName() : p.getShortName()).toList());
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}

	private static String field(String text) {
		return DiffCommand.field(text == null ? "" : text);
	}
}
