package no.avtalebenk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.data.dataset.DataSetImport;
import no.avtalebenk.data.dataset.FileImport;
import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.Importer;
import no.avtalebenk.data.importer.ImporterDescriptor;
import no.avtalebenk.data.importer.ImporterRegistry;
import no.avtalebenk.model.io.AgreementFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import --kind KIND FILE --into DATASET}: reads a statistics export with the importer
 * contributed for KIND and puts its counts into a data set file, all or nothing. The kinds are those
 * contributed to the extension point {@value ImporterRegistry#EXTENSION_POINT}; the options the
 * installed importers take are added to the command line from the registry, and the usage lists
 * the kinds.
 */
@Command(name = "import", modelTransformer = ImportCommand.InstalledImporters.class,
		description = { "Reads a GSI, KOSTRA (SSB JSON-stat), DBH, PAI or CSV export into a data set (.avtale), all or nothing.",
				"",
				"Reads FILE with the importer for KIND and puts its counts into DATASET (an .avtale file; created with "
						+ "the reference units and categories when missing). All or nothing: when any row is wrong, every "
						+ "problem is listed as FILE:LINE:COLUMN: message and DATASET is left unchanged." })
final class ImportCommand extends Subcommand {

	@Mixin
	private CaseFolderOption caseFolder;

	@Option(names = "--kind", paramLabel = "KIND", description = "The importer (required; see the kinds below).")
	private String kind;

	@Parameters(paramLabel = "FILE", arity = "0..1", description = "The export to read.")
	private String file;

	@Option(names = "--into", paramLabel = "DATASET", description = "The data set file (.avtale) to import into (required).")
	private String into;

	@Option(names = "--year", paramLabel = "YEAR", description = "Store the counts under this year.")
	private String year;

	@Option(names = "--retrieved", paramLabel = "yyyy-mm-dd",
			description = "The retrieved date in the provenance (default: the file's last-modified date).")
	private String retrieved;

	@Option(names = "--column", paramLabel = "FIELD=HEADER",
			description = "The column of a field when its header is not a usual one; may be given for several fields.")
	private List<String> columns = new ArrayList<>();

	/** The installed importers, read when the command line is built. */
	private ImporterRegistry registry;

	/** Values of the importers' own options, by option name without "--". */
	private final Map<String, String> importerOptions = new HashMap<>();

	@Override
	int run(PrintStream out, PrintStream err) throws UsageException, IOException, AgreementFileException, CaseException {
		Map<String, String> options = new HashMap<>(importerOptions);
		if (year != null) {
			options.put(Importer.YEAR, year);
		}
		if (retrieved != null) {
			options.put(Importer.RETRIEVED, retrieved);
		}
		for (String column : columns) {
			String[] pair = column.split("=", 2);
			if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
				throw new UsageException("--column takes FIELD=HEADER, e.g. --column unit=Knr");
			}
			if (options.put("column." + pair[0].trim(), pair[1].trim()) != null) {
				throw new UsageException("--column " + pair[0].trim() + " is given twice");
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
		try {
			List<ImportedCount> counts = FileImport.read(descriptor.importer(), source, file, options);
			// In a case, its own units (enheter.csv) may be counted and a new data set takes its agreement's
			// categories; outside a case, the register's units and the template's categories.
			Case own = caseFolder.hasCase() ? caseFolder.open() : null;
			DataSetImport.Summary summary = DataSetImport.apply(counts, file, Path.of(into),
					own == null ? List.of() : own.ownUnits(), own == null ? List.of() : own.model().getCategories());
			out.println("Imported " + counts.size() + " counts from " + file + " (" + kind + ") into " + into
					+ (summary.created() ? " (created with the reference units and categories)" : "") + ": " + summary.added()
					+ " added, " + summary.replaced() + " replaced.");
			if (!summary.ownUnits().isEmpty()) {
				out.println("The case's own units now in " + into + ": " + String.join(", ", summary.ownUnits()) + ".");
			}
			out.println(String.format("%-22s%6s%16s", "category", "year", "total"));
			for (Map.Entry<String, Map<Integer, BigDecimal>> category : summary.totals().entrySet()) {
				for (Map.Entry<Integer, BigDecimal> perYear : category.getValue().entrySet()) {
					out.println(String.format("%-22s%6d%16s", category.getKey(), perYear.getKey(),
							CountFormat.norwegian(perYear.getValue())));
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

	/** Prints the contributions the registry skipped, as {@code import --help} does besides the usage. */
	void reportProblems(PrintStream err) {
		registry.problems().forEach(p -> err.println("avtalebenk import: " + p));
	}

	/**
	 * Adds to the command the options of the installed importers (the general ones and {@code --column}
	 * are declared above) and lists the kinds in its usage.
	 */
	static final class InstalledImporters implements IModelTransformer {

		@Override
		public CommandSpec transform(CommandSpec spec) {
			ImportCommand command = (ImportCommand) spec.userObject();
			command.registry = ImporterRegistry.load();
			Map<String, Set<String>> kindsByOption = new TreeMap<>();
			for (ImporterDescriptor importer : command.registry.importers()) {
				for (String option : importer.importer().options()) {
					if (!option.startsWith("column.") && !option.equals(Importer.YEAR) && !option.equals(Importer.RETRIEVED)) {
						kindsByOption.computeIfAbsent(option, o -> new TreeSet<>()).add(importer.kind());
					}
				}
			}
			for (Map.Entry<String, Set<String>> option : kindsByOption.entrySet()) {
				String name = option.getKey();
				spec.addOption(OptionSpec.builder("--" + name).paramLabel("VALUE").type(String.class)
						.description("Taken by the " + String.join(", ", option.getValue()) + " importer"
								+ (option.getValue().size() == 1 ? "." : "s."))
						.setter(new ISetter() {
							@Override
							public <T> T set(T value) {
								// picocli also sets the initial value, null: only a given value counts.
								if (value != null) {
									command.importerOptions.put(name, (String) value);
								}
								return null;
							}
						}).build());
			}
			spec.usageMessage().footer(footer(command.registry));
			return spec;
		}

		private static String[] footer(ImporterRegistry registry) {
			List<String> lines = new ArrayList<>(List.of("", "Kinds (importers installed):"));
			for (ImporterDescriptor importer : registry.importers()) {
				lines.add(String.format("  %-10s %s", importer.kind(), importer.name()));
				if (!importer.importer().options().isEmpty()) {
					lines.add(String.format("  %-10s options: %s", "", String.join(" ",
							new TreeSet<>(importer.importer().options().stream()
									.map(o -> display(o) + (o.startsWith("column.") ? "" : " VALUE")).toList()))));
				}
			}
			// picocli formats the footer: a % in a name must stay a %.
			return lines.stream().map(line -> line.replace("%", "%%")).toArray(String[]::new);
		}
	}
}
