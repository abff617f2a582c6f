package no.avtalebenk.report.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import no.avtalebenk.formula.vederlag.Divide;
import no.avtalebenk.formula.vederlag.Expression;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.NumberLiteral;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.model.avtale.AgreedAmount;
import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AvtalePackage;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.MediationClause;
import no.avtalebenk.model.avtale.MeetingClause;
import no.avtalebenk.model.avtale.Party;
import no.avtalebenk.model.avtale.PermittedUseClause;
import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.model.avtale.RenegotiationClause;
import no.avtalebenk.model.avtale.ReportingDutyClause;
import no.avtalebenk.model.avtale.ScopeClause;
import no.avtalebenk.model.labels.Labels;
import no.avtalebenk.report.Block;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.ReportSection;

/**
 * The agreement clause by clause: what each clause sets, then its text as agreed. The remuneration
 * clause also shows the parameters of the formula file (their one source) and the yearly amounts the
 * parties agreed, with their source.
 */
public class AgreementSection implements ReportSection {

	@Override
	public List<Block> blocks(BriefingInput input) {
		List<Block> blocks = new ArrayList<>();
		for (Agreement agreement : input.model().getAgreements()) {
			blocks.add(new Block.Heading(1, "Avtalen punkt for punkt"));
			blocks.add(new Block.Paragraph(agreement.getTitle() + ". Periode " + agreement.getPeriodStart() + " – "
					+ agreement.getPeriodEnd() + ", status " + Labels.literal(agreement.getStatus())
					+ (agreement.getSignedDate() == null ? "" : ", signert " + agreement.getSignedDate()
							+ (agreement.getSignedPlace() == null ? "" : " i " + agreement.getSignedPlace()))
					+ ". Parter: " + agreement.getParties().stream().map(p -> p.getName() + " (" + Labels.literal(p.getRole()) + ")")
							.collect(Collectors.joining(", "))
					+ ". Kilde: " + input.modelFile() + "."));
			for (Clause clause : agreement.getClauses()) {
				blocks.add(new Block.Heading(2, clause.getNumber() + ". " + (clause.getHeading() == null ? "" : clause.getHeading())));
				String summary = summary(clause, input);
				if (clause instanceof RemunerationClause) {
					summary += parameters(input.formulas());
				}
				if (!summary.isEmpty()) {
					blocks.add(new Block.Paragraph(summary));
				}
				if (clause instanceof RemunerationClause remuneration && !remuneration.getAgreedAmounts().isEmpty()) {
					blocks.add(agreedAmounts(remuneration));
				}
				if (clause.getText() != null) {
					blocks.add(new Block.Paragraph("«" + clause.getText() + "»"));
				}
			}
		}
		return blocks;
	}

	private static String summary(Clause clause, BriefingInput input) {
		return switch (clause) {
		case ScopeClause scope -> "Omfatter: " + scope.getActivities().stream().map(Labels::literal).collect(Collectors.joining(", "))
				+ (scope.eIsSet(AvtalePackage.Literals.SCOPE_CLAUSE__ON_TERMS_OF)
						? ", på vilkårene for " + Labels.literal(scope.getOnTermsOf()) : "") + ".";
		case PermittedUseClause uses -> "Tillatt: " + uses.getUses().stream().map(u -> Labels.literal(u.getKind())
				+ (u.getCondition() == null ? "" : " (" + u.getCondition() + ")")).collect(Collectors.joining("; "))
				+ ". Begrensninger: " + uses.getLimits().stream().map(l -> l.getDescription()).collect(Collectors.joining("; ")) + ".";
		case ReportingDutyClause duties -> duties.getDuties().stream().map(d -> d.getDeliveredBy().getName() + " leverer "
				+ d.getStatistic() + (d.getDueMonthDay() == null ? "" : " innen " + d.getDueMonthDay() + " hvert år")
				+ (d.isFreeOfCharge() ? ", vederlagsfritt" : "")).collect(Collectors.joining("; ")) + ".";
		case MeetingClause meetings -> meetings.getMeetings().stream().map(m -> Labels.literal(m.getKind()) + ", "
				+ Labels.literal(m.getFrequency())).collect(Collectors.joining("; ")) + ".";
		case RenegotiationClause renegotiation -> "Utløses av: " + renegotiation.getTriggers().stream()
				.map(t -> Labels.literal(t.getKind()) + " – " + t.getDescription()).collect(Collectors.joining("; ")) + ".";
		case MediationClause mediation -> "Megling etter " + mediation.getLegalBasis() + ", kan kreves av "
				+ mediation.getDemandableBy().stream().map(Party::getName).collect(Collectors.joining(" og ")) + ".";
		case RemunerationClause remuneration -> "Vederlaget beregnes med formelen " + remuneration.getFormula() + " i "
				+ remuneration.getFormulaFile() + " over kategoriene "
				+ remuneration.getCategories().stream().map(c -> Texts.category(input, c.getId()))
						.collect(Collectors.joining("; ")) + ".";
		default -> "";
		};
	}

	/** The formula file's parameters, e.g. " Parametre i formelfilen: administrasjonAndel = 1/3 (note)." */
	private static String parameters(Model formulas) {
		List<String> parameters = formulas.getElements().stream().filter(Parameter.class::isInstance)
				.map(Parameter.class::cast).map(AgreementSection::parameter).toList();
		return parameters.isEmpty() ? "" : " Parametre i formelfilen: " + String.join("; ", parameters) + ".";
	}

	private static String parameter(Parameter parameter) {
		String note = parameter.getNote() != null ? parameter.getNote()
				: parameter.getAssumption() != null ? "ANTAKELSE: " + parameter.getAssumption() : null;
		return parameter.getName() + " = " + value(parameter.getValue()) + (note == null ? "" : " (" + note + ")");
	}

	/** A fraction of two numbers as "1/3", so that it reads as the parties wrote it; else the text as written. */
	private static String value(Expression expression) {
		if (expression instanceof Divide divide && divide.getLeft() instanceof NumberLiteral numerator
				&& !numerator.isPercent() && divide.getRight() instanceof NumberLiteral denominator
				&& !denominator.isPercent()) {
			return numerator.getValue().toPlainString() + "/" + denominator.getValue().toPlainString();
		}
		return NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(expression));
	}

	private static Block agreedAmounts(RemunerationClause remuneration) {
		List<List<String>> rows = new ArrayList<>();
		for (AgreedAmount agreed : remuneration.getAgreedAmounts()) {
			rows.add(List.of(Integer.toString(agreed.getYear()), Texts.nok(agreed.getAmount()),
					agreed.getSource() == null ? "" : agreed.getSource(), agreed.getNote() == null ? "" : agreed.getNote()));
		}
		return new Block.Table(List.of("År", "Avtalt vederlag", "Kilde", "Merknad"), rows, List.of(false, true, false, false));
	}
}
