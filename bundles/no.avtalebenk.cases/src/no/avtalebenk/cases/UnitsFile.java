package no.avtalebenk.cases;

import java.nio.file.Path;
import java.util.List;

import no.avtalebenk.model.avtale.AgreementModel;

/** The case's own reporting units, {@value Cases#UNITS}: see docs/cases.md for the format. */
final class UnitsFile {

	/** What {@link Cases#create} writes: the header and how to fill it in. */
	static final String TEMPLATE = """
			# The case's own reporting units: units that are not in the municipality register, such as
			# inter-municipal companies, a merged municipality the register does not know yet, or test units.
			# One unit per line; kind is one of the model's unit kinds; county is a county id (e.g. 46).
			# See docs/cases.md. Example (remove the # to use it):
			# 4699-IKS;Vestland IKT IKS;interMunicipal;46;2026-01-01;;test unit
			id;name;kind;county;validFrom;validTo;note
			""";

	private UnitsFile() {
	}

	/** Reads the folder's units file, when there is one, and adds its units to the model. */
	static void addTo(Path folder, AgreementModel model, List<CaseProblem> problems) {
	}
}
