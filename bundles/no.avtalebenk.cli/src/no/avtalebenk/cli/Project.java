package no.avtalebenk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.RemunerationClause;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.ModelCounts;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * What a command works on: a model file with the formula file its remuneration clause names, or the
 * bundled example when no model file is given.
 *
 * @param name     the model file's name, for output
 * @param model    the model
 * @param formulas the formulas
 * @param counts   the model's counts
 */
record Project(String name, AgreementModel model, Model formulas, CountTable counts) {

	/**
	 * @param modelFile a .avtale file, or null for the bundled example
	 * @return the project
	 * @throws UsageException when the model names no formula file
	 */
	static Project load(String modelFile) throws UsageException, IOException, AgreementFileException, CountFileException {
		if (modelFile == null) {
			return new Project("avtale.avtale (bundled example)", Examples.model(), Examples.formulas(), Examples.counts());
		}
		Path file = Path.of(modelFile);
		AgreementModel model = AgreementFiles.load(file);
		String formulaFile = model.getAgreements().stream().flatMap(a -> a.getClauses().stream())
				.filter(RemunerationClause.class::isInstance).map(c -> ((RemunerationClause) c).getFormulaFile())
				.filter(f -> f != null && !f.isBlank()).findFirst()
				.orElseThrow(() -> new UsageException(modelFile + " has no remuneration clause naming a formula file"));
		Path formulas = file.toAbsolutePath().getParent().resolve(formulaFile);
		if (!Files.isRegularFile(formulas)) {
			throw new UsageException(modelFile + " names the formula file " + formulaFile + ", which does not exist beside it");
		}
		return new Project(file.getFileName().toString(), model, new FormulaLoader().load(formulas),
				ModelCounts.table(model, file.getFileName().toString()));
	}

	/** @return the years of the first agreement's period */
	List<Integer> years() {
		if (model.getAgreements().isEmpty()) {
			return counts.years();
		}
		int from = Integer.parseInt(model.getAgreements().get(0).getPeriodStart().substring(0, 4));
		int to = Integer.parseInt(model.getAgreements().get(0).getPeriodEnd().substring(0, 4));
		return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
	}

	/** @return the baseline's payments */
	PaymentResult baseline() {
		return Simulator.simulate("grunnlag", "Vederlag per kategori og år, grunnlaget", formulas, counts, years());
	}
}
