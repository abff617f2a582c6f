package no.avtalebenk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./avtalebenk}: the commands, their options and usage texts, all from the annotations of
 * the command classes. Without a command it prints the list of commands (exit code 2).
 */
@Command(name = "avtalebenk", versionProvider = BundleVersion.class,
		description = { "Without a command (and with a display) the workbench opens." },
		subcommands = { NewCommand.class, SimulateCommand.class, CompareCommand.class, GoalSeekCommand.class, SensitivityCommand.class,
				MonteCarloCommand.class, ProjectionsCommand.class, ValidateCommand.class, ShowCommand.class,
				ChartCommand.class, ReportCommand.class, ExplainCommand.class, TestCommand.class, ImportCommand.class,
				ExportCommand.class, ReferenceCommand.class, DiffCommand.class, RegisterCommand.class,
				DeadlinesCommand.class, SweepCommand.class, HistoryCommand.class, AssumptionsCommand.class, HelpCommand.class },
		commandListHeading = "%nCommands:%n",
		footer = { "", "Every command takes -h/--help. Options are written --name value or --name=value, each at most once.",
				"Exit codes: 0 ok, 1 errors in the input, 2 wrong command line, 3 internal error,",
				"4 no solution (goal seek)." })
final class AvtalebenkCommand implements Callable<Integer> {

	final PrintStream out;
	final PrintStream err;
	/** The folder relative paths on the command line start from, and where a command looks for a case. */
	final Path workingFolder;

	@Spec
	private CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Prints the list of commands and exits.")
	private boolean help;

	@Option(names = "--version", versionHelp = true, description = "Prints the version (avtalebenk VERSION) and exits.")
	private boolean version;

	AvtalebenkCommand(Path workingFolder, PrintStream out, PrintStream err) {
		this.workingFolder = workingFolder;
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		spec.commandLine().usage(out);
		return Commands.USAGE;
	}
}
