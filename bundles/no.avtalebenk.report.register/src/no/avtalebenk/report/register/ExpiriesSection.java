package no.avtalebenk.report.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.avtalebenk.model.avtale.Agreement;
import no.avtalebenk.model.avtale.RegisteredAgreement;
import no.avtalebenk.report.Block;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.ReportSection;

/**
 * The agreement register, ordered by expiry, with the agreements that expire during the period of
 * the agreement being mediated marked: what else the parties will be renegotiating at the same time.
 * Contributed through the {@code no.avtalebenk.report.sections} extension point as an example.
 */
public class ExpiriesSection implements ReportSection {

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
			rows.add(List.of(entry.getName(), value(entry.getParties()), value(entry.getSigned()), value(entry.getExpires()),
					value(entry.getFirstSigned()), during ? "utløper i perioden" : ""));
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, HEADING));
		blocks.add(new Block.Paragraph("Andre avtaler mellom staten og kommunesektoren, sortert etter utløp"
				+ (agreement == null ? "." : "; avtaler som utløper i perioden " + agreement.getPeriodStart() + " – "
						+ agreement.getPeriodEnd() + " er merket.")));
		blocks.add(new Block.Table(List.of("Avtale", "Parter", "Inngått", "Utløper", "Første gang", "Merknad"), rows,
				List.of(false, false, false, false, false, false)));
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
