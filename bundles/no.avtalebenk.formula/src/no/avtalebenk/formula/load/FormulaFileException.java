package no.avtalebenk.formula.load;

import java.util.List;
import java.util.stream.Collectors;

/** A formula file has errors; the message lists each with file, line and column. */
public class FormulaFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	/** @param problems the problems found, at least one of them an error */
	public FormulaFileException(List<Problem> problems) {
		super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	/** @return the problems, in file order */
	public List<Problem> getProblems() {
		return problems;
	}
}
