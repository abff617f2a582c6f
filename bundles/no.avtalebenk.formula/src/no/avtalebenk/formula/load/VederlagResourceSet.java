package no.avtalebenk.formula.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The resource set formula files are loaded into. It reads files of the case folders and files
 * bundled with the product ({@code platform:}), and refuses every other address (http, https, ftp,
 * jar, archive, files outside the case), whatever part of the language asks: a formula file from
 * the other party cannot make the product fetch anything. {@link ImportRule} refuses such imports
 * with their place before they get here; this is the guard behind it.
 */
public class VederlagResourceSet extends XtextResourceSet {

	private final List<Path> caseFolders = new CopyOnWriteArrayList<>();

	/** Creates the resource set with its guard as the first URI handler. */
	public VederlagResourceSet() {
		getURIConverter().getURIHandlers().add(0, new Guard());
	}

	/**
	 * @param folder a folder whose files (and those of its subfolders) may be read and imported; without
	 *               any, an imported file must lie in the importing file's folder
	 */
	public void addCaseFolder(Path folder) {
		Path normalized = folder.toAbsolutePath().normalize();
		if (!caseFolders.contains(normalized)) {
			caseFolders.add(normalized);
		}
	}

	/** @return the case folders, in the order added */
	public List<Path> getCaseFolders() {
		return List.copyOf(caseFolders);
	}

	/**
	 * @param uri an address
	 * @return whether the resource set may read it: a relative path, a {@code platform:} URI of a
	 *         bundle or project, or a file inside a case folder (any file when none is set)
	 */
	public boolean permits(URI uri) {
		if (uri.scheme() == null) {
			return !uri.hasAuthority();
		}
		if (uri.isPlatformPlugin() || uri.isPlatformResource()) {
			return true;
		}
		if (uri.isFile() && !uri.hasAuthority()) {
			return caseFolders.isEmpty() || caseFolders.stream().anyMatch(folder -> ImportRule.inside(folder, uri));
		}
		return false;
	}

	/** Takes every address the resource set does not permit, and neither reads nor writes it. */
	private final class Guard extends URIHandlerImpl {

		@Override
		public boolean canHandle(URI uri) {
			return !permits(uri);
		}

		private IOException refused(URI uri) {
			return new IOException("'" + uri + "' is not a file of the case; formula files read only files of "
					+ "their case.");
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public void delete(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			return false;
		}

		@Override
		public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
			return Map.of();
		}

		@Override
		public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}
	}
}
