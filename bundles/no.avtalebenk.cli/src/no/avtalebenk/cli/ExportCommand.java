package no.avtalebenk.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import no.avtalebenk.cases.Case;
import no.avtalebenk.data.export.ExportFormat;
import no.avtalebenk.data.export.ExportTables;
import no.avtalebenk.data.export.Table;
import no.avtalebenk.model.io.AgreementFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export payments|counts [DATASET] --format csv|xlsx [--out FILE]}: the case's payments,
 * each with the count and provenance behind it, or a data set's counts with their provenance, as CSV
 * or XLSX. Text that a spreadsheet would run as a formula is neutralised.
 */
@Command(name = "export", description = "The case's payments or a data set's counts, with provenance.")
final class ExportCommand extends Subcommand {

	@Parameters(index = "0", arity = "0..1", paramLabel = "payments|counts", description = "What to export.")
	private String what;

	@Parameters(index = "1", arity = "0..1", paramLabel = "DATASET", description = "The data set (.avtale) whose counts to export.")
	private String dataSet;

	@Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output, for csv).")
	private String target;

	@Mixin
	private FormatOption.CsvXlsx formatOption;

	@Mixin
	private CaseOptions caseOptions;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		String format = formatOption.get();
		if ("xlsx".equals(format) && target == null) {
			throw new UsageException("an XLSX export needs --out FILE.xlsx");
		}
		Table table;
		if ("payments".equals(what)) {
			if (dataSet != null) {
				throw new UsageException("payments are exported from the case (--case DIR, --data for its counts); name no data set");
			}
			Case run = caseOptions.open();
			table = ExportTables.payments(run.project(run.projection(null), run.scenario(null)));
		} else if ("counts".equals(what)) {
			if (dataSet == null) {
				throw new UsageException("name the data set whose counts to export");
			}
			table = ExportTables.counts(AgreementFiles.load(Path.of(dataSet)));
		} else {
			throw new UsageException(what == null ? "say what to export: payments or counts" : "unknown export '" + what + "'; use payments or counts");
		}
		byte[] bytes = ExportFormat.named(format).orElseThrow().write(table);
		if (target == null) {
			out.write(bytes);
			out.flush();
			return Commands.OK;
		}
		Path file = Path.of(target).toAbsolutePath();
		if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
			err.println(target + ": the folder " + file.getParent() + " does not exist");
			return Commands.INPUT_ERROR;
		}
		OutputFiles.write(file, stream -> stream.write(bytes));
		err.println("avtalebenk export: wrote " + table.rows().size() + " rows to " + target);
		return Commands.OK;
	}
}
