package no.avtalebenk.cases.ui;

import java.util.List;

import no.avtalebenk.cases.CaseException;
import no.avtalebenk.cases.CaseProblem;
import org.eclipse.osgi.util.NLS;

/** How the workbench words a case that cannot be opened: the reason, then each problem with its place. */
public final class CaseMessages {

	/** The most problems listed; a longer list ends with how many were left out. */
	public static final int MAX_PROBLEMS = 25;

	private CaseMessages() {
	}

	/**
	 * @param error why a case could not be opened
	 * @return its message, then each of its problems the message does not already name, one a line as
	 *         {@code file:line:column: severity: message}, at most {@value #MAX_PROBLEMS} lines of them
	 */
	public static String describe(CaseException error) {
		String message = error.getMessage() == null ? "" : error.getMessage();
		List<CaseProblem> unnamed = error.problems().stream().filter(p -> !message.contains(p.toString())).toList();
		String[] lines = message.split("\n", -1);
		StringBuilder text = new StringBuilder();
		int listed = 0;
		for (String line : lines) {
			if (listed >= MAX_PROBLEMS) {
				break;
			}
			if (!text.isEmpty()) {
				text.append('\n');
				listed++;
			}
			text.append(line);
		}
		for (CaseProblem problem : unnamed) {
			if (listed >= MAX_PROBLEMS) {
				break;
			}
			text.append("\n  ").append(problem);
			listed++;
		}
		int left = lines.length - 1 + unnamed.size() - listed;
		if (left > 0) {
			text.append(NLS.bind(left == 1 ? Messages.CaseMessages_moreLine : Messages.CaseMessages_moreLines, left));
		}
		return text.toString();
	}
}
