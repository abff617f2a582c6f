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
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import no.avtalebenk.formula.VederlagStandaloneSetup;
import no.avtalebenk.formula.vederlag.Model;

/**
 * Reads formula files (.vederlag) without a workbench: parses, links and validates them and
 * reports every problem with file, line and column.
 */
public final class FormulaLoader {

	private static Injector injector;

	private final XtextResourceSet resourceSet;
	private final Set<Resource> validated = new HashSet<>();

	/** Creates a loader with its own resource set; files loaded together may import each other. */
	public FormulaLoader() {
		resourceSet = injector().getInstance(XtextResourceSet.class);
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
	 * @throws FormulaFileException when it has errors
	 */
	public Model load(Path file) throws IOException {
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
		Resource resource = resourceSet.getResource(uri, false);
		if (resource == null || !resource.isLoaded()) {
			resource = resource != null ? resource : resourceSet.createResource(uri);
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
		return (Model) resource.getContents().get(0);
	}

	/** @return the resource set the files are loaded into */
	public ResourceSet getResourceSet() {
		return resourceSet;
	}

	/**
	 * @param resource a loaded formula resource
	 * @return its syntax problems, or when there are none its linking and validation problems, in
	 *         file order
	 */
	public static List<Problem> validate(Resource resource) {
		String file = resource.getURI().lastSegment();
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
		problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
		return Collections.unmodifiableList(problems);
	}

	private static int nz(Integer value) {
		return value == null ? 0 : value;
	}
}
