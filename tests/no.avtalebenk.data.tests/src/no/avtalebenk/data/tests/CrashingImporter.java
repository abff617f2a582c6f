package no.avtalebenk.data.tests;

import java.nio.charset.StandardCharsets;
import java.util.List;

import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.Importer;

/**
 * An importer that fails as a real one would on a hostile file: the file names the Error to throw
 * (OutOfMemoryError, StackOverflowError, or anything else for an AssertionError). The command must
 * still end with exit code 3 and a message.
 */
public class CrashingImporter implements Importer {

	@Override
	public List<ImportedCount> read(ImportInput input) {
		String what = new String(input.content(), StandardCharsets.UTF_8).strip();
		switch (what) {
		case "OutOfMemoryError" -> throw new OutOfMemoryError("Java heap space");
		case "StackOverflowError" -> throw new StackOverflowError();
		default -> throw new AssertionError(what);
		}
	}
}
