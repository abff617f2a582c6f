package no.avtalebenk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import picocli.CommandLine.Option;

/**
 * The case a command projects ({@link CaseFolderOption}), the counts it projects on ({@code --data})
 * and the year rules that choose their data years ({@code --count-year}). Every command that projects payments opens its case through {@link #open()}.
 */
class CaseOptions extends CaseFolderOption {

	@Option(names = "--data", paramLabel = "reference|FILE.avtale",
			description = "Project on the counts of a data set: the reference data set shipped with the product, "
					+ "a data set of the case by name, or a file (default: the agreement's own counts).")
	private String data;

	@Option(names = "--count-year", paramLabel = "CATEGORY=RULE", split = ",",
			description = "Which data year's counts of a category each agreement year uses, instead of the category's "
					+ "year rule: latest, latest-of-table, current or a data year such as 2025 (repeatable; "
					+ "grunnskole=2025,fagskole=current).")
	private Map<String, String> countYears;

	/**
	 * @return the case, projecting on the counts of {@code --data} under the year rules of {@code --count-year}
	 * @throws CaseException when the case's files have errors, the data set does not fit it, or a year
	 *                       rule names an unknown category or rule
	 */
	@Override
	final Case open() throws CaseException {
		Case opened = super.open();
		Path given = data == null || data.equals(Case.REFERENCE) ? null : workingFolder().resolve(data);
		return opened.withData(given != null && Files.isRegularFile(given) ? given.toString() : data)
				.withCountYears(countYears());
	}

	/** @return the year rules {@code --count-year} gives, by category; empty when it is not given */
	final Map<String, String> countYears() {
		return countYears == null ? Map.of() : countYears;
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
