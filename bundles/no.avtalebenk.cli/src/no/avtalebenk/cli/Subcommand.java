package no.avtalebenk.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * A command of {@code ./avtalebenk}: parsed by picocli from its annotations, then run with the
 * streams {@link Commands#run} was given. Every command takes {@code -h}/{@code --help}.
 */
abstract class Subcommand implements Callable<Integer> {

	@ParentCommand
	private AvtalebenkCommand top;

	@Mixin
	private HelpOption help;

	/** @return the top-level command: the streams and the working folder */
	final AvtalebenkCommand top() {
		return top;
	}

	@Override
	public final Integer call() throws Exception {
		return run(top.out, top.err);
	}

	/**
	 * @param out standard output: the results
	 * @param err standard error: messages
	 * @return the exit code, one of the constants of {@link Commands}
	 */
	abstract int run(PrintStream out, PrintStream err) throws Exception;
}
