package no.avtalebenk.data.importer;

import java.util.Map;
import java.util.Optional;

/**
 * What an importer reads.
 *
 * @param fileName the file as the user named it, used in every message
 * @param content  the file's bytes (the importer decides the encoding)
 * @param options  options by name, e.g. {@code year=2025}; never null
 */
public record ImportInput(String fileName, byte[] content, Map<String, String> options) {

	/** Copies the options so that the input cannot change under the importer. */
	public ImportInput {
		options = Map.copyOf(options);
	}

	/**
	 * @param name an option's name
	 * @return its value, if given and not blank
	 */
	public Optional<String> option(String name) {
		String value = options.get(name);
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
	}

	/**
	 * @return the {@link Importer#YEAR} option
	 * @throws ImportException when it is given but is not a year
	 */
	public Optional<Integer> year() throws ImportException {
		Optional<String> year = option(Importer.YEAR);
		if (year.isEmpty()) {
			return Optional.empty();
		}
		if (!year.get().matches("\\d{4}")) {
			throw new ImportException(ImportProblem.of(fileName, "the year '" + year.get() + "' is not a year such as 2025"));
		}
		return Optional.of(Integer.valueOf(year.get()));
	}

	/**
	 * @return the {@link Importer#RETRIEVED} option, or the empty string when not given
	 */
	public String retrieved() {
		return option(Importer.RETRIEVED).orElse("");
	}
}
