package no.avtalebenk.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} of every command: its usage on standard output, exit code 0. */
final class HelpOption {

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Prints this usage and exits.")
	boolean requested;
}
