package no.avtalebenk.formula.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import no.avtalebenk.formula.ide.contentassist.VederlagProposalProvider;

/**
 * Guice bindings of the language's editor-independent services (content assist parser, proposal
 * matching) beyond the generated defaults.
 */
public class VederlagIdeModule extends AbstractVederlagIdeModule {

	/** @return the proposal provider that keeps categories and indexes out of value positions */
	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return VederlagProposalProvider.class;
	}
}
