package no.avtalebenk.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

import no.avtalebenk.cases.CaseException;
import no.avtalebenk.formula.interpreter.EvaluationException;
import no.avtalebenk.formula.load.FormulaFileException;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.simulation.counts.CountFileException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Runs the CLI's commands. Exit codes: 0 success, 1 the input has errors (a formula, a count
 * file, a failed test), 2 the command line is wrong, 3 an unexpected internal error, 4 no solution.
 * Results go to standard output, messages to standard error. The command line is parsed by picocli
 * from the annotations of {@link AvtalebenkCommand} and its subcommands; docs/cli.md documents the
 * commands and formats.
 */
public final class Commands {

	/** Success. */
	public static final int OK = 0;
	/** The input (formula, counts, model) has errors. */
	public static final int INPUT_ERROR = 1;
	/** The command line is wrong. */
	public static final int USAGE = 2;
	/** Something unexpected failed. */
	public static final int INTERNAL = 3;
	/** The question has no answer: goal seek cannot reach the target within the bounds or tolerance. */
	public static final int NO_SOLUTION = 4;

	/** Options renamed so that each name has one meaning; the old name gets a hint where the new one exists. */
	private static final Map<String, String> RENAMED = Map.of("--model", "--projection", "--models", "--projections");

	private Commands() {
	}

	/**
	 * @param args the command and its options
	 * @param out  standard output
	 * @param err  standard error
	 * @return the exit code
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, Path.of("").toAbsolutePath(), out, err);
	}

	/**
	 * @param args          the command and its options
	 * @param workingFolder the folder relative paths start from, and where a command looks for a case
	 * @param out           standard output
	 * @param err           standard error
	 * @return the exit code
	 */
	public static int run(String[] args, Path workingFolder, PrintStream out, PrintStream err) {
		CommandLine commandLine = AvtalebenkCommand.commandLine(new AvtalebenkCommand(workingFolder, out, err), args);
		PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, out.charset()), true);
		PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, err.charset()), true);
		commandLine.setOut(outWriter);
		commandLine.setErr(errWriter);
		commandLine.setParameterExceptionHandler((e, arguments) -> refused(e, err));
		commandLine.setExecutionExceptionHandler((e, command, parseResult) -> failed(e, command.getCommandName(), err));
		commandLine.setExecutionStrategy(Commands::execute);
		try {
			return commandLine.execute(args);
		} catch (Throwable e) {
			// The last guard: whatever escaped (an Error while parsing the command line, say) is
			// still exit code 3 with one line, never exit 0 with nothing said.
			return crashed(e, "avtalebenk", err);
		} finally {
			outWriter.flush();
			errWriter.flush();
		}
	}

	private static int execute(ParseResult parseResult) {
		ParseResult last = parseResult;
		while (last.hasSubcommand()) {
			last = last.subcommand();
		}
		AvtalebenkCommand top = parseResult.commandSpec().commandLine().getCommand();
		if (last.isUsageHelpRequested() && last.commandSpec().userObject() instanceof ImportCommand imports) {
			// The list of importers is part of the usage; a contribution that was skipped is said on stderr.
			imports.reportProblems(top.err);
		}
		if (last.isUsageHelpRequested() && last.commandSpec().userObject() instanceof ChartCommand) {
			// The chart kinds plugins contribute are part of the usage, read only when it is asked for.
			ChartCommand.describeKinds(last.commandSpec(), top.err);
		}
		try {
			return new RunLast().execute(parseResult);
		} catch (LinkageError e) {
			// Bundles from different builds: say so instead of failing without a word.
			top.err.println(prefix(last.commandSpec().name()) + "the installation is inconsistent (" + e
					+ "); rebuild it with AVTALEBENK_REBUILD=1 ./avtalebenk");
			return INTERNAL;
		} catch (Error e) {
			// picocli hands on Errors (out of memory, stack overflow): exit 3 with one line, never exit 0.
			return crashed(e, last.commandSpec().name(), top.err);
		}
	}

	/**
	 * An Error ended the command: one line on standard error and exit code 3. The limits of
	 * docs/reliability.md are there so that input never gets here; if it does, the user must not
	 * believe the command worked.
	 */
	private static int crashed(Throwable e, String command, PrintStream err) {
		String what;
		if (e instanceof OutOfMemoryError) {
			what = "ran out of memory (" + e + "); the input may be larger than the limits in docs/reliability.md, or the"
					+ " Java heap (-Xmx) too small";
		} else if (e instanceof StackOverflowError) {
			what = "ran out of stack (java.lang.StackOverflowError); the input may be nested deeper than the limits in"
					+ " docs/reliability.md";
		} else {
			what = "internal error: " + e;
		}
		try {
			err.println(prefix(command) + what + "; files it was writing are left as they were");
			err.flush();
		} catch (Throwable ignored) {
			// Even the message failed (out of memory again): the exit code still says it.
		}
		return INTERNAL;
	}

	/** The command line is wrong: an unknown command or option, an option given twice, a value missing. */
	private static int refused(ParameterException e, PrintStream err) {
		CommandLine command = e.getCommandLine();
		if (e instanceof UnmatchedArgumentException unmatched && command.getParent() == null
				&& !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
			err.println("avtalebenk: unknown command '" + unmatched.getUnmatched().get(0) + "'. Run ./avtalebenk help.");
			return USAGE;
		}
		err.println(prefix(command.getCommandName()) + e.getMessage()
				+ renamedHint(e, command));
		return USAGE;
	}

	/** @return "; --model is now --projection" when an old option name was given and the new one exists */
	private static String renamedHint(ParameterException e, CommandLine command) {
		if (!(e instanceof UnmatchedArgumentException unmatched)) {
			return "";
		}
		for (String argument : unmatched.getUnmatched()) {
			String name = argument.split("=", 2)[0];
			String now = RENAMED.get(name);
			if (now != null && command.getCommandSpec().findOption(now) != null) {
				return "; " + name + " is now " + now;
			}
		}
		return "";
	}

	private static int failed(Exception e, String command, PrintStream err) {
		if (e instanceof CaseException problem) {
			err.println(prefix(command) + e.getMessage());
			return problem.kind() == CaseException.Kind.INPUT ? INPUT_ERROR : USAGE;
		}
		if (e instanceof UsageException) {
			err.println(prefix(command) + e.getMessage());
			return USAGE;
		}
		if (e instanceof FormulaFileException || e instanceof EvaluationException || e instanceof CountFileException
				|| e instanceof AgreementFileException) {
			err.println(prefix(command) + e.getMessage());
			return INPUT_ERROR;
		}
		err.println(prefix(command) + "internal error: " + e);
		return INTERNAL;
	}

	/** @return "avtalebenk simulate: ", or "avtalebenk: " for the top level */
	private static String prefix(String command) {
		return command.equals("avtalebenk") ? "avtalebenk: " : "avtalebenk " + command + ": ";
	}
}
