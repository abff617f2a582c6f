package no.avtalebenk.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.formula.interpreter.TestResult;
import no.avtalebenk.formula.interpreter.TestRunner;
import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.vederlag.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code test [FILE...]}: runs the {@code test} blocks of formula files (without files, those of the
 * case), prints one line per expectation and ends with {@code N passed, N failed}. Exit
 * code 1 when any expectation fails, and when there is nothing to test. docs/cli.md documents the
 * output.
 */
@Command(name = "test", description = "Runs the test blocks (default: the case's formula files); ends with \"N passed, N failed\".")
final class TestCommand extends Subcommand {

	@Mixin
	private CaseFolderOption caseFolder;

	@Parameters(paramLabel = "FILE.vederlag", arity = "0..*", description = "Formula files; they may import each other.")
	private List<String> names = new ArrayList<>();

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		List<Path> files = new ArrayList<>();
		for (String name : names) {
			Path file = Path.of(name);
			if (!Files.isRegularFile(file)) {
				throw new UsageException("no such file: " + name);
			}
			files.add(file);
		}
		List<Model> models = new ArrayList<>();
		if (files.isEmpty()) {
			models.addAll(caseFolder.open().formulaFiles());
		} else {
			// One loader for all files, so that they may import each other.
			FormulaLoader loader = new FormulaLoader();
			for (Path file : files) {
				models.add(loader.load(file));
			}
		}
		int passed = 0;
		int failed = 0;
		for (Model model : models) {
			for (TestResult result : TestRunner.run(model)) {
				if (result.passed()) {
					passed++;
					out.println("PASS " + result.location() + " " + result.test() + ": " + result.formula() + " = "
							+ result.expected().toPlainString());
				} else {
					failed++;
					out.println("FAIL " + result.location() + " " + result.test() + ": " + result.formula()
							+ (result.error() != null ? ": " + result.error()
									: " expected " + result.expected().toPlainString() + ", got "
											+ result.actual().toPlainString()));
				}
			}
		}
		out.println(passed + " passed, " + failed + " failed");
		if (passed + failed == 0) {
			// A file cut down to comments must not pass as a success.
			err.println("avtalebenk test: nothing to test: the formula files hold no test blocks (test \"…\" year … "
					+ "{ count … expect … }, see docs/formula-language.md)");
			return Commands.INPUT_ERROR;
		}
		return failed == 0 ? Commands.OK : Commands.INPUT_ERROR;
	}
}
