package no.avtalebenk.formula.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.vederlag.Model;

/**
 * The editor's text parsed, linked and validated by the language's runtime services (the same
 * parser, scoping and validator as the command line), so that the editor and the CLI never
 * disagree about a file.
 */
public final class ParsedFormula {

	private final XtextResource resource;

	private ParsedFormula(XtextResource resource) {
		this.resource = resource;
	}

	/**
	 * @param text the file's text
	 * @param uri  where the file lives, so that its imports are found next to it
	 * @return the parsed text; a text with syntax errors gives a partial model
	 */
	public static ParsedFormula parse(String text, URI uri) {
		XtextResourceSet resourceSet = FormulaLoader.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			// A string stream cannot fail to be read.
			throw new IllegalStateException(e);
		}
		return new ParsedFormula(resource);
	}

	/** @return the model, or null when the text is empty */
	public Model model() {
		return resource.getContents().isEmpty() ? null : (Model) resource.getContents().get(0);
	}

	/** @return the syntax, linking and validation issues, with offsets into the text */
	public List<Issue> validate() {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/**
	 * @param context   where a name would be written
	 * @param reference the cross-reference a name would fill, e.g. the target of a name in an
	 *                  expression
	 * @param type      the kind of element wanted, e.g. rates
	 * @return the names visible there, with their elements, in scope order
	 */
	public Map<String, EObject> visible(EObject context, EReference reference, EClass type) {
		IScope scope = FormulaLoader.injector().getInstance(IScopeProvider.class).getScope(context, reference);
		Map<String, EObject> names = new LinkedHashMap<>();
		for (IEObjectDescription description : scope.getAllElements()) {
			if (type.isSuperTypeOf(description.getEClass())) {
				EObject element = description.getEObjectOrProxy();
				if (element.eIsProxy()) {
					element = resource.getResourceSet().getEObject(description.getEObjectURI(), true);
				}
				names.putIfAbsent(description.getName().toString(), element);
			}
		}
		return names;
	}

	/** @return every object of the model, depth first */
	public List<EObject> contents() {
		List<EObject> all = new ArrayList<>();
		resource.getAllContents().forEachRemaining(all::add);
		return all;
	}
}
