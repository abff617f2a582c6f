package no.avtalebenk.report.assumptions;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import no.avtalebenk.cases.Case;
import no.avtalebenk.cases.CaseException;
import no.avtalebenk.formula.vederlag.DatedValue;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.IndexStep;
import no.avtalebenk.formula.vederlag.KpiPoint;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.OpenQuestion;
import no.avtalebenk.model.avtale.Provenance;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.model.validation.ElementPaths;
import no.avtalebenk.report.CaseAnalyses;
import no.avtalebenk.simulation.montecarlo.DefaultGrowth;
import no.avtalebenk.simulation.projection.ProjectionDescriptor;

/**
 * Every assumption of a case, gathered from every place one lives, and the open questions of its
 * agreement. The assumptions come in this order: the index steps labelled assumptions in the formula
 * files first (the one assumption that moves every rate at once), then the rates' dated values and the
 * parameters labelled assumptions (by the keyword {@code assumption}, or an upper-case label in their
 * source or note; the case's formula file first, then the files of the installed projection models),
 * then the agreement file's values labelled assumptions (an upper-case label such as
 * {@code ASSUMPTION}, {@code ANTAKELSE}, {@code FORUTSETNING}, {@code ESTIMATE} or {@code ANSLAG}, and
 * scenarios described as illustrations), then the estimated counts of the data used, per data set,
 * category and method, and last the defaults of the analyses the briefing runs (the sensitivity's
 * ranges, the Monte Carlo's growth distributions). The command {@code assumptions} prints the same
 * list, the briefing lists it.
 *
 * @param assumptions   the assumptions, in the order above
 * @param openQuestions the open questions of the agreement file's agreements, in file order
 */
public record Assumptions(List<Assumption> assumptions, List<Question> openQuestions) {

	/** An upper-case word that marks a value as not published: the labels the case files use. */
	private static final Pattern LABEL = Pattern.compile("\\b(ASSUMPTIONS?|ANTAKELSE|FORUTSETNING|ESTIMATES?|ANSLAG)\\b");
	/** A scenario described as an illustration, not a position a party has taken. */
	private static final Pattern ILLUSTRATION = Pattern.compile("^(Illustrasjon|Illustration)\\b");

	/** Copies the lists. */
	public Assumptions {
		assumptions = List.copyOf(assumptions);
		openQuestions = List.copyOf(openQuestions);
	}

	/**
	 * @param run    the case, projecting on the counts it was given (its own, or {@code --data}'s)
	 * @param locale the language of the texts this collector writes itself (Norwegian or English); the
	 *               labels are quoted as written in the files
	 * @return every assumption of the case: its remuneration formulas (not the test files, whose values
	 *         only serve their tests), its agreement file, the counts it projects on and every other data
	 *         set of the case, and the defaults of the briefing's analyses
	 * @throws CaseException when a data set of the case cannot be read
	 */
	public static Assumptions of(Case run, Locale locale) throws CaseException {
		List<Assumption> data = new ArrayList<>();
		String agreementFile = run.agreementFile().getFileName().toString();
		String origin = run.data() == null ? agreementFile
				: run.data().equals(Case.REFERENCE) ? say(locale, "referansedatasettet", "the reference data set")
						: Path.of(run.data()).getFileName().toString();
		data.addAll(counts(run.model(), origin, locale));
		for (Path file : run.dataSets()) {
			if (run.data() != null && Path.of(run.data()).getFileName().equals(file.getFileName())) {
				continue;
			}
			try {
				data.addAll(counts(AgreementFiles.load(file), run.folder().relativize(file).toString(), locale));
			} catch (AgreementFileException e) {
				throw new CaseException(CaseException.Kind.INPUT, e.getMessage());
			}
		}
		List<Assumption> models = projectionModels(run, locale);
		Assumptions found = collect(List.of(run.formulas()), run.model(), agreementFile, data, locale);
		List<Assumption> all = new ArrayList<>(found.assumptions());
		all.addAll(models);
		all.sort(Comparator.comparing(Assumption::kind));
		return new Assumptions(all, found.openQuestions());
	}

	/**
	 * The labelled values of the installed projection models' own files (e.g. the usage model's titles
	 * per user), each named with the models that read it; a file two models share is listed once.
	 */
	private static List<Assumption> projectionModels(Case run, Locale locale) {
		Map<String, Model> files = new LinkedHashMap<>();
		Map<String, List<String>> readers = new LinkedHashMap<>();
		for (ProjectionDescriptor projection : run.registry().models()) {
			List<Model> own;
			try {
				own = projection.model().ownFormulas();
			} catch (RuntimeException e) {
				// a model whose file cannot be read says so when it projects; here it has nothing to list
				continue;
			}
			for (Model file : own) {
				String key = file.eResource() == null ? projection.name() : file.eResource().getURI().toString();
				files.putIfAbsent(key, file);
				readers.computeIfAbsent(key, k -> new ArrayList<>()).add(projection.name());
			}
		}
		List<Assumption> found = new ArrayList<>();
		files.forEach((key, file) -> {
			String by = say(locale, " (framskrivingsmodell ", " (projection model ") + String.join(", ", readers.get(key))
					+ ")";
			for (Assumption a : formulaFiles(List.of(file), locale)) {
				found.add(new Assumption(a.kind(), a.what() + by, a.value(), a.where(), a.label()));
			}
		});
		return found;
	}

	/**
	 * @param model     the agreement model, with the counts the payments are projected on
	 * @param modelFile the agreement file's name, cited as the place
	 * @param formulas  the formula files
	 * @param locale    the language of the texts this collector writes itself
	 * @return the assumptions of these files and the defaults of the briefing's analyses, without the
	 *         case's other data sets
	 */
	public static Assumptions of(AgreementModel model, String modelFile, List<Model> formulas, Locale locale) {
		return collect(formulas, model, modelFile, counts(model, modelFile, locale), locale);
	}

	private static Assumptions collect(List<Model> formulas, AgreementModel model, String modelFile,
			List<Assumption> data, Locale locale) {
		List<Assumption> all = new ArrayList<>();
		all.addAll(formulaFiles(formulas, locale));
		all.addAll(agreement(model, modelFile));
		all.addAll(data);
		all.addAll(analyses(locale));
		// the kinds in their order, each kind's entries in the order they were found
		all.sort(Comparator.comparing(Assumption::kind));
		return new Assumptions(all, questions(model, modelFile));
	}

	private static List<Assumption> formulaFiles(List<Model> formulas, Locale locale) {
		String from = say(locale, " fra ", " from ");
		List<Assumption> found = new ArrayList<>();
		for (Model file : formulas) {
			for (Element element : file.getElements()) {
				if (element instanceof Index index) {
					for (IndexStep step : index.getSteps()) {
						String label = label(step.getAssumption(), step.getSource());
						if (label != null) {
							found.add(new Assumption(Assumption.Kind.INDEX_STEP, index.getName() + from
									+ step.getValidFrom().replace(" ", ""), describe(step, locale), place(step),
									label));
						}
					}
					for (KpiPoint point : index.getPoints()) {
						String label = label(point.getAssumption(), point.getSource());
						if (label != null) {
							found.add(new Assumption(Assumption.Kind.INDEX_STEP, index.getName() + " KPI "
									+ say(locale, "oktober ", "October ") + point.getYear(),
									point.getValue().toPlainString(), place(point), label));
						}
					}
				} else if (element instanceof Rate rate) {
					for (DatedValue value : rate.getValues()) {
						String label = label(value.getAssumption(), value.getSource());
						if (label != null) {
							found.add(new Assumption(Assumption.Kind.RATE, rate.getName() + from
									+ value.getValidFrom().replace(" ", ""), value.getValue().toPlainString()
											+ (rate.getUnit() == null ? "" : " " + rate.getUnit()),
									place(value), label));
						}
					}
				} else if (element instanceof Parameter parameter
						&& label(parameter.getAssumption(), parameter.getNote()) != null) {
					String expression = NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(parameter.getValue()));
					found.add(new Assumption(Assumption.Kind.PARAMETER, parameter.getName(), expression
							+ (parameter.getUnit() == null ? "" : " " + parameter.getUnit()), place(parameter),
							label(parameter.getAssumption(), parameter.getNote())));
				}
			}
		}
		return found;
	}

	/** Every text of the agreement file that carries a label, except the counts' (see {@link #counts}). */
	private static List<Assumption> agreement(AgreementModel model, String modelFile) {
		List<Assumption> found = new ArrayList<>();
		for (var contents = model.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element instanceof Count) {
				contents.prune();
				continue;
			}
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				if (attribute.getEType() != EcorePackage.Literals.ESTRING || attribute.isMany()) {
					continue;
				}
				Object value = element.eGet(attribute);
				if (!(value instanceof String text)) {
					continue;
				}
				boolean illustration = element instanceof Scenario && attribute.getName().equals("description")
						&& ILLUSTRATION.matcher(text).find();
				if (illustration || LABEL.matcher(text).find()) {
					found.add(new Assumption(Assumption.Kind.AGREEMENT, ElementPaths.of(element) + " "
							+ attribute.getName(), shown(element, attribute), modelFile, text));
				}
			}
		}
		return found;
	}

	/** The value a labelled text is about: the lead time beside its source, else the element's own name. */
	private static String shown(EObject element, EAttribute labelled) {
		String name = labelled.getName();
		String base = name.endsWith("Source") ? name.substring(0, name.length() - "Source".length()) : null;
		if (base != null && element.eClass().getEStructuralFeature(base) != null && element.eGet(
				element.eClass().getEStructuralFeature(base)) != null) {
			return String.valueOf(element.eGet(element.eClass().getEStructuralFeature(base)));
		}
		if (element instanceof Provenance && element.eContainer() != null) {
			return ElementPaths.of(element.eContainer());
		}
		return "";
	}

	/**
	 * The estimated counts of a data set: one entry per category, method and source, with how many of the
	 * category's counts it covers and in which years.
	 */
	static List<Assumption> counts(AgreementModel model, String origin, Locale locale) {
		record Group(String category, String method, String source) {
		}
		Map<String, Integer> perCategory = new LinkedHashMap<>();
		Map<Group, TreeSet<Integer>> years = new LinkedHashMap<>();
		Map<Group, Integer> estimates = new LinkedHashMap<>();
		for (Count count : model.getCounts()) {
			if (count.getCategory() == null) {
				continue;
			}
			String category = count.getCategory().getId();
			perCategory.merge(category, 1, Integer::sum);
			Provenance p = count.getProvenance();
			if (p != null && p.isEstimated()) {
				Group group = new Group(category, p.getMethod() == null ? "" : p.getMethod(),
						p.getSource() == null ? "" : p.getSource());
				estimates.merge(group, 1, Integer::sum);
				years.computeIfAbsent(group, g -> new TreeSet<>()).add(count.getYear());
			}
		}
		List<Assumption> found = new ArrayList<>();
		estimates.forEach((group, n) -> found.add(new Assumption(Assumption.Kind.DATA,
				Labels.category(model, group.category()),
				n + say(locale, " av ", " of ") + perCategory.get(group.category())
						+ say(locale, " tall er anslag (", " counts are estimates (")
						+ String.join(", ", years.get(group).stream().map(String::valueOf).toList()) + ")",
				origin, say(locale, "ANSLAG", "ESTIMATE")
						+ (group.method().isEmpty() ? "" : say(locale, "; metode: ", "; method: ") + group.method())
						+ (group.source().isEmpty() ? "" : say(locale, "; kilde: ", "; source: ") + group.source()))));
		return found;
	}

	/** The defaults of the sensitivity and Monte Carlo runs of the briefing (and their commands). */
	private static List<Assumption> analyses(Locale locale) {
		String sensitivity = "./avtalebenk sensitivity (" + say(locale, "standard", "default") + ")";
		String illustration = say(locale, "FORUTSETNING: standardområde til illustrasjon, ikke publisert",
				"ASSUMPTION: default range for illustration, not published");
		String monteCarlo = "./avtalebenk montecarlo (" + say(locale, "standard", "default") + ")";
		return List.of(
				new Assumption(Assumption.Kind.ANALYSIS, say(locale, "Følsomhet: satser og parametre (som fakturert andel)",
						"Sensitivity: rates and parameters (such as the billed share)"),
						"±" + percent(CaseAnalyses.SENSITIVITY_RATES), sensitivity, illustration),
				new Assumption(Assumption.Kind.ANALYSIS, say(locale, "Følsomhet: tall", "Sensitivity: counts"),
						"±" + percent(CaseAnalyses.SENSITIVITY_COUNTS), sensitivity, illustration),
				new Assumption(Assumption.Kind.ANALYSIS, say(locale, "Følsomhet: indekssteg", "Sensitivity: index steps"),
						"±" + percent(CaseAnalyses.SENSITIVITY_INDEX), sensitivity, illustration),
				new Assumption(Assumption.Kind.ANALYSIS, say(locale, "Monte Carlo: årlig vekst i elevtall, standardavvik",
						"Monte Carlo: yearly pupil growth, standard deviation"), percent(DefaultGrowth.PUPIL_SD),
						monteCarlo, say(locale, "FORUTSETNING; middelet " + percent(DefaultGrowth.PUPIL_MEAN)
								+ " er AVLEDET av SSBs elevtall: (589 453 / 606 065)^(1/2) − 1",
								"ASSUMPTION; the mean " + percent(DefaultGrowth.PUPIL_MEAN)
										+ " is DERIVED from SSB's pupil counts: (589 453 / 606 065)^(1/2) − 1")),
				new Assumption(Assumption.Kind.ANALYSIS, say(locale, "Monte Carlo: årlig vekst i årsverk, middel",
						"Monte Carlo: yearly årsverk growth, mean"), percent(DefaultGrowth.ARSVERK_MEAN), monteCarlo,
						say(locale, "FORUTSETNING: ingen endring ventet", "ASSUMPTION: no change expected")),
				new Assumption(Assumption.Kind.ANALYSIS, say(locale, "Monte Carlo: årlig vekst i årsverk, standardavvik",
						"Monte Carlo: yearly årsverk growth, standard deviation"), percent(DefaultGrowth.ARSVERK_SD),
						monteCarlo, say(locale, "FORUTSETNING", "ASSUMPTION")));
	}

	private static List<Question> questions(AgreementModel model, String modelFile) {
		List<Question> questions = new ArrayList<>();
		for (Agreement agreement : model.getAgreements()) {
			for (OpenQuestion question : agreement.getOpenQuestions()) {
				questions.add(new Question(text(question.getId()), text(question.getClause()), text(question.getText()),
						text(question.getSource()), text(question.getStatus()), text(question.getRelated()),
						modelFile + " " + ElementPaths.of(question)));
			}
		}
		return questions;
	}

	/**
	 * @return the assumption text of a value of a formula file; else its source or note when that carries
	 *         an upper-case label ({@code ASSUMPTION: a quarter in 2026}); else null: not an assumption
	 */
	private static String label(String assumption, String sourceOrNote) {
		return assumption != null ? assumption
				: sourceOrNote != null && LABEL.matcher(sourceOrNote).find() ? sourceOrNote : null;
	}

	/** @return the file and line an element of a formula file starts on, e.g. {@code kopinor.vederlag:61} */
	private static String place(EObject element) {
		URI uri = element.eResource() == null ? null : element.eResource().getURI();
		String file = uri == null ? "" : uri.lastSegment() != null ? uri.lastSegment() : uri.opaquePart();
		file = file == null ? "" : URI.decode(file.substring(file.lastIndexOf('/') + 1));
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? file : file + ":" + node.getStartLine();
	}

	private static String describe(IndexStep step, Locale locale) {
		if (step.getPercent() != null) {
			return (step.getPercent().signum() >= 0 ? "+" : "") + step.getPercent().toPlainString() + " %";
		}
		if (step.getFactor() != null) {
			return say(locale, "faktor ", "factor ") + step.getFactor().toPlainString();
		}
		return "KPI " + step.getKpiFrom().toPlainString() + " → " + step.getKpiTo().toPlainString();
	}

	/** A fraction as a percentage, exactly: 0.10 → "10 %", −0.0138 → "-1.38 %". */
	private static String percent(BigDecimal fraction) {
		BigDecimal shown = fraction.movePointRight(2).stripTrailingZeros();
		return (shown.signum() == 0 ? "0" : shown.toPlainString()) + " %";
	}

	private static String percent(double fraction) {
		return percent(BigDecimal.valueOf(fraction));
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}

	/** @return whether texts are written in Norwegian for this locale (bokmål, nynorsk or plain "no") */
	static boolean norwegian(Locale locale) {
		return locale != null && List.of("nb", "nn", "no").contains(locale.getLanguage());
	}

	private static String say(Locale locale, String bokmal, String english) {
		return norwegian(locale) ? bokmal : english;
	}
}
