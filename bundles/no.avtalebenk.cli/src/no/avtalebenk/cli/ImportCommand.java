package no.avtalebenk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import no.avtalebenk.data.dataset.DataSetImport;
import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.Importer;
import no.avtalebenk.data.importer.ImporterDescriptor;
import no.avtalebenk.data.importer.ImporterRegistry;
import no.avtalebenk.model.io.AgreementFileException;

/**
 * {@code import --kind KIND FILE --into DATASET}: reads a statistics export with the importer
 * contributed for KIND and puts its counts into a data set file, all or nothing. The kinds are those
 * contributed to the extension point {@value ImporterRegistry#EXTENSION_POINT}.
 */
final class ImportCommand {

	private ImportCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) throws UsageException, IOException, AgreementFileException {
		ImporterRegistry registry = ImporterRegistry.load();
		String kind = null;
		String into = null;
		String file = null;
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help")) {
				out.print(usage(registry));
				registry.problems().forEach(p -> err.println("avtalebenk import: " + p));
				return Commands.OK;
			}
			if (!arg.startsWith("--")) {
				if (file != null) {
					throw new UsageException("name one file to import; got '" + file + "' and '" + arg + "'");
				}
				file = arg;
				continue;
			}
			if (i + 1 >= args.length) {
				throw new UsageException(arg + " needs a value");
			}
			String value = args[++i];
			switch (arg) {
			case "--kind" -> kind = value;
			case "--into" -> into = value;
			case "--column" -> {
				String[] pair = value.split("=", 2);
				if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
					throw new UsageException("--column takes FIELD=HEADER, e.g. --column unit=Knr");
				}
				options.put("column." + pair[0].trim(), pair[1].trim());
			}
			default -> options.put(arg.substring(2), value);
			}
		}
		if (kind == null) {
			throw new UsageException("name the kind of file with --kind " + String.join("|", kinds(registry)));
		}
		ImporterDescriptor descriptor = registry.get(kind).orElse(null);
		if (descriptor == null) {
			throw new UsageException("unknown kind '" + kind + "'; the installed importers are " + String.join(", ", kinds(registry)));
		}
		if (file == null) {
			throw new UsageException("name the file to import");
		}
		if (into == null) {
			throw new UsageException("name the data set to import into with --into FILE.avtale");
		}
		for (String option : options.keySet()) {
			if (!option.equals(Importer.YEAR) && !option.equals(Importer.RETRIEVED) && !descriptor.importer().options().contains(option)) {
				throw new UsageException("the " + kind + " importer has no option " + display(option) + "; it takes --year, --retrieved"
						+ (descriptor.importer().options().isEmpty() ? "" : ", " + String.join(", ",
								new TreeSet<>(descriptor.importer().options().stream().map(ImportCommand::display).toList()))));
			}
		}
		if (options.containsKey(Importer.RETRIEVED) && !options.get(Importer.RETRIEVED).matches("\\d{4}-\\d{2}-\\d{2}")) {
			throw new UsageException("--retrieved takes a date yyyy-mm-dd, not '" + options.get(Importer.RETRIEVED) + "'");
		}
		Path source = Path.of(file);
		if (!Files.isRegularFile(source)) {
			err.println(file + ": no such file");
			return Commands.INPUT_ERROR;
		}
		Path folder = Path.of(into).toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			err.println(into + ": the folder " + folder + " does not exist");
			return Commands.INPUT_ERROR;
		}
		// A downloaded export's modification date is the day it was retrieved, unless told otherwise.
		options.putIfAbsent(Importer.RETRIEVED,
				LocalDate.ofInstant(Files.getLastModifiedTime(source).toInstant(), ZoneId.systemDefault()).toString());
		try {
			List<ImportedCount> counts = descriptor.importer().read(new ImportInput(file, Files.readAllBytes(source), options));
			DataSetImport.Summary summary = DataSetImport.apply(counts, file, Path.of(into));
			out.println("Imported " + counts.size() + " counts from " + file + " (" + kind + ") into " + into
					+ (summary.created() ? " (created with the reference units and categories)" : "") + ": " + summary.added()
					+ " added, " + summary.replaced() + " replaced.");
			out.println(String.format("%-22s%6s%16s", "category", "year", "total"));
			for (Map.Entry<String, Map<Integer, BigDecimal>> category : summary.totals().entrySet()) {
				for (Map.Entry<Integer, BigDecimal> year : category.getValue().entrySet()) {
					out.println(String.format("%-22s%6d%16s", category.getKey(), year.getKey(), CountFormat.norwegian(year.getValue())));
				}
			}
			return Commands.OK;
		} catch (ImportException e) {
			for (ImportProblem problem : e.problems()) {
				err.println(problem);
			}
			err.println("avtalebenk import: nothing was imported; " + into + " is unchanged (" + e.problems().size()
					+ (e.problems().size() == 1 ? " problem)" : " problems)"));
			return Commands.INPUT_ERROR;
		}
	}

	private static String display(String option) {
		return option.startsWith("column.") ? "--column " + option.substring(7) + "=HEADER" : "--" + option;
	}

	private static List<String> kinds(ImporterRegistry registry) {
		return registry.importers().stream().map(ImporterDescriptor::kind).toList();
	}

	static String usage(ImporterRegistry registry) {
		StringBuilder text = new StringBuilder("""
				Usage: ./avtalebenk import --kind KIND FILE --into DATASET [--year YEAR] [--retrieved yyyy-mm-dd] [OPTIONS]

				Reads FILE with the importer for KIND and puts its counts into DATASET (an .avtale file;
				created with the reference units and categories when missing). All or nothing: when any row
				is wrong, every problem is listed as FILE:LINE:COLUMN: message and DATASET is left unchanged.

				Kinds (importers installed):
				""");
		for (ImporterDescriptor importer : registry.importers()) {
			text.append(String.format("  %-10s %s%n", importer.kind(), importer.name()));
			if (!importer.importer().options().isEmpty()) {
				text.append(String.format("  %-10s options: %s%n", "", String.join(" ",
						new TreeSet<>(importer.importer().options().stream().map(o -> display(o) + (o.startsWith("column.") ? "" : " VALUE")).toList()))));
			}
		}
		return text.toString();
	}
}
