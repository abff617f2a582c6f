package no.avtalebenk.model.ui.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ReflectiveItemProvider;
import org.eclipse.osgi.util.NLS;

import no.avtalebenk.model.avtale.AgreedAmount;
import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.CategoryComponent;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.CountChange;
import no.avtalebenk.model.avtale.CountYearChange;
import no.avtalebenk.model.avtale.CountYearRule;
import no.avtalebenk.model.avtale.GrowthChange;
import no.avtalebenk.model.avtale.MeetingArrangement;
import no.avtalebenk.model.avtale.OpenQuestion;
import no.avtalebenk.model.avtale.Party;
import no.avtalebenk.model.avtale.PermittedUse;
import no.avtalebenk.model.avtale.Provenance;
import no.avtalebenk.model.avtale.PublishedTotal;
import no.avtalebenk.model.avtale.RateChange;
import no.avtalebenk.model.avtale.RegisteredAgreement;
import no.avtalebenk.model.avtale.RenegotiationTrigger;
import no.avtalebenk.model.avtale.ReportingDuty;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.Scenario;
import no.avtalebenk.model.avtale.ScenarioHolder;
import no.avtalebenk.model.avtale.ShareChange;
import no.avtalebenk.model.avtale.SourceReference;
import no.avtalebenk.model.avtale.UseLimit;
import no.avtalebenk.model.avtale.YearRuleKind;
import no.avtalebenk.model.labels.Labels;

/**
 * EMF's reflective item provider with the texts people read: each element by what identifies it to a
 * negotiator (a clause by number and heading, a scenario by name and whose position it is, a change by
 * what it changes), categories by the agreement's names and enum literals through {@link Labels}, and
 * features and kinds of element by {@link ModelTexts}, so that the Properties view speaks the user's
 * language.
 */
public class AgreementItemProvider extends ReflectiveItemProvider {

	/** @param adapterFactory the factory that made it */
	public AgreementItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		return switch (object) {
		case AgreementModel model -> ModelTexts.type(model.eClass());
		case Agreement agreement -> orType(agreement.getTitle(), agreement);
		case Party party -> party.getRole() == null ? orType(party.getName(), party)
				: NLS.bind(EditMessages.Text_party, party.getName(), literal(party.getRole()));
		case Clause clause -> NLS.bind(EditMessages.Text_clause, clause.getNumber(),
				clause.getHeading() != null ? clause.getHeading() : ModelTexts.type(clause.eClass()));
		case CountCategory category -> Labels.category(model(category), category.getId());
		case ReportingUnit unit -> NLS.bind(EditMessages.Text_unit, unit.getId(), unit.getName());
		case Count count -> NLS.bind(EditMessages.Text_count,
				new Object[] { category(count.getCategory()), unit(count.getUnit()), count.getYear(), plain(count.getValue()) });
		// The baseline is nobody's position; its holder would only repeat it ("grunnlag (grunnlag)").
		case Scenario scenario -> scenario.getHolder() == null || scenario.getHolder() == ScenarioHolder.BASELINE
				? orType(scenario.getName(), scenario)
				: NLS.bind(EditMessages.Text_scenario, scenario.getName(), literal(scenario.getHolder()));
		case CountChange change -> NLS.bind(EditMessages.Text_countChange, new Object[] { category(change.getCategory()),
				unit(change.getUnit()), change.getYear(), plain(change.getValue()) });
		case GrowthChange change -> NLS.bind(EditMessages.Text_growthChange, new Object[] { category(change.getCategory()),
				unit(change.getUnit()), plain(change.getRatePerYear()), change.getFromYear() });
		case CountYearChange change -> NLS.bind(EditMessages.Text_countYearChange, new Object[] { category(change.getCategory()),
				literal(change.getKind()), change.getKind() == YearRuleKind.FIXED_YEAR ? " " + change.getDataYear() : "" });
		case CountYearRule rule -> kindAndText(rule.getKind(), rule.getText());
		case RateChange change -> NLS.bind(EditMessages.Text_rateChange,
				new Object[] { change.getRate(), nonNull(change.getValidFrom()), plain(change.getValue()) });
		case ShareChange change -> NLS.bind(EditMessages.Text_shareChange, change.getParameter(), plain(change.getValue()));
		case AgreedAmount amount -> NLS.bind(EditMessages.Text_agreedAmount, amount.getYear(), plain(amount.getAmount()));
		case PublishedTotal total -> NLS.bind(EditMessages.Text_agreedAmount, total.getYear(), plain(total.getAmount()));
		case PermittedUse use -> kindAndText(use.getKind(), use.getDescription());
		case UseLimit limit -> kindAndText(limit.getKind(), limit.getDescription());
		case MeetingArrangement meeting -> NLS.bind(EditMessages.Text_meeting, literal(meeting.getKind()), literal(meeting.getFrequency()));
		case RenegotiationTrigger trigger -> kindAndText(trigger.getKind(), trigger.getDescription());
		case ReportingDuty duty -> orType(duty.getStatistic(), duty);
		case SourceReference source -> NLS.bind(EditMessages.Text_source, literal(source.getSystem()), nonNull(source.getTableOrField()));
		case CategoryComponent component -> component.isSubtract()
				? NLS.bind(EditMessages.Text_subtracted, category(component.getCategory()))
				: category(component.getCategory());
		case Provenance provenance -> orType(provenance.getSource(), provenance);
		case RegisteredAgreement registered -> orType(registered.getName(), registered);
		case OpenQuestion question -> question.getClause() == null || question.getClause().isBlank()
				? orType(question.getText(), question)
				: NLS.bind(EditMessages.Text_kindAndText, question.getClause(), nonNull(question.getText()));
		case EObject other -> ModelTexts.type(other.eClass());
		default -> super.getText(object);
		};
	}

	@Override
	protected String getFeatureText(Object feature) {
		return feature instanceof EStructuralFeature structural ? ModelTexts.feature(structural) : super.getFeatureText(feature);
	}

	@Override
	protected String getTypeText(Object object) {
		return object instanceof EObject element ? ModelTexts.type(element.eClass()) : super.getTypeText(object);
	}

	private static String kindAndText(Enumerator kind, String text) {
		return text == null || text.isBlank() ? literal(kind) : NLS.bind(EditMessages.Text_kindAndText, literal(kind), text);
	}

	private static String literal(Enumerator literal) {
		return literal == null ? "" : Labels.literal(literal, ModelTexts.locale());
	}

	private static String category(CountCategory category) {
		return category == null ? "?" : Labels.category(model(category), category.getId());
	}

	private static String unit(ReportingUnit unit) {
		return unit == null ? EditMessages.Text_allUnits : unit.getId();
	}

	private static String plain(java.math.BigDecimal value) {
		return value == null ? "?" : value.toPlainString();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static String orType(String text, EObject element) {
		return text == null || text.isBlank() ? ModelTexts.type(element.eClass()) : text;
	}

	private static AgreementModel model(EObject element) {
		return EcoreUtil.getRootContainer(element) instanceof AgreementModel model ? model : null;
	}
}
