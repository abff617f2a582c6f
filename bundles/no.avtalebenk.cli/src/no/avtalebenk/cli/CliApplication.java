package no.avtalebenk.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application behind {@code ./avtalebenk <command>}: reads the command line, runs the
 * command and returns its exit code. Needs no display.
 */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		return Commands.run(args == null ? new String[0] : args, out, err);
	}

	@Override
	public void stop() {
		// Commands run to completion on the caller's thread; there is nothing to interrupt.
	}
}
