package no.avtalebenk.data.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.Importer;
import no.avtalebenk.data.text.InputLimits;

/**
 * Reads a statistics export from a file with an importer, as the command line's {@code import} and
 * the workbench's import wizard both do: the file's bytes with the options given, and, unless told
 * otherwise, the file's last-modified date as the retrieved date in each count's provenance (a
 * downloaded export's modification date is the day it was retrieved). The counts then go into a data
 * set through {@link DataSetImport}.
 */
public final class FileImport {

	private FileImport() {
	}

	/**
	 * @param importer the importer of the file's kind
	 * @param source   the file
	 * @param fileName the file as the user named it, for messages
	 * @param options  the options by name ({@link Importer#YEAR}, {@link Importer#RETRIEVED} and the
	 *                 importer's own); not changed
	 * @return the counts read, each with its place in the file
	 * @throws ImportException naming file, line and column of every problem; nothing is imported then
	 * @throws IOException     when the file cannot be read
	 */
	public static List<ImportedCount> read(Importer importer, Path source, String fileName, Map<String, String> options)
			throws ImportException, IOException {
		long size = Files.size(source);
		if (size > InputLimits.MAX_FILE_BYTES) {
			throw new ImportException(ImportProblem.of(fileName, "the file has " + size / (1024 * 1024) + " MB; an import reads at most "
					+ InputLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB (a statistics export has a few)"));
		}
		Map<String, String> all = new HashMap<>(options);
		all.putIfAbsent(Importer.RETRIEVED, retrievedDefault(source));
		return importer.read(new ImportInput(fileName, Files.readAllBytes(source), all));
	}

	/**
	 * @param source a file
	 * @return its last-modified day in the system's time zone, yyyy-mm-dd
	 * @throws IOException when the file's date cannot be read
	 */
	public static String retrievedDefault(Path source) throws IOException {
		return LocalDate.ofInstant(Files.getLastModifiedTime(source).toInstant(), ZoneId.systemDefault()).toString();
	}
}
