package no.avtalebenk.data.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.Cases;
import no.avtalebenk.data.dataset.DataSetImport;
import no.avtalebenk.data.dataset.FileImport;
import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.ImporterDescriptor;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.labels.Labels;

/**
 * What the import wizard asks for, and the import itself through the same headless code as the
 * command line's {@code import}: the file read by its importer ({@link FileImport}), the counts put
 * into the data set with the case's own units, and a new data set made with the case's categories
 * ({@link DataSetImport}). {@link #check()} does all of it but the writing.
 *
 * @param importer   the importer of the file's kind
 * @param source     the file to read
 * @param options    the importer's options ({@code year}, {@code retrieved} and its own)
 * @param dataSet    the data set file, created when missing
 * @param caseFolder the case the data set belongs to
 */
record CountImport(ImporterDescriptor importer, Path source, Map<String, String> options, Path dataSet, Path caseFolder) {

	/**
	 * What an import did or would do: the number of counts read and the summary, or every problem with
	 * its place ({@code FILE:LINE:COLUMN: message}).
	 */
	record Outcome(int read, DataSetImport.Summary summary, List<String> problems, UnaryOperator<String> categoryNames) {

		Outcome(List<String> problems) {
			this(0, null, problems, UnaryOperator.identity());
		}

		boolean ok() {
			return problems.isEmpty();
		}
	}

	/** @return what the import would do; the data set is not written */
	Outcome check() {
		return run(false);
	}

	/** @return what the import did; the data set is written only when there is no problem */
	Outcome apply() {
		return run(true);
	}

	private Outcome run(boolean write) {
		String name = source.getFileName().toString();
		try {
			Case own = Cases.isCase(caseFolder) ? Cases.open(caseFolder) : null;
			List<ImportedCount> counts = FileImport.read(importer.importer(), source, name, options);
			var ownUnits = own == null ? List.<no.avtalebenk.model.avtale.ReportingUnit>of() : own.ownUnits();
			var categories = own == null ? List.<no.avtalebenk.model.avtale.CountCategory>of() : own.model().getCategories();
			if (write) {
				// a case's first data set goes into data/, which a new case does not have yet
				Files.createDirectories(dataSet.getParent());
			}
			DataSetImport.Summary summary = write ? DataSetImport.apply(counts, name, dataSet, ownUnits, categories)
					: DataSetImport.check(counts, name, dataSet, ownUnits, categories);
			return new Outcome(counts.size(), summary, List.of(), Labels.categories(own == null ? null : own.model()));
		} catch (ImportException e) {
			return new Outcome(e.problems().stream().map(ImportProblem::toString).toList());
		} catch (CaseException e) {
			return new Outcome(List.of(caseFolder + ": " + e.getMessage()));
		} catch (AgreementFileException e) {
			return new Outcome(List.of(e.getMessage()));
		} catch (IOException e) {
			return new Outcome(List.of(name + ": " + e.getMessage()));
		}
	}
}
