package no.avtalebenk.formula.interpreter;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A formula could not be evaluated: a count is missing, no rate applies, a division by zero or a
 * definition that refers to itself. The message names the place (file, line, column) so that a
 * negotiator can find it; the evaluator never substitutes a silent zero.
 */
public class EvaluationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String location;

	/**
	 * @param message what went wrong, in the user's terms
	 * @param where   the formula element at fault, used to name file, line and column
	 */
	public EvaluationException(String message, EObject where) {
		super(message);
		this.location = locate(where);
	}

	/** @return "file:line:column" of the element at fault, or "" when it is not known */
	public String getLocation() {
		return location;
	}

	@Override
	public String getMessage() {
		return location.isEmpty() ? super.getMessage() : location + ": " + super.getMessage();
	}

	static String locate(EObject where) {
		if (where == null) {
			return "";
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(where);
		Resource resource = where.eResource();
		String file = resource == null || resource.getURI() == null ? "" : resource.getURI().lastSegment();
		if (node == null) {
			return file;
		}
		int column = NodeModelUtils.getLineAndColumn(node, node.getOffset()).getColumn();
		return file + ":" + node.getStartLine() + ":" + column;
	}
}
