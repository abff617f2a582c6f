package no.avtalebenk.report.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.RegisteredAgreement;
import no.avtalebenk.model.terms.Deadlines;
import no.avtalebenk.report.Block;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.ReportSection;

/**
 * The agreement register, ordered by expiry, with the agreements that expire during the period of
 * the agreement being mediated marked: what else the parties will be renegotiating at the same time,
 * and what continues each; then the agreement's own deadlines (reports, meetings, the start of
 * renegotiation its lead time before expiry, the end of the period).
 * Contributed through the {@code no.avtalebenk.report.sections} extension point as an example.
 */
public class ExpiriesSection implements ReportSection {

	private static final java.util.Map<Deadlines.Kind, String> KINDS = java.util.Map.of(Deadlines.Kind.REPORTING,
			"rapportering", Deadlines.Kind.MEETING, "møte", Deadlines.Kind.RENEGOTIATION, "reforhandling",
			Deadlines.Kind.EXPIRY, "utløp");

	/** The section's heading. */
	public static final String HEADING = "Avtaleregisteret: hva utløper når";

	@Override
	public List<Block> blocks(BriefingInput input) {
		List<RegisteredAgreement> register = new ArrayList<>(input.model().getRegister());
		if (register.isEmpty()) {
			return List.of();
		}
		register.sort(Comparator.comparing(r -> r.getExpires() == null ? "9999" : r.getExpires()));
		Agreement agreement = input.model().getAgreements().isEmpty() ? null : input.model().getAgreements().get(0);
		LocalDate start = agreement == null ? null : date(agreement.getPeriodStart());
		LocalDate end = agreement == null ? null : date(agreement.getPeriodEnd());
		List<List<String>> rows = new ArrayList<>();
		for (RegisteredAgreement entry : register) {
			LocalDate expires = date(entry.getExpires());
			boolean during = start != null && end != null && expires != null && !expires.isBefore(start)
					&& !expires.isAfter(end);
			boolean before = start != null && expires != null && expires.isBefore(start);
			rows.add(List.of(entry.getName(), value(entry.getParties()),
					value(entry.getSigned() != null ? entry.getSigned() : entry.getStart()), value(entry.getExpires()),
					value(entry.getFirstSigned()), entry.getSuccessor() == null ? "" : entry.getSuccessor().getName(),
					during ? "utløper i perioden" : before ? "utløpt før perioden" : ""));
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, HEADING));
		blocks.add(new Block.Paragraph("Andre avtaler mellom staten og kommunesektoren, sortert etter utløp"
				+ (agreement == null ? "." : "; avtaler som utløper i perioden " + agreement.getPeriodStart() + " – "
						+ agreement.getPeriodEnd() + " er merket.")));
		blocks.add(new Block.Table(List.of("Avtale", "Parter", "Inngått", "Utløper", "Første gang", "Videreført av", "Merknad"),
				rows, List.of(false, false, false, false, false, false, false)));
		blocks.addAll(deadlines(input));
		return blocks;
	}

	/** The agreement's own dates: when renegotiation starts (its lead time and source), and every deadline. */
	private static List<Block> deadlines(BriefingInput input) {
		List<Deadlines.Deadline> deadlines = Deadlines.of(input.model());
		if (deadlines.isEmpty()) {
			return List.of();
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(2, "Avtalens frister"));
		for (Deadlines.Deadline deadline : deadlines) {
			if (deadline.kind() == Deadlines.Kind.RENEGOTIATION) {
				blocks.add(new Block.Paragraph("Reforhandling for ny periode tas opp senest " + deadline.date() + " ("
						+ deadline.basis() + ")."));
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (Deadlines.Deadline deadline : deadlines) {
			rows.add(List.of(deadline.date().toString(), KINDS.get(deadline.kind()), deadline.party(), deadline.clause(),
					deadline.what()));
		}
		blocks.add(new Block.Table(List.of("Dato", "Hva", "Part", "Punkt", "Frist"), rows,
				List.of(false, false, false, false, false)));
		return blocks;
	}

	private static String value(String text) {
		return text == null ? "" : text;
	}

	private static LocalDate date(String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
