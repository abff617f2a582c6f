package no.avtalebenk.formula.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import no.avtalebenk.formula.VederlagStandaloneSetup;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.VederlagFactory;

/**
 * Reads formula files (.vederlag) without a workbench: parses, links and validates them and
 * reports every problem with file, line and column. Imports are read only from the case
 * ({@link ImportRule}); files beyond {@link FormulaLimits} are refused before they are parsed.
 */
public final class FormulaLoader {

	/** The extension of formula files. */
	public static final String EXTENSION = ".vederlag";

	private static Injector injector;

	private final VederlagResourceSet resourceSet;
	private final boolean caseFolderGiven;
	private final Set<Resource> validated = new HashSet<>();

	/**
	 * Creates a loader with its own resource set; files loaded together may import each other. Each
	 * file loaded from a path may import files of its own folder and its subfolders.
	 */
	public FormulaLoader() {
		// Not bound in the language's module: Xtext reads its own grammar through XtextResourceSets.
		resourceSet = injector().getInstance(VederlagResourceSet.class);
		caseFolderGiven = false;
	}

	/**
	 * Creates a loader for the files of one case: they may import any formula file of the case
	 * folder and its subfolders, and nothing outside it.
	 *
	 * @param caseFolder the case folder
	 */
	public FormulaLoader(Path caseFolder) {
		resourceSet = injector().getInstance(VederlagResourceSet.class);
		caseFolderGiven = true;
		resourceSet.addCaseFolder(caseFolder);
	}

	/** @return the language's Guice injector, created once */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new VederlagStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/**
	 * @param file a .vederlag file
	 * @return its model, linked and validated
	 * @throws IOException          when the file cannot be read
	 * @throws FormulaFileException when it has errors, or is not a .vederlag file
	 */
	public Model load(Path file) throws IOException {
		if (!file.getFileName().toString().endsWith(EXTENSION)) {
			throw new FormulaFileException(List.of(new Problem("error", file.getFileName().toString(), 1, 1,
					"This is not a formula file: formula files end in " + EXTENSION + " (for example kopinor"
							+ EXTENSION + ").")));
		}
		if (!caseFolderGiven) {
			resourceSet.addCaseFolder(file.toAbsolutePath().getParent());
		}
		try (InputStream in = Files.newInputStream(file)) {
			return load(URI.createFileURI(file.toAbsolutePath().toString()), in);
		}
	}

	/**
	 * @param uri the name the file is known by (its last segment appears in messages)
	 * @param in  the file's content, UTF-8
	 * @return its model, linked and validated, with the files it imports; a file loaded before (for
	 *         example as an import) is not read again
	 * @throws IOException          when the stream cannot be read
	 * @throws FormulaFileException when it or a file it imports has errors
	 */
	public Model load(URI uri, InputStream in) throws IOException {
		String file = uri.lastSegment() == null ? uri.toString() : uri.lastSegment();
		try {
			Resource resource = resourceSet.getResource(uri, false);
			if (resource == null || !resource.isLoaded()) {
				resource = resource != null ? resource : resourceSet.createResource(uri);
				if (resource == null) {
					throw new FormulaFileException(List.of(new Problem("error", file, 1, 1, "This is not a formula "
							+ "file: formula files end in " + EXTENSION + " (for example kopinor" + EXTENSION + ").")));
				}
				resource.load(in, resourceSet.getLoadOptions());
			}
			List<Problem> problems = new ArrayList<>(validate(resource));
			validated.add(resource);
			// Validating resolves the imports, which loads the imported files: check them too.
			for (int i = 0; i < resourceSet.getResources().size(); i++) {
				Resource other = resourceSet.getResources().get(i);
				if (other instanceof XtextResource && other.isLoaded() && validated.add(other)) {
					problems.addAll(validate(other));
				}
			}
			if (problems.stream().anyMatch(p -> p.severity().equals("error"))) {
				throw new FormulaFileException(problems);
			}
			if (resource.getContents().isEmpty()) {
				// An empty file, or one of comments only: a model that declares nothing.
				resource.getContents().add(VederlagFactory.eINSTANCE.createModel());
			}
			return (Model) resource.getContents().get(0);
		} catch (StackOverflowError e) {
			// FormulaLimits keeps files far from this; should a file still get here, it is refused, not fatal.
			throw new FormulaFileException(List.of(new Problem("error", file, 1, 1, "The file is nested too deeply "
					+ "to be checked; keep within the limits in docs/formula-language.md (at most "
					+ FormulaLimits.MAX_NESTING + " levels, " + FormulaLimits.MAX_EXPRESSION_TOKENS
					+ " numbers, names and signs per formula).")));
		}
	}

	/** @return the resource set the files are loaded into */
	public ResourceSet getResourceSet() {
		return resourceSet;
	}

	/**
	 * @param resource a loaded formula resource
	 * @return the limit it exceeds, or its syntax problems, or when there are none its linking and
	 *         validation problems, in file order; a file that declares nothing gets a warning
	 */
	public static List<Problem> validate(Resource resource) {
		String file = resource.getURI().lastSegment();
		if (resource instanceof VederlagResource vederlag && vederlag.getRefusal().isPresent()) {
			return List.of(vederlag.getRefusal().get());
		}
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		// A syntax error leaves a partial model; the checks after it would only report its consequences.
		if (issues.stream().anyMatch(Issue::isSyntaxError)) {
			issues = issues.stream().filter(Issue::isSyntaxError).toList();
		}
		List<Problem> problems = new ArrayList<>();
		for (Issue issue : issues) {
			String severity = issue.getSeverity() == Severity.ERROR ? "error" : "warning";
			problems.add(new Problem(severity, file, nz(issue.getLineNumber()), nz(issue.getColumn()), issue.getMessage()));
		}
		if (problems.isEmpty() && declaresNothing(resource)) {
			problems.add(new Problem("warning", file, 1, 1,
					"The file declares nothing: it has no categories, rates, formulas or tests."));
		}
		problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
		return Collections.unmodifiableList(problems);
	}

	private static boolean declaresNothing(Resource resource) {
		return resource.getContents().isEmpty() || resource.getContents().get(0) instanceof Model model
				&& model.getElements().isEmpty() && model.getImports().isEmpty();
	}

	private static int nz(Integer value) {
		return value == null ? 0 : value;
	}
}
