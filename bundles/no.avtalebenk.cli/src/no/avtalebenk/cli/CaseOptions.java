package no.avtalebenk.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import picocli.CommandLine.Option;

/**
 * The case a command projects ({@link CaseFolderOption}) and the counts it projects on
 * ({@code --data}). Every command that projects payments opens its case through {@link #open()}.
 */
class CaseOptions extends CaseFolderOption {

	@Option(names = "--data", paramLabel = "reference|FILE.avtale",
			description = "Project on the counts of a data set: the reference data set shipped with the product, "
					+ "a data set of the case by name, or a file (default: the agreement's own counts).")
	private String data;

	/**
	 * @return the case, projecting on the counts of {@code --data}
	 * @throws CaseException when the case's files have errors or the data set does not fit it
	 */
	@Override
	final Case open() throws CaseException {
		Case opened = super.open();
		Path given = data == null || data.equals(Case.REFERENCE) ? null : workingFolder().resolve(data);
		return opened.withData(given != null && Files.isRegularFile(given) ? given.toString() : data);
	}

	/** @return the data set {@code --data} names, or null */
	final String data() {
		return data;
	}

	/** {@code --model FILE.avtale} besides {@code --case} and {@code --data}: an agreement file named directly. */
	static final class ModelFile extends CaseOptions {

		@Option(names = "--model", paramLabel = "FILE.avtale",
				description = "An agreement file; its folder is the case (default: --case or the current folder).")
		private String model;

		@Override
		String modelFile() {
			return model;
		}
	}
}
