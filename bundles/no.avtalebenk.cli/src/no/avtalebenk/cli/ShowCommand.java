package no.avtalebenk.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;

import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.Party;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;

/** {@code show FILE [--format table|json]}: the content of a model file. */
final class ShowCommand {

	private ShowCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) throws UsageException, AgreementFileException {
		String format = "table";
		String file = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--format" -> {
				if (i + 1 >= args.length) {
					throw new UsageException("--format needs a value: table or json");
				}
				format = args[++i];
			}
			case "--help" -> {
				out.println("Usage: ./avtalebenk show FILE [--format table|json]");
				return Commands.OK;
			}
			default -> {
				if (args[i].startsWith("--") || file != null) {
					throw new UsageException("unexpected argument '" + args[i] + "'");
				}
				file = args[i];
			}
			}
		}
		if (file == null) {
			throw new UsageException("name a model file (.avtale)");
		}
		if (!format.equals("table") && !format.equals("json")) {
			throw new UsageException("unknown format '" + format + "'; use table or json");
		}
		AgreementModel model = AgreementFiles.load(Path.of(file));
		if (format.equals("json")) {
			json(model, out);
		} else {
			table(model, out);
		}
		return Commands.OK;
	}

	private static void json(AgreementModel model, PrintStream out) {
		StringBuilder json = new StringBuilder("{");
		list("agreements", model.getAgreements(), json);
		json.append(',');
		list("categories", model.getCategories(), json);
		json.append(',');
		list("units", model.getUnits(), json);
		json.append(',');
		list("counts", model.getCounts(), json);
		json.append(',');
		list("scenarios", model.getScenarios(), json);
		json.append(',');
		list("register", model.getRegister(), json);
		out.println(json.append('}'));
	}

	private static void list(String name, Iterable<? extends EObject> elements, StringBuilder json) {
		json.append(Json.quote(name)).append(":[");
		boolean first = true;
		for (EObject element : elements) {
			json.append(first ? "" : ",");
			Json.element(element, json);
			first = false;
		}
		json.append(']');
	}

	private static void table(AgreementModel model, PrintStream out) {
		for (Agreement agreement : model.getAgreements()) {
			out.println(agreement.getTitle());
			out.println("  period " + agreement.getPeriodStart() + " – " + agreement.getPeriodEnd() + ", status "
					+ agreement.getStatus().getLiteral()
					+ (agreement.getSignedDate() == null ? "" : ", signed " + agreement.getSignedDate()
							+ (agreement.getSignedPlace() == null ? "" : " in " + agreement.getSignedPlace())));
			for (Party party : agreement.getParties()) {
				out.println("  party " + party.getName() + " (" + party.getRole().getLiteral() + ")");
			}
			for (Clause clause : agreement.getClauses()) {
				out.println(String.format("  %-10s %-22s %s", clause.getNumber(), clause.eClass().getName(),
						clause.getHeading() == null ? "" : clause.getHeading()));
			}
		}
		out.println(model.getCategories().size() + " categories, " + model.getUnits().size() + " reporting units, "
				+ model.getCounts().size() + " counts, " + model.getScenarios().size() + " scenarios, "
				+ model.getRegister().size() + " agreements in the register");
		for (Count count : model.getCounts()) {
			out.println(String.format("  count %-8s %-20s %d %14s%s", count.getUnit().getId(), count.getCategory().getId(),
					count.getYear(), count.getValue().toPlainString(),
					count.getProvenance() != null && count.getProvenance().isEstimated() ? "  (estimate)" : ""));
		}
		for (Scenario scenario : model.getScenarios()) {
			out.println("  scenario " + scenario.getName() + " (" + scenario.getHolder().getLiteral()
					+ (scenario.getBasedOn() == null ? "" : ", based on " + scenario.getBasedOn().getName()) + ")");
		}
	}
}
