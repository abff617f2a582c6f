package no.avtalebenk.data.importer;

import java.util.List;
import java.util.stream.Collectors;

/** A file cannot be imported; it lists every problem found, each with its place. */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<ImportProblem> problems;

	/** @param problems what is wrong, at least one */
	public ImportException(List<ImportProblem> problems) {
		super(problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an import error needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	/** @param problem what is wrong */
	public ImportException(ImportProblem problem) {
		this(List.of(problem));
	}

	/** @return every problem, in file order */
	public List<ImportProblem> problems() {
		return problems;
	}
}
