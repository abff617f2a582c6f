package no.avtalebenk.formula.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportUriResolver;

import no.avtalebenk.formula.load.ImportRule;

/**
 * Gives the scoping only the imports {@link ImportRule} allows: a refused import (a web address,
 * a path out of the case, another file type) is never resolved, so no part of the language loads
 * or even looks for it. The validator reports it with its place.
 */
public class VederlagImportUriResolver extends ImportUriResolver {

	@Override
	public String resolve(EObject object) {
		String text = super.resolve(object);
		if (text == null || object.eResource() == null) {
			return text;
		}
		return ImportRule.refusal(object.eResource(), text) == null ? text : null;
	}
}
