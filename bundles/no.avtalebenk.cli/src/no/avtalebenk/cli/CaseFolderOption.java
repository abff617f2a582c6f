package no.avtalebenk.cli;

import java.nio.file.Path;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.Cases;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Which case a command works on: {@code --case DIR}; without it the current folder when it is a case,
 * otherwise the bundled example, said in one line on standard error ({@link #EXAMPLE_NOTICE}).
 */
class CaseFolderOption {

	/** What a command says on standard error when it falls back to the bundled example. */
	static final String EXAMPLE_NOTICE = "avtalebenk: no case in this folder; using the bundled KS–Kopinor example"
			+ " (--case DIR, or ./avtalebenk new DIR)";

	@Spec(Spec.Target.MIXEE)
	private CommandSpec command;

	@Option(names = "--case", paramLabel = "DIR",
			description = "The case folder: its agreement (*.avtale), formula files, data sets and own units "
					+ "(default: the current folder when it is a case, else the bundled example).")
	private String caseFolder;

	/** @return the agreement file {@code --model} names, or null */
	String modelFile() {
		return null;
	}

	/** @return whether {@code --case} (or {@code --model}) names a case on the command line */
	final boolean namesCase() {
		return caseFolder != null || modelFile() != null;
	}

	/** @return whether a case was named on the command line or the current folder is one */
	final boolean hasCase() {
		return caseFolder != null || modelFile() != null || Cases.isCase(top().workingFolder);
	}

	/**
	 * @return the case named by {@code --case} (or {@code --model}), else the current folder's, else the
	 *         bundled example, said on standard error
	 * @throws CaseException when the case's files have errors
	 */
	Case open() throws CaseException {
		AvtalebenkCommand top = top();
		if (caseFolder != null && modelFile() != null) {
			throw new CaseException(CaseException.Kind.REQUEST, "--case and --model both name the case; give one of them");
		}
		if (caseFolder != null) {
			return Cases.open(top.workingFolder.resolve(caseFolder));
		} else if (modelFile() != null) {
			return Cases.openAgreement(top.workingFolder.resolve(modelFile()));
		} else if (Cases.isCase(top.workingFolder)) {
			return Cases.open(top.workingFolder);
		}
		top.err.println(EXAMPLE_NOTICE);
		return Cases.openExample();
	}

	/** @return the case folder: {@code --case}, the folder of {@code --model}, or the current folder */
	final Path folder() {
		Path working = top().workingFolder;
		if (caseFolder != null) {
			return working.resolve(caseFolder);
		}
		return modelFile() != null ? working.resolve(modelFile()).toAbsolutePath().getParent() : working;
	}

	/** @return the folder relative paths on the command line start from */
	final Path workingFolder() {
		return top().workingFolder;
	}

	private AvtalebenkCommand top() {
		return command.root().commandLine().getCommand();
	}
}
