package no.avtalebenk.report.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.AvtalePackage;
import no.avtalebenk.model.avtale.BillingParameter;
import no.avtalebenk.model.avtale.Clause;
import no.avtalebenk.model.avtale.MediationClause;
import no.avtalebenk.model.avtale.MeetingClause;
import no.avtalebenk.model.avtale.Party;
import no.avtalebenk.model.avtale.PermittedUseClause;
import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.model.avtale.RenegotiationClause;
import no.avtalebenk.model.avtale.ReportingDutyClause;
import no.avtalebenk.model.avtale.ScopeClause;
import no.avtalebenk.report.Block;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.ReportSection;

/** The agreement clause by clause: what each clause sets, then its text as agreed. */
public class AgreementSection implements ReportSection {

	@Override
	public List<Block> blocks(BriefingInput input) {
		List<Block> blocks = new ArrayList<>();
		for (Agreement agreement : input.model().getAgreements()) {
			blocks.add(new Block.Heading(1, "Avtalen punkt for punkt"));
			blocks.add(new Block.Paragraph(agreement.getTitle() + ". Periode " + agreement.getPeriodStart() + " – "
					+ agreement.getPeriodEnd() + ", status " + agreement.getStatus().getLiteral()
					+ (agreement.getSignedDate() == null ? "" : ", signert " + agreement.getSignedDate()
							+ (agreement.getSignedPlace() == null ? "" : " i " + agreement.getSignedPlace()))
					+ ". Parter: " + agreement.getParties().stream().map(p -> p.getName() + " (" + p.getRole().getLiteral() + ")")
							.collect(Collectors.joining(", "))
					+ ". Kilde: " + input.modelFile() + "."));
			for (Clause clause : agreement.getClauses()) {
				blocks.add(new Block.Heading(2, clause.getNumber() + ". " + (clause.getHeading() == null ? "" : clause.getHeading())));
				String summary = summary(clause);
				if (!summary.isEmpty()) {
					blocks.add(new Block.Paragraph(summary));
				}
				if (clause.getText() != null) {
					blocks.add(new Block.Paragraph("«" + clause.getText() + "»"));
				}
			}
		}
		return blocks;
	}

	private static String summary(Clause clause) {
		return switch (clause) {
		case ScopeClause scope -> "Omfatter: " + scope.getActivities().stream().map(a -> a.getLiteral()).collect(Collectors.joining(", "))
				+ (scope.eIsSet(AvtalePackage.Literals.SCOPE_CLAUSE__ON_TERMS_OF)
						? ", på vilkårene for " + scope.getOnTermsOf().getLiteral() : "") + ".";
		case PermittedUseClause uses -> "Tillatt: " + uses.getUses().stream().map(u -> u.getKind().getLiteral()
				+ (u.getCondition() == null ? "" : " (" + u.getCondition() + ")")).collect(Collectors.joining("; "))
				+ ". Begrensninger: " + uses.getLimits().stream().map(l -> l.getDescription()).collect(Collectors.joining("; ")) + ".";
		case ReportingDutyClause duties -> duties.getDuties().stream().map(d -> d.getDeliveredBy().getName() + " leverer "
				+ d.getStatistic() + (d.getDueMonthDay() == null ? "" : " innen " + d.getDueMonthDay() + " hvert år")
				+ (d.isFreeOfCharge() ? ", vederlagsfritt" : "")).collect(Collectors.joining("; ")) + ".";
		case MeetingClause meetings -> meetings.getMeetings().stream().map(m -> m.getKind().getLiteral() + ", "
				+ m.getFrequency().getLiteral()).collect(Collectors.joining("; ")) + ".";
		case RenegotiationClause renegotiation -> "Utløses av: " + renegotiation.getTriggers().stream()
				.map(t -> t.getKind().getLiteral() + " – " + t.getDescription()).collect(Collectors.joining("; ")) + ".";
		case MediationClause mediation -> "Megling etter " + mediation.getLegalBasis() + ", kan kreves av "
				+ mediation.getDemandableBy().stream().map(Party::getName).collect(Collectors.joining(" og ")) + ".";
		case RemunerationClause remuneration -> "Vederlaget beregnes med formelen " + remuneration.getFormula() + " i "
				+ remuneration.getFormulaFile() + " over kategoriene "
				+ remuneration.getCategories().stream().map(c -> c.getId()).collect(Collectors.joining(", ")) + "."
				+ remuneration.getBillingParameters().stream().map(AgreementSection::parameter).collect(Collectors.joining());
		default -> "";
		};
	}

	private static String parameter(BillingParameter parameter) {
		return " " + parameter.getName() + " = " + parameter.getNumerator().toPlainString()
				+ (parameter.getDenominator() == null ? "" : "/" + parameter.getDenominator().toPlainString())
				+ (parameter.getDescription() == null ? "" : " (" + parameter.getDescription() + ")") + ".";
	}
}
