package no.avtalebenk.model.io;

/** An agreement file could not be read; the message names the file and, where known, the place. */
public class AgreementFileException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message what is wrong and where
	 * @param cause   the underlying error, or null
	 */
	public AgreementFileException(String message, Throwable cause) {
		super(message, cause);
	}
}
