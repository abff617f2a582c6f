package no.avtalebenk.formula.ide;

import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import no.avtalebenk.formula.VederlagRuntimeModule;
import no.avtalebenk.formula.VederlagStandaloneSetup;

/**
 * Creates the injector of the language's runtime and ide services together, for editors that call
 * Xtext's content assist in-process.
 */
public class VederlagIdeSetup extends VederlagStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new VederlagRuntimeModule(), new VederlagIdeModule()));
	}
}
