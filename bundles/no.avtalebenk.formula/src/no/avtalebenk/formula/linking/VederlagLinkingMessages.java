package no.avtalebenk.formula.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import no.avtalebenk.formula.vederlag.VederlagPackage;

/** Says what an unknown name should have been, instead of Xtext's "Couldn't resolve reference". */
public class VederlagLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String what;
		if (type == VederlagPackage.Literals.CATEGORY) {
			what = "category";
		} else if (type == VederlagPackage.Literals.FORMULA) {
			what = "formula";
		} else if (type == VederlagPackage.Literals.INDEX) {
			what = "index";
		} else {
			what = "rate, parameter or formula";
		}
		return new DiagnosticMessage("Unknown name '" + context.getLinkText() + "': no " + what
				+ " of that name is declared in this file or in a file it imports.", Severity.ERROR,
				Diagnostic.LINKING_DIAGNOSTIC);
	}
}
