package no.avtalebenk.data.tests;

import java.math.BigDecimal;
import java.util.List;

import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.Importer;

/** A third-party importer as an analyst would contribute one: it reads nothing and yields one count. */
public class FixedImporter implements Importer {

	@Override
	public List<ImportedCount> read(ImportInput input) {
		return List.of(new ImportedCount("0301", "Oslo", "grunnskole", 2025, new BigDecimal("42"), "test contribution", "fixed",
				input.retrieved(), 1, 1));
	}
}
