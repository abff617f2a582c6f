package no.avtalebenk.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.units.OwnUnits;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.ReportingUnit;

/** The case's own reporting units, {@value Cases#UNITS} ({@link OwnUnits}; docs/cases.md). */
final class UnitsFile {

	/** What {@link Cases#create} writes: how to fill it in, and the header. */
	static final String TEMPLATE = """
			# The case's own reporting units: units that are not in the municipality register, such as an
			# inter-municipal company (kind interMunicipal), a merged municipality the register does not know
			# yet (kind municipality) or a test unit (kind other). One unit per line; county is a fylkesnummer
			# of the register or empty. See docs/cases.md. For example (without the leading #):
			# TEST-1;Testenhet;other;;;;for trying out the formulas
			""" + OwnUnits.HEADER + "\n";

	private UnitsFile() {
	}

	/**
	 * Reads the folder's units file, when there is one, and adds its units to the model; its problems
	 * (each with its line and column) are added to the case's.
	 *
	 * @return the declared units
	 */
	static List<ReportingUnit> addTo(Path folder, AgreementModel model, List<CaseProblem> problems) {
		Path file = folder.resolve(Cases.UNITS);
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		try {
			return OwnUnits.addTo(model, OwnUnits.read(Cases.UNITS, Files.readAllBytes(file), model));
		} catch (ImportException e) {
			for (ImportProblem problem : e.problems()) {
				problems.add(new CaseProblem(Cases.UNITS, problem.line(), problem.column(), "", "error", problem.message()));
			}
		} catch (IOException | IllegalArgumentException e) {
			problems.add(new CaseProblem(Cases.UNITS, 0, 0, "", "error", e.getMessage()));
		}
		return List.of();
	}
}
