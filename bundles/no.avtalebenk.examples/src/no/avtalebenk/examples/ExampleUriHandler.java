package no.avtalebenk.examples;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * Opens {@code example:/examples/…} URIs from this bundle, so that the example's formula files can
 * import each other by file name ({@code import "kopinor.vederlag"}) wherever the product is
 * installed.
 */
final class ExampleUriHandler extends URIHandlerImpl {

	static final String SCHEME = "example";

	@Override
	public boolean canHandle(URI uri) {
		return SCHEME.equals(uri.scheme());
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		return Examples.open(uri.path());
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return Examples.class.getResource(uri.path()) != null;
	}
}
