package no.avtalebenk.formula.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;

import no.avtalebenk.formula.interpreter.CategoryFormulas;
import no.avtalebenk.formula.interpreter.InvoiceRule;
import no.avtalebenk.formula.load.FormulaLimits;
import no.avtalebenk.formula.load.ImportRule;
import no.avtalebenk.formula.units.Unit;
import no.avtalebenk.formula.units.UnitChecker;

import no.avtalebenk.formula.vederlag.Category;
import no.avtalebenk.formula.vederlag.CountRef;
import no.avtalebenk.formula.vederlag.Expression;
import no.avtalebenk.formula.vederlag.Import;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.IndexStep;
import no.avtalebenk.formula.vederlag.Indexed;
import no.avtalebenk.formula.vederlag.InvoiceRounding;
import no.avtalebenk.formula.vederlag.KpiPoint;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Multiply;
import no.avtalebenk.formula.vederlag.SumCategories;
import no.avtalebenk.formula.vederlag.DatedValue;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.formula.vederlag.Reference;
import no.avtalebenk.formula.vederlag.Round;
import no.avtalebenk.formula.vederlag.TestCase;
import no.avtalebenk.formula.vederlag.VederlagPackage;

/**
 * Checks a formula file beyond its syntax, with messages a negotiator understands. The issue
 * codes are public so that quick fixes and tests can refer to them.
 */
public class VederlagValidator extends AbstractVederlagValidator {

	/** A valid-from date that is not a calendar date. */
	public static final String INVALID_DATE = "vederlag.invalidDate";
	/** Two values of one rate with the same or descending dates. */
	public static final String DATES_NOT_ASCENDING = "vederlag.datesNotAscending";
	/** A category, index or test used where a number is expected; for a category the issue data is "count". */
	public static final String NOT_A_VALUE = "vederlag.notAValue";
	/** A parameter or formula that depends on itself. */
	public static final String CYCLE = "vederlag.cycle";
	/** Rounding to more than {@link FormulaLimits#MAX_DECIMAL_PLACES} decimals (an error). */
	public static final String ROUNDING_SCALE = "vederlag.roundingScale";
	/** Values of different units added, compared or chosen between, or a result in another unit than declared. */
	public static final String UNIT_MISMATCH = "vederlag.unitMismatch";
	/** A unit that is not names joined by / and *. */
	public static final String INVALID_UNIT = "vederlag.invalidUnit";
	/** An index step dated other than 1 January; the issue data is the corrected date. */
	public static final String INDEX_STEP_NOT_JANUARY = "vederlag.indexStepNotJanuary";
	/** A listed category in sum(categories: …) without a formula for it. */
	public static final String NO_CATEGORY_FORMULA = "vederlag.noCategoryFormula";
	/** An imported file that does not exist. */
	public static final String IMPORT_NOT_FOUND = "vederlag.importNotFound";
	/** A KPI value of zero or below. */
	public static final String INVALID_KPI = "vederlag.invalidKpi";
	/** A rate per one category multiplied with the count of another. */
	public static final String RATE_CATEGORY_MISMATCH = "vederlag.rateCategoryMismatch";
	/** An import of anything but a .vederlag file of the case: a web address, an absolute path, a path out of the case. */
	public static final String IMPORT_REFUSED = "vederlag.importRefused";
	/** A category, rate, index, parameter or formula whose name is declared before in the file. */
	public static final String DUPLICATE_NAME = "vederlag.duplicateName";
	/** An index step that makes every rate it indexes zero (factor 0, change -100 %, KPI to 0) or negative. */
	public static final String INDEX_ZEROES_RATES = "vederlag.indexZeroesRates";

	/** A second invoice rounding declaration in a file and its imports (an error). */
	public static final String DUPLICATE_INVOICE_ROUNDING = "vederlag.duplicateInvoiceRounding";
	/** A category formula that rounds its own result while the file rounds invoices per unit total. */
	public static final String LINE_ROUNDED_PER_UNIT_TOTAL = "vederlag.lineRoundedPerUnitTotal";

	private static final BigDecimal MINUS_HUNDRED = new BigDecimal(-100);

	/**
	 * @param model a file, which with its imports declares the invoice rounding at most once; a
	 *              second declaration is an error that names both places
	 */
	@Check
	public void checkOneInvoiceRounding(Model model) {
		List<InvoiceRounding> all = InvoiceRule.declarations(model);
		List<InvoiceRounding> own = model.getInvoiceRoundings();
		for (int i = 1; i < own.size(); i++) {
			error("The invoice rounding is declared twice: here and at " + InvoiceRule.place(own.get(0))
					+ ". A file and its imports declare it once; remove one of them.", own.get(i), null,
					DUPLICATE_INVOICE_ROUNDING);
		}
		if (!own.isEmpty() && all.size() > own.size()) {
			error("The invoice rounding is declared twice: here and at " + InvoiceRule.place(
					all.get(own.size())) + " (an imported file). A file and its imports declare it once; remove one "
					+ "of them.", own.get(0), null, DUPLICATE_INVOICE_ROUNDING);
		} else if (own.isEmpty() && all.size() > 1 && !model.getImports().isEmpty()) {
			error("The imported files declare the invoice rounding twice: at " + InvoiceRule.place(all.get(0))
					+ " and at " + InvoiceRule.place(all.get(1))
					+ ". A file and its imports declare it once; remove one of them.", model.getImports().get(0), null,
					DUPLICATE_INVOICE_ROUNDING);
		}
	}

	/** @param rounding an invoice rounding, whose scale is checked like round(…) */
	@Check
	public void checkRoundingScale(InvoiceRounding rounding) {
		if (rounding.getScale() > FormulaLimits.MAX_DECIMAL_PLACES) {
			error("Rounding to " + rounding.getScale() + " decimals; at most " + FormulaLimits.MAX_DECIMAL_PLACES
					+ " decimals are allowed (invoices are usually rounded to 2, whole øre).",
					VederlagPackage.Literals.INVOICE_ROUNDING__SCALE, ROUNDING_SCALE);
		}
	}

	/**
	 * @param formula a category formula, which should not round its own result when the file rounds
	 *                invoices per unit total: the lines are meant to stay exact
	 */
	@Check
	public void checkLineNotRoundedPerUnitTotal(Formula formula) {
		if (formula.getCategory() == null || !(formula.getExpression() instanceof Round round)) {
			return;
		}
		InvoiceRule rule = InvoiceRule.of(formula);
		if (rule.perUnitTotal()) {
			warning("The formula '" + formula.getName() + "' rounds its own result to " + round.getScale()
					+ " decimals, but the invoice is rounded per unit total (" + rule.text() + ", at " + rule.where()
					+ "): each line should stay exact and only the unit's total be rounded. Remove this round(…), or "
					+ "declare 'invoice rounding per line'.", round, null, LINE_ROUNDED_PER_UNIT_TOTAL);
		}
	}

	/**
	 * @param model a file, in which each name of a category, rate, index, parameter or formula is
	 *              declared once (names share one namespace: a reference may point to any of them)
	 */
	@Check
	public void checkUniqueNames(Model model) {
		Map<String, Element> first = new HashMap<>();
		for (Element element : model.getElements()) {
			if (element instanceof TestCase || element.getName() == null) {
				continue;
			}
			Element earlier = first.putIfAbsent(element.getName(), element);
			if (earlier != null) {
				error("'" + element.getName() + "' is declared twice: here and at " + place(earlier)
						+ ". Each name may be declared once; rename or remove one of them.", element,
						VederlagPackage.Literals.ELEMENT__NAME, DUPLICATE_NAME);
			}
		}
	}

	private static String place(Element element) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, VederlagPackage.Literals.ELEMENT__NAME);
		if (nodes.isEmpty()) {
			return "another place";
		}
		INode node = nodes.get(0);
		return "line " + node.getStartLine() + ", column "
				+ NodeModelUtils.getLineAndColumn(node, node.getOffset()).getColumn();
	}

	/** @param step an index step, which is warned about when it makes every rate it indexes zero */
	@Check
	public void checkIndexStepKeepsRates(IndexStep step) {
		Index index = step.eContainer() instanceof Index i ? i : null;
		String name = index == null ? "" : index.getName();
		String what = null;
		EStructuralFeature feature = null;
		boolean negative = false;
		if (step.getFactor() != null && step.getFactor().signum() <= 0) {
			what = "The factor " + step.getFactor().toPlainString();
			feature = VederlagPackage.Literals.INDEX_STEP__FACTOR;
			negative = step.getFactor().signum() < 0;
		} else if (step.getPercent() != null && step.getPercent().compareTo(MINUS_HUNDRED) <= 0) {
			what = "The change " + step.getPercent().toPlainString() + " %";
			feature = VederlagPackage.Literals.INDEX_STEP__PERCENT;
			negative = step.getPercent().compareTo(MINUS_HUNDRED) < 0;
		} else if (step.getKpiTo() != null && step.getKpiTo().signum() <= 0) {
			what = "The KPI " + step.getKpiTo().toPlainString();
			feature = VederlagPackage.Literals.INDEX_STEP__KPI_TO;
			negative = step.getKpiTo().signum() < 0;
		}
		if (what != null) {
			warning(what + " makes every rate indexed by '" + name + "' " + (negative ? "negative" : "zero")
					+ " from " + step.getValidFrom().replace(" ", "") + ", and with it every payment computed from them.",
					feature, INDEX_ZEROES_RATES);
		}
	}

	/** @param value a dated rate value whose date must be a calendar date */
	@Check
	public void checkDate(DatedValue value) {
		if (parse(value.getValidFrom()) == null) {
			error("'" + value.getValidFrom() + "' is not a date; write yyyy-mm-dd, e.g. 2023-01-01.",
					VederlagPackage.Literals.DATED_VALUE__VALID_FROM, INVALID_DATE);
		}
	}

	/** @param rate a rate whose values must come in ascending date order */
	@Check
	public void checkDatesAscending(Rate rate) {
		LocalDate previous = null;
		for (DatedValue value : rate.getValues()) {
			LocalDate date = parse(value.getValidFrom());
			if (date != null && previous != null && !date.isAfter(previous)) {
				error("The rate '" + rate.getName() + "' has a value from " + date + " after one from " + previous
						+ "; list the values from the oldest to the newest, each date once.", value,
						VederlagPackage.Literals.DATED_VALUE__VALID_FROM, DATES_NOT_ASCENDING);
			}
			if (date != null) {
				previous = date;
			}
		}
	}

	/** @param reference a name used in an expression, which must have a value */
	@Check
	public void checkReferenceHasValue(Reference reference) {
		Element target = reference.getTarget();
		if (target instanceof Category category && !category.eIsProxy()) {
			error("'" + category.getName() + "' is a category; write count(" + category.getName()
					+ ") for its count.", VederlagPackage.Literals.REFERENCE__TARGET, NOT_A_VALUE, "count");
		} else if (target instanceof TestCase) {
			error("A test has no value.", VederlagPackage.Literals.REFERENCE__TARGET, NOT_A_VALUE);
		} else if (target instanceof Index index && !index.eIsProxy()) {
			error("'" + index.getName() + "' is an index, not a number; apply it with indexed(<rate> by "
					+ index.getName() + " since <year>, round each year to 2).",
					VederlagPackage.Literals.REFERENCE__TARGET, NOT_A_VALUE);
		}
	}

	/** @param round a rounding step, whose scale must be between 0 and 10 decimals */
	@Check
	public void checkRoundingScale(Round round) {
		if (round.getScale() > FormulaLimits.MAX_DECIMAL_PLACES) {
			error("Rounding to " + round.getScale() + " decimals; at most " + FormulaLimits.MAX_DECIMAL_PLACES
					+ " decimals are allowed (amounts are usually rounded to 2, whole øre, or 0, whole kroner).",
					VederlagPackage.Literals.ROUND__SCALE, ROUNDING_SCALE);
		}
	}

	/** @param indexed an indexation, whose rounding scale is checked like round(…) */
	@Check
	public void checkRoundingScale(Indexed indexed) {
		if (indexed.getScale() > FormulaLimits.MAX_DECIMAL_PLACES) {
			error("Rounding to " + indexed.getScale() + " decimals; at most " + FormulaLimits.MAX_DECIMAL_PLACES
					+ " decimals are allowed (rates are usually rounded to 2, whole øre).",
					VederlagPackage.Literals.INDEXED__SCALE, ROUNDING_SCALE);
		}
	}

	/** @param category a category, whose unit must be well formed */
	@Check
	public void checkUnit(Category category) {
		checkUnitText(category.getUnit(), VederlagPackage.Literals.CATEGORY__UNIT);
	}

	/** @param rate a rate, whose unit must be well formed */
	@Check
	public void checkUnit(Rate rate) {
		checkUnitText(rate.getUnit(), VederlagPackage.Literals.RATE__UNIT);
	}

	/**
	 * @param formula a formula, whose expression must not mix units and must give the declared
	 *                unit (NOK/elev × elev = NOK)
	 */
	@Check
	public void checkUnits(Formula formula) {
		if (!checkUnitText(formula.getUnit(), VederlagPackage.Literals.FORMULA__UNIT)) {
			return;
		}
		UnitChecker checker = new UnitChecker();
		Unit actual = checker.unitOf(formula.getExpression(), this::unitError);
		Unit declared = Unit.parse(formula.getUnit());
		if (!actual.compatibleWith(declared)) {
			error("The formula '" + formula.getName() + "' is declared in " + declared.describe()
					+ ", but its expression gives " + actual.describe() + ". A rate in NOK/elev times a count of elev "
					+ "gives NOK; check the units of the rates, counts and parameters used.",
					VederlagPackage.Literals.FORMULA__UNIT, UNIT_MISMATCH);
		}
	}

	/** @param parameter a parameter, whose expression must not mix units and must give its declared unit */
	@Check
	public void checkUnits(Parameter parameter) {
		if (parameter.getUnit() != null && !checkUnitText(parameter.getUnit(), VederlagPackage.Literals.PARAMETER__UNIT)) {
			return;
		}
		Unit actual = new UnitChecker().unitOf(parameter.getValue(), this::unitError);
		if (parameter.getUnit() != null && !actual.compatibleWith(Unit.parse(parameter.getUnit()))) {
			error("The parameter '" + parameter.getName() + "' is declared in " + Unit.parse(parameter.getUnit())
					.describe() + ", but its value is in " + actual.describe() + ".",
					VederlagPackage.Literals.PARAMETER__UNIT, UNIT_MISMATCH);
		}
	}

	private void unitError(String message, EObject where) {
		getMessageAcceptor().acceptError(message, where, null, ValidationMessageAcceptor.INSIGNIFICANT_INDEX,
				UNIT_MISMATCH);
	}

	private boolean checkUnitText(String text, EStructuralFeature feature) {
		try {
			Unit.parse(text);
			return true;
		} catch (IllegalArgumentException e) {
			error(e.getMessage(), feature, INVALID_UNIT);
			return false;
		}
	}

	/** @param step an index step, which must take effect on 1 January like the rates it indexes */
	@Check
	public void checkIndexStepDate(IndexStep step) {
		LocalDate date = parse(step.getValidFrom());
		if (date == null) {
			error("'" + step.getValidFrom() + "' is not a date; write yyyy-mm-dd, e.g. 2024-01-01.",
					VederlagPackage.Literals.INDEX_STEP__VALID_FROM, INVALID_DATE);
		} else if (date.getMonthValue() != 1 || date.getDayOfMonth() != 1) {
			error("Index steps take effect on 1 January, when the price list changes; write " + date.getYear()
					+ "-01-01 instead of " + date + ".", VederlagPackage.Literals.INDEX_STEP__VALID_FROM,
					INDEX_STEP_NOT_JANUARY, date.getYear() + "-01-01");
		}
	}

	/** @param index an index, whose steps must come in date order */
	@Check
	public void checkStepsAscending(Index index) {
		LocalDate previous = null;
		for (IndexStep step : index.getSteps()) {
			LocalDate date = parse(step.getValidFrom());
			if (date != null && previous != null && date.isBefore(previous)) {
				error("The index '" + index.getName() + "' has a step from " + date + " after one from " + previous
						+ "; list the steps from the oldest to the newest.", step,
						VederlagPackage.Literals.INDEX_STEP__VALID_FROM, DATES_NOT_ASCENDING);
			}
			if (date != null) {
				previous = date;
			}
		}
	}

	/** @param index an index, whose KPI series must name each October once, in ascending order, with positive values */
	@Check
	public void checkKpiSeries(Index index) {
		Integer previous = null;
		for (KpiPoint point : index.getPoints()) {
			if (previous != null && point.getYear() <= previous) {
				error("The KPI of October " + point.getYear() + " comes after October " + previous
						+ "; list the Octobers from the oldest to the newest, each once.", point,
						VederlagPackage.Literals.KPI_POINT__YEAR, DATES_NOT_ASCENDING);
			}
			if (point.getValue() != null && point.getValue().signum() <= 0) {
				error("A price index is above zero; " + point.getValue().toPlainString() + " cannot be a KPI value.",
						point, VederlagPackage.Literals.KPI_POINT__VALUE, INVALID_KPI);
			}
			previous = point.getYear();
		}
	}

	/** @param sum a sum over listed categories, each of which needs a formula */
	@Check
	public void checkCategoriesHaveFormulas(SumCategories sum) {
		for (int i = 0; i < sum.getCategories().size(); i++) {
			Category category = sum.getCategories().get(i);
			if (!category.eIsProxy() && !CategoryFormulas.hasFormula(sum, category)) {
				error("No formula is declared for the category '" + category.getName() + "'; write 'formula x for "
						+ category.getName() + " unit \"NOK\" = …' or leave it out of the sum.", sum,
						VederlagPackage.Literals.SUM_CATEGORIES__CATEGORIES, i, NO_CATEGORY_FORMULA);
			}
		}
	}

	/**
	 * @param anImport an import of another file, which must be a .vederlag file of the case
	 *                 ({@link ImportRule}) and exist; a refused import is not looked for at all
	 */
	@Check
	public void checkImportExists(Import anImport) {
		String text = anImport.getImportURI();
		Resource resource = anImport.eResource();
		if (text == null || resource == null || resource.getURI() == null) {
			return;
		}
		String refusal = ImportRule.refusal(resource, text);
		if (refusal != null) {
			error(refusal, VederlagPackage.Literals.IMPORT__IMPORT_URI, IMPORT_REFUSED);
			return;
		}
		URI uri = ImportRule.resolve(resource, text);
		if (!EcoreUtil2.isValidUri(resource, uri)) {
			error("The file '" + text + "' cannot be found next to " + resource.getURI().lastSegment()
					+ "; imports name a .vederlag file relative to the importing file.",
					VederlagPackage.Literals.IMPORT__IMPORT_URI, IMPORT_NOT_FOUND);
		}
	}

	/** @param multiply a product, where a rate per one category should meet that category's count */
	@Check
	public void checkRateMeetsItsCategory(Multiply multiply) {
		Rate rate = rateIn(multiply.getLeft());
		CountRef count = multiply.getRight() instanceof CountRef c ? c : null;
		if (rate == null) {
			rate = rateIn(multiply.getRight());
			count = multiply.getLeft() instanceof CountRef c ? c : null;
		}
		if (rate != null && count != null && rate.getCategory() != null && !rate.getCategory().eIsProxy()
				&& count.getCategory() != rate.getCategory()) {
			warning("The rate '" + rate.getName() + "' is per " + rate.getCategory().getName()
					+ " but is multiplied with the count of " + count.getCategory().getName() + ".", multiply, null,
					RATE_CATEGORY_MISMATCH);
		}
	}

	private static Rate rateIn(Expression expression) {
		Expression inner = expression;
		while (inner instanceof Round round) {
			inner = round.getOperand();
		}
		if (inner instanceof Indexed indexed) {
			inner = indexed.getOperand();
		}
		if (inner instanceof Reference ref && ref.getTarget() instanceof Rate rate && !rate.eIsProxy()) {
			return rate;
		}
		return null;
	}

	/** @param parameter a parameter, which must not depend on itself */
	@Check
	public void checkNoCycle(Parameter parameter) {
		checkNoCycle(parameter, VederlagPackage.Literals.ELEMENT__NAME);
	}

	/** @param formula a formula, which must not depend on itself */
	@Check
	public void checkNoCycle(Formula formula) {
		checkNoCycle(formula, VederlagPackage.Literals.ELEMENT__NAME);
	}

	private void checkNoCycle(Element start, EStructuralFeature feature) {
		Set<Element> seen = new HashSet<>();
		Deque<Element> todo = new ArrayDeque<>();
		todo.add(start);
		while (!todo.isEmpty()) {
			Element current = todo.pop();
			List<Element> targets = new ArrayList<>();
			EcoreUtil2.getAllContentsOfType(current, Reference.class).forEach(r -> targets.add(r.getTarget()));
			EcoreUtil2.getAllContentsOfType(current, SumCategories.class)
					.forEach(sum -> targets.addAll(CategoryFormulas.of(sum)));
			for (Element target : targets) {
				if (target == start) {
					error("'" + start.getName() + "' is defined in terms of itself"
							+ (current == start ? "" : " (through '" + current.getName() + "')") + ".", feature, CYCLE);
					return;
				}
				if (target != null && !((EObject) target).eIsProxy() && seen.add(target)) {
					todo.push(target);
				}
			}
		}
	}

	private static LocalDate parse(String text) {
		try {
			return text == null ? null : LocalDate.parse(text.replace(" ", ""));
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
