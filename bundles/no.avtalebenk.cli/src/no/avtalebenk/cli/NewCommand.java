package no.avtalebenk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import no.avtalebenk.cases.Cases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code new DIR}: a case of one's own, created from the bundled KS–Kopinor 2026–2027 template. */
@Command(name = "new", description = "Creates a case in DIR from the bundled KS-Kopinor 2026-2027 template"
		+ " (agreement with scenarios, formula file, test file, own units).")
final class NewCommand extends Subcommand {

	@Parameters(paramLabel = "DIR", arity = "1", description = "A folder that does not exist yet, or is empty.")
	private String folder;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		Path target = top().workingFolder.resolve(folder);
		List<Path> written;
		try {
			written = Cases.create(target);
		} catch (IllegalStateException e) {
			throw new UsageException(e.getMessage());
		}
		out.println("created case " + folder + " (" + written.stream().map(p -> p.getFileName().toString())
				.collect(Collectors.joining(", ")) + ")");
		return Commands.OK;
	}
}
