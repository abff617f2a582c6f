package no.avtalebenk.simulation.counts;

import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.model.avtale.AgreementModel;

/** Takes the counts of an agreement model file, with their provenance, into a {@link CountTable}. */
public final class ModelCounts {

	private ModelCounts() {
	}

	/**
	 * @param model  an agreement model
	 * @param origin the model's file name, for messages
	 * @return its counts
	 * @throws CountFileException when a unit is counted twice for a category in a year
	 */
	public static CountTable table(AgreementModel model, String origin) throws CountFileException {
		List<Count> counts = new ArrayList<>();
		for (no.avtalebenk.model.avtale.Count count : model.getCounts()) {
			no.avtalebenk.model.avtale.Provenance p = count.getProvenance();
			String source = p == null ? "" : p.getSource() + (p.getTableOrField() == null ? "" : ", " + p.getTableOrField())
					+ (p.getRetrieved() == null || p.getRetrieved().isBlank() ? "" : ", retrieved " + p.getRetrieved());
			Provenance provenance = new Provenance(source, p != null && p.isEstimated(),
					p == null || p.getMethod() == null ? "" : p.getMethod());
			counts.add(new Count(count.getUnit().getId(), count.getUnit().getName(), count.getCategory().getId(),
					count.getYear(), count.getValue(), provenance));
		}
		return CountTable.of(origin, counts);
	}
}
