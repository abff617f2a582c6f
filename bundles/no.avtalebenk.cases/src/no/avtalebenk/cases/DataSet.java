package no.avtalebenk.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.avtalebenk.data.reference.ReferenceDataSet;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.CountYears;
import no.avtalebenk.simulation.counts.ModelCounts;

/**
 * A data set a case projects on: its model (units and counts), its counts checked against the years
 * the agreement needs, and how it is named in headings.
 */
record DataSet(AgreementModel model, CountTable counts, String origin) {

	/**
	 * @param owner the case
	 * @param data  {@value Case#REFERENCE}, a data set of the case by file name, or a path
	 */
	static DataSet load(Case owner, String data) throws CaseException {
		String origin;
		AgreementModel model;
		if (data.equals(Case.REFERENCE)) {
			origin = "the reference data set (estimates)";
			try {
				model = ReferenceDataSet.build();
			} catch (IOException e) {
				throw new CaseException(CaseException.Kind.INPUT, "the reference data set cannot be read from the installation: "
						+ e.getMessage());
			}
		} else {
			Path file = resolve(owner, data);
			origin = file.getFileName().toString();
			model = owner.loadedDataSets.get(file);
			if (model == null) {
				try {
					model = AgreementFiles.load(file);
				} catch (AgreementFileException e) {
					throw new CaseException(CaseException.Kind.INPUT, e.getMessage());
				}
			}
		}
		CountTable counts;
		try {
			counts = ModelCounts.table(model, origin);
		} catch (CountFileException e) {
			throw new CaseException(CaseException.Kind.INPUT, e.getMessage());
		}
		counts = CountGaps.check(counts, origin, Simulator.categoryFormulas(owner.formulas()).stream()
				.map(f -> f.getCategory().getName()).toList(), owner.years(), CountYears.of(owner.model()));
		return new DataSet(model, counts, origin);
	}

	/** A path as given (from the current folder) first, then a data set of the case by its name. */
	private static Path resolve(Case owner, String data) throws CaseException {
		Path given = Path.of(data);
		if (Files.isRegularFile(given)) {
			return given;
		}
		for (Path candidate : new Path[] { owner.folder().resolve(data), owner.folder().resolve(Cases.DATA).resolve(data) }) {
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new CaseException(CaseException.Kind.INPUT, data + ": no such file; the case's data sets are "
				+ (owner.dataSets().isEmpty() ? "none" : owner.dataSets().stream().map(p -> owner.folder().relativize(p).toString()).toList())
				+ " (or use 'reference')");
	}
}
