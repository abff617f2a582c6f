package no.avtalebenk.data.importers.tests;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import no.avtalebenk.data.dataset.DataSetImport;
import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.ImporterRegistry;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;

/** Reads the made-up sample files of this bundle through the importers the registry lists. */
final class Samples {

	private Samples() {
	}

	static byte[] bytes(String name) throws IOException {
		try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
			if (in == null) {
				throw new IOException("sample " + name + " missing");
			}
			return in.readAllBytes();
		}
	}

	/** Reads a sample with the importer contributed for the kind, as the CLI does. */
	static List<ImportedCount> read(String kind, String name, Map<String, String> options) throws IOException, ImportException {
		return ImporterRegistry.load().get(kind).orElseThrow().importer().read(new ImportInput(name, bytes(name), options));
	}

	/** Imports a sample into a data set file and reads the file back. */
	static AgreementModel importInto(String kind, String name, Map<String, String> options, Path dataSet)
			throws IOException, ImportException, AgreementFileException {
		DataSetImport.apply(read(kind, name, options), name, dataSet);
		return AgreementFiles.load(dataSet);
	}

	static Count count(AgreementModel model, String unit, String category, int year) {
		return model.getCounts().stream().filter(c -> c.getUnit().getId().equals(unit) && c.getCategory().getId().equals(category)
				&& c.getYear() == year).findFirst().orElseThrow(() -> new AssertionError("no count " + unit + " " + category + " " + year));
	}

	static BigDecimal value(AgreementModel model, String unit, String category, int year) {
		return count(model, unit, category, year).getValue();
	}
}
