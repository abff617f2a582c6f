package no.avtalebenk.data.importer;

import java.util.List;
import java.util.Set;

/**
 * Reads one kind of statistics export into counts. Contributed through the extension point
 * {@code no.avtalebenk.data.importers} (schema/importers.exsd). An importer only reads and checks
 * its file: unit numbers, categories and the data set are resolved and written by
 * {@link no.avtalebenk.data.dataset.DataSetImport}, all or nothing.
 */
public interface Importer {

	/** Option every importer accepts: the year the counts are stored under. */
	String YEAR = "year";
	/** Option every importer accepts: the date the export was retrieved (yyyy-mm-dd). */
	String RETRIEVED = "retrieved";

	/**
	 * @return the options this importer understands besides {@link #YEAR} and {@link #RETRIEVED};
	 *         the command line rejects others
	 */
	default Set<String> options() {
		return Set.of();
	}

	/**
	 * @param input the file and the options
	 * @return the counts, each with its place in the file and its provenance
	 * @throws ImportException naming file, line and column of every problem found; nothing is
	 *                         imported then
	 */
	List<ImportedCount> read(ImportInput input) throws ImportException;
}
