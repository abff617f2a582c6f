package no.avtalebenk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./avtalebenk}: the commands, their options and usage texts, all from the annotations of
 * the command classes. Without a command it prints the list of commands (exit code 2).
 * <p>
 * The commands are added by {@link #commandLine}, not listed in the annotation: picocli reads the
 * annotations of every command it is given, and a command line that names one command needs only
 * that one (reading all of them was about a fifth of the start of {@code --version}).
 */
@Command(name = "avtalebenk", versionProvider = BundleVersion.class,
		description = { "Without a command (and with a display) the workbench opens." },
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

	/** The commands by name, in the order the list of commands shows them. */
	static final Map<String, Class<?>> COMMANDS = commands();

	private static Map<String, Class<?>> commands() {
		Map<String, Class<?>> commands = new LinkedHashMap<>();
		commands.put("new", NewCommand.class);
		commands.put("simulate", SimulateCommand.class);
		commands.put("compare", CompareCommand.class);
		commands.put("goal-seek", GoalSeekCommand.class);
		commands.put("sensitivity", SensitivityCommand.class);
		commands.put("montecarlo", MonteCarloCommand.class);
		commands.put("projections", ProjectionsCommand.class);
		commands.put("validate", ValidateCommand.class);
		commands.put("show", ShowCommand.class);
		commands.put("chart", ChartCommand.class);
		commands.put("report", ReportCommand.class);
		commands.put("explain", ExplainCommand.class);
		commands.put("test", TestCommand.class);
		commands.put("import", ImportCommand.class);
		commands.put("export", ExportCommand.class);
		commands.put("reference", ReferenceCommand.class);
		commands.put("diff", DiffCommand.class);
		commands.put("register", RegisterCommand.class);
		commands.put("deadlines", DeadlinesCommand.class);
		commands.put("sweep", SweepCommand.class);
		commands.put("history", HistoryCommand.class);
		commands.put("assumptions", AssumptionsCommand.class);
		commands.put("help", HelpCommand.class);
		return Collections.unmodifiableMap(commands);
	}

	/**
	 * @param top  the top-level command
	 * @param args the command line
	 * @return the command line with the one command {@code args} names, or every command when it
	 *         names none (no command, an option, {@code help}, an unknown name: the list is needed)
	 */
	static CommandLine commandLine(AvtalebenkCommand top, String[] args) {
		CommandLine commandLine = new CommandLine(top);
		Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
		if (named != null && named != HelpCommand.class) {
			commandLine.addSubcommand(args[0], command(named));
		} else {
			COMMANDS.forEach((name, type) -> commandLine.addSubcommand(name, command(type)));
		}
		return commandLine;
	}

	/** A command's own command line: made so, picocli applies its model transformer (import's importers). */
	private static CommandLine command(Class<?> type) {
		return new CommandLine(type);
	}

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
