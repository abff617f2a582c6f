package no.avtalebenk.model.validation;

/**
 * A problem found in a model file.
 *
 * @param file     the file
 * @param path     the element, as {@link ElementPaths} names it
 * @param severity "error" or "warning"
 * @param code     the rule's code (see {@link AvtaleRules}); empty for EMF's own structural checks
 * @param message  what is wrong, in the user's terms
 */
public record ModelProblem(String file, String path, String severity, String code, String message) {

	/** @return true for an error, false for a warning */
	public boolean isError() {
		return "error".equals(severity);
	}

	@Override
	public String toString() {
		return file + ": " + path + ": " + severity + ": " + message;
	}
}
