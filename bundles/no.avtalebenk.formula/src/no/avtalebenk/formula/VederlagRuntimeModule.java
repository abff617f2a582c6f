package no.avtalebenk.formula;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportUriResolver;

import no.avtalebenk.formula.conversion.VederlagValueConverters;
import no.avtalebenk.formula.linking.VederlagLinkingMessages;
import no.avtalebenk.formula.load.VederlagResource;
import no.avtalebenk.formula.parser.VederlagSyntaxErrorMessages;
import no.avtalebenk.formula.scoping.VederlagImportUriResolver;
import no.avtalebenk.formula.scoping.VederlagNamespaceScopeProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Guice bindings of the remuneration formula language (vederlag = remuneration) beyond the
 * generated defaults: exact decimals, imports by file name ({@code import "satser.vederlag"}) of
 * the case only, files checked against their limits before parsing, and messages about unknown
 * names that a negotiator understands.
 */
public class VederlagRuntimeModule extends AbstractVederlagRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return VederlagValueConverters.class;
	}

	/** A file sees its own names and those of the files it imports, not every file loaded. */
	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return ImportUriGlobalScopeProvider.class;
	}

	/** @return the resource: skips a byte-order mark, refuses files beyond the limits unparsed */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return VederlagResource.class;
	}

	/** @return the resolver that gives the scoping only the imports the import rule allows */
	public Class<? extends ImportUriResolver> bindImportUriResolver() {
		return VederlagImportUriResolver.class;
	}

	/** @return the provider of messages for names that cannot be resolved */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return VederlagLinkingMessages.class;
	}

	/** @return the provider of syntax error messages in the negotiators' terms */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return VederlagSyntaxErrorMessages.class;
	}

	/** Scoping by package and name imports that survives a package line the parser could not read. */
	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(VederlagNamespaceScopeProvider.class);
	}
}
