package no.avtalebenk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.formula.interpreter.TestResult;
import no.avtalebenk.formula.interpreter.TestRunner;
import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.vederlag.Model;

/**
 * {@code test [FILE...]}: runs the {@code test} blocks of formula files (without files, those of the
 * bundled example), prints one line per expectation and ends with {@code N passed, N failed}. Exit
 * code 1 when any expectation fails. docs/cli.md documents the output.
 */
final class TestCommand {

	static final String USAGE = "Usage: ./avtalebenk test [FILE.vederlag ...]";

	private TestCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) throws UsageException, IOException {
		List<Path> files = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("--help")) {
				out.println(USAGE);
				return Commands.OK;
			} else if (arg.startsWith("-")) {
				throw new UsageException("unknown option '" + arg + "'");
			}
			Path file = Path.of(arg);
			if (!Files.isRegularFile(file)) {
				throw new UsageException("no such file: " + arg);
			}
			files.add(file);
		}
		List<Model> models = new ArrayList<>();
		if (files.isEmpty()) {
			models.addAll(Examples.testFiles());
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
		return failed == 0 ? Commands.OK : Commands.INPUT_ERROR;
	}
}
