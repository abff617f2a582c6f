package no.avtalebenk.formula;

import org.eclipse.xtext.conversion.IValueConverterService;

import no.avtalebenk.formula.conversion.VederlagValueConverters;

/**
 * Guice bindings of the remuneration formula language (vederlag = remuneration) beyond the
 * generated defaults.
 */
public class VederlagRuntimeModule extends AbstractVederlagRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return VederlagValueConverters.class;
	}
}
