package no.avtalebenk.simulation.counts;

/** A counts file could not be read; the message names the file, line and column. */
public class CountFileException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message what is wrong and where */
	public CountFileException(String message) {
		super(message);
	}
}
