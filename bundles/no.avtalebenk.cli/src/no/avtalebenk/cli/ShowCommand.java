package no.avtalebenk.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;

import no.avtalebenk.cases.CaseException;
import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.Party;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code show FILE [--format table|json]}: the content of a model file. */
@Command(name = "show", description = "Clauses, categories, reporting units, counts, scenarios and register of a model.")
final class ShowCommand extends Subcommand {

	@Parameters(paramLabel = "FILE", arity = "0..1", description = "A model file (.avtale); without it, the case's agreement.")
	private String file;

	@Mixin
	private CaseFolderOption caseFolder;

	@Mixin
	private FormatOption.TableJson formatOption;

	@Override
	int run(PrintStream out, PrintStream err) throws UsageException, AgreementFileException, CaseException {
		if (file == null && !caseFolder.hasCase()) {
			throw new UsageException("name a model file (.avtale), or a case with --case DIR");
		}
		String format = formatOption.get();
		AgreementModel model = AgreementFiles.load(file != null ? Path.of(file) : caseFolder.open().agreementFile());
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
