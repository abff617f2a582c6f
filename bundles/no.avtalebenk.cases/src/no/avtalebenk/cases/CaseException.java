package no.avtalebenk.cases;

import java.util.List;

/**
 * A case cannot be opened or cannot answer a question. {@link Kind#INPUT} means the case's files have
 * errors (each in {@link #problems()} with its place); {@link Kind#REQUEST} means the question does not
 * fit the case (an unknown scenario, a folder that is not a case, a data set without a year the
 * agreement needs).
 */
public final class CaseException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Whose fault it is: the files' or the question's. */
	public enum Kind {
		/** A file of the case has errors. */
		INPUT,
		/** The question does not fit the case. */
		REQUEST
	}

	private final Kind kind;
	private final transient List<CaseProblem> problems;
	private final boolean countGaps;

	/**
	 * @param kind    whose fault it is
	 * @param message what is wrong, naming the place
	 */
	public CaseException(Kind kind, String message) {
		this(kind, message, List.of());
	}

	/**
	 * @param kind     whose fault it is
	 * @param message  what is wrong, naming the place
	 * @param problems the problems behind it, each with its file and place
	 */
	public CaseException(Kind kind, String message, List<CaseProblem> problems) {
		this(kind, message, problems, false);
	}

	private CaseException(Kind kind, String message, List<CaseProblem> problems, boolean countGaps) {
		super(message);
		this.kind = kind;
		this.problems = List.copyOf(problems);
		this.countGaps = countGaps;
	}

	/**
	 * @param message the gaps, naming data set, units, categories and years
	 * @return a {@link Kind#REQUEST} that says the counts lack years the agreement needs
	 *         ({@link #countGaps()}): the data do not fit the question, yet {@code validate} reports it
	 *         as a problem of the case
	 */
	static CaseException countGaps(String message) {
		return new CaseException(Kind.REQUEST, message, List.of(), true);
	}

	/** @return whether the counts lack years the agreement needs (a data set or the case's own counts) */
	public boolean countGaps() {
		return countGaps;
	}

	/** @return whose fault it is */
	public Kind kind() {
		return kind;
	}

	/** @return the problems behind it; empty when the message says everything */
	public List<CaseProblem> problems() {
		return problems;
	}
}
