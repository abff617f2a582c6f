package no.avtalebenk.formula.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Which files a formula file may import. A formula file may come from the other party, so its
 * imports are untrusted: they may name only .vederlag files of the case, by a path relative to the
 * importing file, that stays inside the case folder (or, for a file bundled with the product, inside
 * its own bundle). Web addresses, {@code file:} and other schemes, absolute paths and paths that
 * lead out of the case are refused, so that nothing outside the case is ever read or fetched.
 */
public final class ImportRule {

	private ImportRule() {
	}

	/**
	 * @param importing the importing file
	 * @param text      the path written after {@code import}
	 * @return why the import is refused, as a sentence for the user; {@code null} when it is allowed
	 */
	public static String refusal(Resource importing, String text) {
		String reason = reason(importing, text);
		if (reason == null) {
			return null;
		}
		if (reason.startsWith("!")) {
			return reason.substring(1);
		}
		return "Only files of the case can be imported, by a path relative to this file such as \"satser.vederlag\"; '"
				+ text + "' " + reason + ", so it is not read.";
	}

	/**
	 * @param importing the importing file
	 * @param text      the path written after {@code import}
	 * @return the imported file's URI, or {@code null} when the import is refused
	 */
	public static URI resolve(Resource importing, String text) {
		if (reason(importing, text) != null) {
			return null;
		}
		URI base = importing.getURI();
		URI relative = URI.createURI(text);
		return base != null && base.isHierarchical() && !base.isRelative() ? relative.resolve(base) : relative;
	}

	private static String reason(Resource importing, String text) {
		if (text == null || text.isBlank()) {
			return "!An import names a file of the case, such as \"satser.vederlag\".";
		}
		if (text.chars().anyMatch(c -> c == '\\' || Character.isISOControl(c))) {
			return "contains a backslash or a control character (write folders with /)";
		}
		URI uri;
		try {
			uri = URI.createURI(text);
		} catch (IllegalArgumentException e) {
			return "is not a file path";
		}
		if (uri.scheme() != null) {
			return "is an address (" + uri.scheme() + ":)";
		}
		if (uri.hasAuthority() || uri.hasAbsolutePath() || uri.hasDevice()) {
			return "is an absolute path";
		}
		if (uri.hasQuery() || uri.hasFragment() || uri.lastSegment() == null) {
			return "is not a plain file path";
		}
		if (!uri.lastSegment().endsWith(".vederlag")) {
			return "!'" + text + "' is not a formula file: imports name .vederlag files of the case, such as "
					+ "\"satser.vederlag\".";
		}
		URI base = importing == null ? null : importing.getURI();
		if (base == null || !base.isHierarchical() || base.isRelative()) {
			// A file known by a bare name (tests, streams): its imports may not climb above it.
			return climbsOut(List.of(), uri.segmentsList()) ? "leads out of the case folder" : null;
		}
		URI resolved = uri.resolve(base);
		List<String> folder = base.trimSegments(1).segmentsList();
		if (base.isFile()) {
			for (Path root : roots(importing.getResourceSet(), base)) {
				if (inside(root, resolved)) {
					return null;
				}
			}
			return "leads out of the case folder";
		}
		// A file bundled with the product imports only files of its own bundle (platform:/plugin/<bundle>/…).
		List<String> root = base.isPlatform() ? base.segmentsList().subList(0, Math.min(2, base.segmentCount()))
				: folder;
		return startsWith(resolved.segmentsList(), root) ? null : "leads out of the case folder";
	}

	/** @return the case folders of the resource set, or else the importing file's own folder */
	private static List<Path> roots(ResourceSet resourceSet, URI base) {
		if (resourceSet instanceof VederlagResourceSet set && !set.getCaseFolders().isEmpty()) {
			return set.getCaseFolders();
		}
		return List.of(Path.of(base.trimSegments(1).toFileString()));
	}

	/**
	 * @param root a case folder
	 * @param uri  a file URI
	 * @return whether the file lies in the folder, after resolving '..' and, for a file that exists,
	 *         symbolic links
	 */
	static boolean inside(Path root, URI uri) {
		String fileString = uri.toFileString();
		if (fileString == null) {
			return false;
		}
		Path folder = root.toAbsolutePath().normalize();
		Path file = Path.of(fileString).toAbsolutePath().normalize();
		if (!file.startsWith(folder)) {
			return false;
		}
		try {
			return !Files.exists(file) || file.toRealPath().startsWith(folder.toRealPath());
		} catch (IOException e) {
			return false;
		}
	}

	private static boolean climbsOut(List<String> folder, List<String> path) {
		List<String> segments = new ArrayList<>(folder);
		for (String segment : path) {
			if (segment.equals("..")) {
				if (segments.isEmpty()) {
					return true;
				}
				segments.remove(segments.size() - 1);
			} else if (!segment.equals(".") && !segment.isEmpty()) {
				segments.add(segment);
			}
		}
		return false;
	}

	private static boolean startsWith(List<String> segments, List<String> prefix) {
		return segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix);
	}
}
