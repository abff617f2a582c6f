package no.avtalebenk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import no.avtalebenk.data.export.CsvExport;
import no.avtalebenk.data.export.ExportTables;
import no.avtalebenk.data.export.Table;
import no.avtalebenk.data.export.XlsxExport;
import no.avtalebenk.examples.Examples;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.simulation.counts.CountFileException;

/**
 * {@code export payments|counts [DATASET] --format csv|xlsx [--out FILE]}: the example's payments,
 * each with the count and provenance behind it, or a data set's counts with their provenance, as CSV
 * or XLSX. Text that a spreadsheet would run as a formula is neutralised.
 */
final class ExportCommand {

	private static final String USAGE = "Usage: ./avtalebenk export payments|counts [DATASET] --format csv|xlsx [--out FILE]";

	private ExportCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err)
			throws UsageException, IOException, CountFileException, AgreementFileException {
		String what = null;
		String dataSet = null;
		String format = "csv";
		String target = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--help" -> {
				out.println(USAGE);
				return Commands.OK;
			}
			case "--format", "--out" -> {
				if (i + 1 >= args.length) {
					throw new UsageException(args[i] + " needs a value");
				}
				if (args[i].equals("--format")) {
					format = args[++i];
				} else {
					target = args[++i];
				}
			}
			default -> {
				if (args[i].startsWith("--")) {
					throw new UsageException("unknown option '" + args[i] + "'");
				} else if (what == null) {
					what = args[i];
				} else if (dataSet == null) {
					dataSet = args[i];
				} else {
					throw new UsageException("unexpected argument '" + args[i] + "'");
				}
			}
			}
		}
		if (!"csv".equals(format) && !"xlsx".equals(format)) {
			throw new UsageException("unknown format '" + format + "'; use csv or xlsx");
		}
		if ("xlsx".equals(format) && target == null) {
			throw new UsageException("an XLSX export needs --out FILE.xlsx");
		}
		Table table;
		if ("payments".equals(what)) {
			if (dataSet != null) {
				throw new UsageException("payments are exported from the bundled example; name no data set");
			}
			table = ExportTables.payments(Examples.simulate());
		} else if ("counts".equals(what)) {
			if (dataSet == null) {
				throw new UsageException("name the data set whose counts to export");
			}
			table = ExportTables.counts(AgreementFiles.load(Path.of(dataSet)));
		} else {
			throw new UsageException(what == null ? "say what to export: payments or counts" : "unknown export '" + what + "'; use payments or counts");
		}
		byte[] bytes = "xlsx".equals(format) ? XlsxExport.write(table) : CsvExport.write(table);
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
		Path temp = Files.createTempFile(file.getParent(), ".export-", ".tmp");
		try {
			Files.write(temp, bytes);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
		err.println("avtalebenk export: wrote " + table.rows().size() + " rows to " + target);
		return Commands.OK;
	}
}
