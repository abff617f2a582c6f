package no.avtalebenk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.validation.ModelProblem;
import no.avtalebenk.model.validation.ModelValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code validate FILE...}: loads and validates agreement model files; one line per problem
 * ({@code file: element path: severity: message}), then a summary line.
 */
@Command(name = "validate",
		description = "Checks agreement model files (.avtale); one line per problem with file, element, severity and message.")
final class ValidateCommand extends Subcommand {

	@Parameters(paramLabel = "FILE", arity = "0..*", description = "Model files (.avtale).")
	private List<String> files = new ArrayList<>();

	@Override
	int run(PrintStream out, PrintStream err) throws UsageException {
		if (files.isEmpty()) {
			throw new UsageException("name at least one model file (.avtale)");
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
}
