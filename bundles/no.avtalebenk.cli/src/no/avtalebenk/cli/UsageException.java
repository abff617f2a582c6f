package no.avtalebenk.cli;

/** The command line is wrong; the message says how. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message what is wrong with the command line */
	public UsageException(String message) {
		super(message);
	}
}
