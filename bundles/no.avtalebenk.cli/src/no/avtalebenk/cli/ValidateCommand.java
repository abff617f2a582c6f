package no.avtalebenk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.CaseProblem;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.validation.ModelProblem;
import no.avtalebenk.model.validation.ModelValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code validate [FILE...]}: loads and validates agreement model files, or every file of a case; one
 * line per problem ({@code file: element path: severity: message} or {@code file:line:column: severity:
 * message}), then a summary line.
 */
@Command(name = "validate",
		description = "Checks agreement model files (.avtale), or without files every file of the case; one line per problem.")
final class ValidateCommand extends Subcommand {

	@Parameters(paramLabel = "FILE", arity = "0..*", description = "Model files (.avtale); without any, the case's files.")
	private List<String> files = new ArrayList<>();

	@Mixin
	private CaseFolderOption caseFolder;

	@Override
	int run(PrintStream out, PrintStream err) throws UsageException, CaseException {
		if (files.isEmpty()) {
			if (!caseFolder.hasCase()) {
				throw new UsageException("name at least one model file (.avtale), or a case with --case DIR");
			}
			return validateCase(out);
		}
		int errors = 0;
		int warnings = 0;
		for (String name : files) {
			Path file = Path.of(name);
			AgreementModel model;
			try {
				model = AgreementFiles.load(file);
			} catch (AgreementFileException e) {
				out.println(e.getMessage().replaceFirst(": ", ": error: "));
				errors++;
				continue;
			}
			for (ModelProblem problem : ModelValidation.validate(model, name, ModelFiles.formulasBeside(file))) {
				out.println(problem);
				if (problem.isError()) {
					errors++;
				} else {
					warnings++;
				}
			}
		}
		out.println(errors + " errors, " + warnings + " warnings in " + files.size() + (files.size() == 1 ? " file" : " files"));
		return errors == 0 ? Commands.OK : Commands.INPUT_ERROR;
	}

	/** Every file of the case: agreement, formula files, own units, data sets. */
	private int validateCase(PrintStream out) throws CaseException {
		Path folder = caseFolder.folder();
		List<CaseProblem> problems = Cases.validate(folder);
		problems.forEach(out::println);
		long errors = problems.stream().filter(CaseProblem::isError).count();
		long checked = Cases.files(folder).size();
		out.println(errors + " errors, " + (problems.size() - errors) + " warnings in " + checked
				+ (checked == 1 ? " file" : " files"));
		return errors == 0 ? Commands.OK : Commands.INPUT_ERROR;
	}
}
