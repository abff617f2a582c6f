package no.avtalebenk.cli;

import java.io.PrintStream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code help [COMMAND]}: the list of commands, or one command's usage; exit code 0. */
@Command(name = "help", description = "This list, or with a command's name that command's usage.")
final class HelpCommand extends Subcommand {

	@Parameters(paramLabel = "COMMAND", arity = "0..1", description = "The command whose usage to print.")
	private String command;

	@Spec
	private CommandSpec spec;

	@Override
	int run(PrintStream out, PrintStream err) throws UsageException {
		CommandLine top = spec.parent().commandLine();
		CommandLine shown = command == null ? top : top.getSubcommands().get(command);
		if (shown == null) {
			throw new UsageException("unknown command '" + command + "'. Run ./avtalebenk help.");
		}
		if (shown.getCommandSpec().userObject() instanceof ChartCommand) {
			// As `chart -h`: the kinds plugins contribute are part of the usage.
			ChartCommand.describeKinds(shown.getCommandSpec(), err);
		}
		shown.usage(out);
		return Commands.OK;
	}
}
