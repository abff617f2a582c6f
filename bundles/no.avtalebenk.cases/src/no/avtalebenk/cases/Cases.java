package no.avtalebenk.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.formula.load.FormulaFileException;
import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.load.Problem;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.io.AtomicFiles;
import no.avtalebenk.model.validation.ModelProblem;
import no.avtalebenk.model.validation.ModelValidation;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.CountYears;
import no.avtalebenk.simulation.counts.ModelCounts;
import no.avtalebenk.simulation.projection.ProjectionRegistry;

/**
 * Opens, recognises and creates cases. A case is a folder a team can keep in Git:
 * <ul>
 * <li>one agreement file, a {@code *.avtale} holding the agreement, its scenarios, reporting units and
 * (optionally) counts;</li>
 * <li>formula files ({@code *.vederlag}); the agreement's remuneration clause names the one that sets
 * the payment, relative to the agreement file;</li>
 * <li>data sets: further {@code *.avtale} files without an agreement, beside it or in {@value #DATA}/;</li>
 * <li>the case's own reporting units, {@value #UNITS} (see docs/cases.md).</li>
 * </ul>
 * {@link #create} copies the bundled KS–Kopinor template into a new folder; {@link #openExample} opens
 * that same template as a demo, through the same path as a user's case.
 */
public final class Cases {

	/** The folder of a case that may hold its data sets. */
	public static final String DATA = "data";

	/** The file of a case's own reporting units. */
	public static final String UNITS = "enheter.csv";

	/** The files the template consists of, by their names in the case folder. */
	private static final List<String> TEMPLATE = List.of("avtale.avtale", "kopinor.vederlag", "kopinor-tester.vederlag");

	private static final Pattern PLACE = Pattern.compile("^(.*?):(\\d+):(\\d+): (.*)$", Pattern.DOTALL);

	private Cases() {
	}

	/**
	 * @param folder a folder
	 * @return true when it holds an agreement file at its top level (a {@code *.avtale} file whose content
	 *         has an agreement); a damaged {@code *.avtale} file counts, so that opening names its errors
	 */
	public static boolean isCase(Path folder) {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		for (Path file : avtaleFiles(folder)) {
			try {
				if (!AgreementFiles.load(file).getAgreements().isEmpty()) {
					return true;
				}
			} catch (AgreementFileException e) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param folder the case folder
	 * @return the case: its agreement, formulas, counts, scenarios and projection models
	 * @throws CaseException {@link CaseException.Kind#INPUT} with every error of its files and their places;
	 *                       {@link CaseException.Kind#REQUEST} when the folder is not a case or its counts
	 *                       lack a year the agreement needs
	 */
	public static Case open(Path folder) throws CaseException {
		return open(folder, null, null, false);
	}

	/**
	 * Checks every file of a case without computing anything: the agreement, each formula file, the
	 * units file and each data set.
	 *
	 * @param folder the case folder
	 * @return every problem, errors and warnings, each with its file and place
	 * @throws CaseException {@link CaseException.Kind#REQUEST} when the folder is not a case
	 */
	public static List<CaseProblem> validate(Path folder) throws CaseException {
		List<CaseProblem> problems = new ArrayList<>();
		List<Path> dataSets;
		try {
			Case opened = open(folder);
			problems.addAll(opened.problems());
			dataSets = opened.dataSets();
			try {
				// The year rules are applied with a scenario's counts, so a count no rule finds a data
				// year for shows only when the base scenario is made.
				opened.scenario(null);
			} catch (CaseException e) {
				problems.addAll(e.problems().isEmpty()
						? List.of(new CaseProblem("", 0, 0, "", "error", e.getMessage())) : e.problems());
			}
		} catch (CaseException e) {
			if (e.kind() == CaseException.Kind.REQUEST && !e.countGaps()) {
				throw e;
			}
			problems.addAll(e.problems().isEmpty()
					? List.of(new CaseProblem("", 0, 0, "", "error", e.getMessage())) : e.problems());
			dataSets = new ArrayList<>(avtaleFiles(folder.resolve(DATA)));
		}
		for (Path file : dataSets) {
			String name = relative(folder, file.toString());
			try {
				for (ModelProblem problem : ModelValidation.validate(AgreementFiles.load(file), name, formula -> Set.of())) {
					problems.add(new CaseProblem(problem.file(), 0, 0, problem.path(), problem.severity(), problem.message()));
				}
			} catch (AgreementFileException e) {
				if (problems.stream().noneMatch(p -> p.file().equals(name))) {
					problems.add(placed(folder, e.getMessage()));
				}
			}
		}
		return problems;
	}

	/**
	 * @param folder a case folder
	 * @return the files of the case that are checked: its {@code *.avtale} and {@code *.vederlag} files,
	 *         its units file and the data sets in {@value #DATA}/
	 */
	public static List<Path> files(Path folder) {
		List<Path> files = new ArrayList<>(avtaleFiles(folder));
		files.addAll(filesEnding(folder, ".vederlag"));
		if (Files.isRegularFile(folder.resolve(UNITS))) {
			files.add(folder.resolve(UNITS));
		}
		files.addAll(avtaleFiles(folder.resolve(DATA)));
		return files;
	}

	/**
	 * @param agreementFile an agreement file; its folder is the case, other agreement files in it are
	 *                      left alone
	 * @return the case of that agreement
	 * @throws CaseException as {@link #open(Path)}
	 */
	public static Case openAgreement(Path agreementFile) throws CaseException {
		if (!Files.isRegularFile(agreementFile)) {
			throw new CaseException(CaseException.Kind.INPUT, agreementFile + ": no such file");
		}
		Path absolute = agreementFile.toAbsolutePath().normalize();
		return open(absolute.getParent(), absolute, null, false);
	}

	/**
	 * @return the bundled KS–Kopinor example, copied from the template into a temporary folder and opened
	 *         like any case; for demonstrations and as the fallback where no case is given
	 * @throws CaseException when the installation's template is damaged
	 */
	public static Case openExample() throws CaseException {
		try {
			Path folder = Files.createTempDirectory("avtalebenk-example");
			create(folder);
			try {
				return open(folder, null, Examples.TITLE, true);
			} finally {
				deleteTree(folder);
			}
		} catch (IOException e) {
			throw new CaseException(CaseException.Kind.INPUT, "the bundled example cannot be copied: " + e.getMessage());
		}
	}

	/**
	 * Creates a case from the bundled KS–Kopinor 2026–2027 template: its agreement with the example's
	 * scenarios, its formula file and its test file, and an empty {@value #UNITS}. Each file is written
	 * under a temporary name and moved into place when complete.
	 *
	 * @param folder a folder that does not exist or is empty; created with its parents
	 * @return the files written, in order
	 * @throws IOException           when a file cannot be written
	 * @throws IllegalStateException when the folder exists and is not empty, or is a file
	 */
	public static List<Path> create(Path folder) throws IOException {
		if (Files.exists(folder)) {
			if (!Files.isDirectory(folder)) {
				throw new IllegalStateException(folder + " is a file, not a folder");
			}
			try (Stream<Path> entries = Files.list(folder)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalStateException(folder + " is not empty; a new case needs an empty or new folder");
				}
			}
		}
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		for (String name : TEMPLATE) {
			Path target = folder.resolve(name);
			try (InputStream in = Examples.open(Examples.KOPINOR_2026_2027 + name)) {
				byte[] content = in.readAllBytes();
				AtomicFiles.write(target, content, false);
			}
			written.add(target);
		}
		Path units = folder.resolve(UNITS);
		AtomicFiles.write(units, UnitsFile.TEMPLATE.getBytes(StandardCharsets.UTF_8), false);
		written.add(units);
		return written;
	}

	private static Case open(Path folder, Path chosen, String exampleTitle, boolean example) throws CaseException {
		if (!Files.isDirectory(folder)) {
			throw new CaseException(CaseException.Kind.REQUEST, folder + " is not a folder; create a case with "
					+ "./avtalebenk new " + folder);
		}
		List<CaseProblem> problems = new ArrayList<>();
		Path agreementFile = null;
		AgreementModel model = null;
		List<Path> dataSets = new ArrayList<>();
		List<Path> candidates = new ArrayList<>(chosen != null ? List.of(chosen) : avtaleFiles(folder));
		candidates.addAll(avtaleFiles(folder.resolve(DATA)));
		LoadedDataSets loadedDataSets = new LoadedDataSets();
		for (Path file : candidates) {
			AgreementModel loaded;
			BasicFileAttributes attributes = LoadedDataSets.attributes(file);
			try {
				loaded = AgreementFiles.load(file);
			} catch (AgreementFileException e) {
				problems.add(placed(folder, e.getMessage()));
				continue;
			}
			if (loaded.getAgreements().isEmpty() || !file.getParent().equals(folder)) {
				dataSets.add(file);
				if (attributes != null) {
					loadedDataSets.put(file, attributes, loaded);
				}
			} else if (agreementFile != null) {
				throw new CaseException(CaseException.Kind.REQUEST, folder + " holds two agreement files, "
						+ agreementFile.getFileName() + " and " + file.getFileName()
						+ "; a case has one agreement (keep the other as a case of its own)");
			} else {
				agreementFile = file;
				model = loaded;
			}
		}
		failOnErrors(folder, problems);
		if (model == null) {
			throw new CaseException(CaseException.Kind.REQUEST, folder + " is not a case: it holds no agreement file "
					+ "(*.avtale with an agreement); create one with ./avtalebenk new DIR");
		}
		String agreementName = agreementFile.getFileName().toString();
		Agreement agreement = model.getAgreements().get(0);
		RemunerationClause remuneration = remunerationClause(agreement);
		if (remuneration == null) {
			throw new CaseException(CaseException.Kind.INPUT, agreementName + ": /agreements[" + agreement.getId()
					+ "]: error: the agreement has no remuneration clause naming a formula file, so there is nothing to compute");
		}
		Path formulaFile = agreementFile.toAbsolutePath().getParent().resolve(remuneration.getFormulaFile());
		List<Model> formulaModels = new ArrayList<>();
		Model formulas = loadFormulas(folder, formulaFile, problems, formulaModels);
		failOnErrors(folder, problems);
		Path agreementFolder = agreementFile.toAbsolutePath().getParent();
		for (ModelProblem problem : ModelValidation.validate(model, agreementName,
				name -> formulaNames(formulaModels, agreementFolder, name))) {
			problems.add(new CaseProblem(problem.file(), 0, 0, problem.path(), problem.severity(), problem.message()));
		}
		List<ReportingUnit> ownUnits = UnitsFile.addTo(folder, model, problems);
		failOnErrors(folder, problems);
		List<Integer> years = years(agreementName, agreement);
		CountTable counts;
		try {
			counts = ModelCounts.table(model, agreementName);
		} catch (CountFileException e) {
			throw new CaseException(CaseException.Kind.INPUT, e.getMessage());
		}
		if (!counts.units().isEmpty()) {
			counts = CountGaps.check(counts, agreementName, Simulator.categoryFormulas(formulas).stream()
					.map(f -> f.getCategory().getName()).toList(), years, CountYears.of(model));
		}
		dataSets.sort(Comparator.naturalOrder());
		String title = exampleTitle != null ? exampleTitle
				: "case " + folder.toAbsolutePath().normalize().getFileName() + " (" + agreement.getId() + ")";
		String name = example ? agreementName + " (bundled example)" : agreementName;
		Case opened = new Case(folder.toAbsolutePath().normalize(), agreementFile.toAbsolutePath(), formulaFile, name, title,
				model, formulas, formulaModels, counts, ProjectionRegistry.load(), years, problems, dataSets,
				ownUnits, example);
		opened.loadedDataSets = loadedDataSets;
		return opened;
	}

	private static RemunerationClause remunerationClause(Agreement agreement) {
		for (Clause clause : agreement.getClauses()) {
			if (clause instanceof RemunerationClause remuneration && remuneration.getFormulaFile() != null
					&& !remuneration.getFormulaFile().isBlank()) {
				return remuneration;
			}
		}
		return null;
	}

	/**
	 * Loads every formula file of the folder into one resource set, so that test files may import the
	 * formula file, and returns the one the remuneration clause names.
	 */
	private static Model loadFormulas(Path folder, Path formulaFile, List<CaseProblem> problems, List<Model> loaded)
			throws CaseException {
		if (!Files.isRegularFile(formulaFile)) {
			throw new CaseException(CaseException.Kind.INPUT, "the remuneration clause names the formula file "
					+ folder.toAbsolutePath().relativize(formulaFile.toAbsolutePath()) + ", which does not exist in the case");
		}
		// Formula files may import each other within the case folder, and nothing outside it.
		FormulaLoader loader = new FormulaLoader(folder);
		Model named = null;
		List<Path> files = new ArrayList<>(filesEnding(folder, ".vederlag"));
		// The named file first, so that a test file importing it finds it loaded.
		files.remove(formulaFile);
		files.add(0, formulaFile);
		for (Path file : files) {
			try {
				Model model = loader.load(file);
				loaded.add(model);
				for (Problem problem : FormulaLoader.validate(model.eResource())) {
					problems.add(problem(problem));
				}
				if (file.equals(formulaFile)) {
					named = model;
				}
			} catch (FormulaFileException e) {
				e.getProblems().forEach(p -> problems.add(problem(p)));
			} catch (IOException e) {
				problems.add(new CaseProblem(file.getFileName().toString(), 0, 0, "", "error", "cannot be read: " + e.getMessage()));
			}
		}
		return named;
	}

	private static CaseProblem problem(Problem problem) {
		return new CaseProblem(problem.file(), problem.line(), problem.column(), "", problem.severity(), problem.message());
	}

	/** The qualified formula names ({@code kopinor.vederlag}) a formula file beside the agreement defines. */
	private static Set<String> formulaNames(List<Model> loaded, Path agreementFolder, String formulaFile) {
		Path file = agreementFolder.resolve(formulaFile).toAbsolutePath().normalize();
		for (Model model : loaded) {
			if (Path.of(model.eResource().getURI().toFileString()).toAbsolutePath().normalize().equals(file)) {
				Set<String> names = new HashSet<>();
				String prefix = model.getName() == null ? "" : model.getName() + ".";
				for (Element element : model.getElements()) {
					if (element instanceof Formula formula) {
						names.add(prefix + formula.getName());
					}
				}
				return names;
			}
		}
		throw new IllegalArgumentException("no such file " + file);
	}

	private static List<Integer> years(String file, Agreement agreement) throws CaseException {
		try {
			int from = Integer.parseInt(agreement.getPeriodStart().substring(0, 4));
			int to = Integer.parseInt(agreement.getPeriodEnd().substring(0, 4));
			return IntStream.rangeClosed(from, to).boxed().toList();
		} catch (RuntimeException e) {
			throw new CaseException(CaseException.Kind.INPUT, file + ": /agreements[" + agreement.getId()
					+ "]: error: the period needs a start and an end (yyyy-mm-dd) to know which years to project");
		}
	}

	/** Refuses the case when any problem is an error, listing all of them. */
	private static void failOnErrors(Path folder, List<CaseProblem> problems) throws CaseException {
		List<CaseProblem> errors = problems.stream().filter(CaseProblem::isError).toList();
		if (!errors.isEmpty()) {
			StringBuilder message = new StringBuilder("the case " + folder + " has " + errors.size()
					+ (errors.size() == 1 ? " error" : " errors") + ":");
			errors.forEach(e -> message.append("\n  ").append(e));
			throw new CaseException(CaseException.Kind.INPUT, message.toString(), problems);
		}
	}

	/** An error message of a model file ("/abs/path/file.avtale:12:5: text") as a problem of the case. */
	private static CaseProblem placed(Path folder, String message) {
		Matcher matcher = PLACE.matcher(message);
		if (matcher.matches()) {
			return new CaseProblem(relative(folder, matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)), "", "error", matcher.group(4));
		}
		int colon = message.indexOf(": ");
		return colon < 0 ? new CaseProblem("", 0, 0, "", "error", message)
				: new CaseProblem(relative(folder, message.substring(0, colon)), 0, 0, "", "error", message.substring(colon + 2));
	}

	private static String relative(Path folder, String file) {
		try {
			return folder.toAbsolutePath().relativize(Path.of(file).toAbsolutePath()).toString();
		} catch (IllegalArgumentException e) {
			return file;
		}
	}

	private static List<Path> avtaleFiles(Path folder) {
		return filesEnding(folder, ".avtale");
	}

	private static List<Path> filesEnding(Path folder, String extension) {
		List<Path> files = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + extension)) {
			stream.forEach(p -> {
				if (Files.isRegularFile(p)) {
					files.add(p);
				}
			});
		} catch (IOException e) {
			return files;
		}
		files.sort(Comparator.naturalOrder());
		return files;
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
