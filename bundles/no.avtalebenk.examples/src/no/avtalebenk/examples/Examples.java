package no.avtalebenk.examples;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.counts.CountFileException;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.ModelCounts;
import no.avtalebenk.simulation.result.PaymentResult;
import no.avtalebenk.simulation.scenario.ScenarioInputs;
import no.avtalebenk.simulation.scenario.Scenarios;

/**
 * The example shipped with the product: the KS–Kopinor model agreement 2026–2027, its
 * remuneration formulas over Kopinor's published rates, the reporting units, and national counts
 * (estimates, each labelled with its source and method).
 */
public final class Examples {

	/** Folder of the KS–Kopinor example inside this bundle. */
	public static final String KOPINOR_2026_2027 = "/examples/ks-kopinor-2026-2027/";
	/** The agreement model (XMI): the protocol, categories, reporting units, counts, scenarios, register. */
	public static final String AGREEMENT = KOPINOR_2026_2027 + "avtale.avtale";
	/** The remuneration formulas. */
	public static final String FORMULAS = KOPINOR_2026_2027 + "kopinor.vederlag";
	/** Hand-computed invoices of small units, written as test blocks. */
	public static final String TESTS = KOPINOR_2026_2027 + "kopinor-tester.vederlag";
	/** The agreement years. */
	public static final List<Integer> YEARS = List.of(2026, 2027);
	/** Title used in output and charts. */
	public static final String TITLE = "KS–Kopinor 2026–2027 (example; counts are estimates)";

	private Examples() {
	}

	/**
	 * @param path one of the constants above
	 * @return the file's content; the caller closes it
	 * @throws IOException when the bundle lacks it
	 */
	public static InputStream open(String path) throws IOException {
		InputStream in = Examples.class.getResourceAsStream(path);
		if (in == null) {
			throw new IOException("The example file " + path + " is missing from the installation.");
		}
		return in;
	}

	/**
	 * @return the example's model: the protocol's nine points and its appendix, categories, units,
	 *         counts, scenarios and the register of other agreements
	 * @throws IOException            when it cannot be read
	 * @throws AgreementFileException when it is damaged
	 */
	public static AgreementModel model() throws IOException, AgreementFileException {
		try (InputStream in = open(AGREEMENT)) {
			return AgreementFiles.load(URI.createURI("example:" + AGREEMENT), in);
		}
	}

	/**
	 * @return the example's formula file, parsed and validated
	 * @throws IOException when it cannot be read
	 */
	public static Model formulas() throws IOException {
		return load(loader(), FORMULAS);
	}

	/**
	 * @return the example's files with test blocks: the formula file and the file of hand-computed
	 *         invoices, which imports it
	 * @throws IOException when they cannot be read
	 */
	public static List<Model> testFiles() throws IOException {
		FormulaLoader loader = loader();
		return List.of(load(loader, FORMULAS), load(loader, TESTS));
	}

	/** @return a loader that finds the example's files by their names in imports */
	private static FormulaLoader loader() {
		FormulaLoader loader = new FormulaLoader();
		loader.getResourceSet().getURIConverter().getURIHandlers().add(0, new ExampleUriHandler());
		return loader;
	}

	private static Model load(FormulaLoader loader, String path) throws IOException {
		try (InputStream in = open(path)) {
			return loader.load(URI.createURI(ExampleUriHandler.SCHEME + ":" + path), in);
		}
	}

	/**
	 * @return the example's counts, from its model file, with 0 for a category a unit holds in no year
	 *         (as a case fills them in: the national unit has no count of KS's own årsverk)
	 * @throws IOException        when they cannot be read
	 * @throws CountFileException when a unit is counted twice
	 */
	public static CountTable counts() throws IOException, CountFileException {
		try {
			return withZeros(ModelCounts.table(model(), "avtale.avtale"));
		} catch (AgreementFileException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static CountTable withZeros(CountTable counts) throws IOException {
		return counts.withCategoriesNotHeldAsZero("avtale.avtale", Simulator.categoryFormulas(formulas()).stream()
				.map(f -> f.getCategory().getName()).toList(), YEARS);
	}

	/**
	 * @return the counts and overrides of the example's baseline scenario, as the analyses (Monte
	 *         Carlo, sensitivity) start from them
	 * @throws IOException        when the model cannot be read or is damaged
	 * @throws CountFileException when a unit is counted twice
	 */
	public static ScenarioInputs baseline() throws IOException, CountFileException {
		AgreementModel model;
		try {
			model = model();
		} catch (AgreementFileException e) {
			throw new IOException(e.getMessage(), e);
		}
		return Scenarios.apply(model, Scenarios.baselineName(model), withZeros(ModelCounts.table(model, "avtale.avtale")));
	}

	/**
	 * @return the example's payments per category and year (baseline scenario)
	 * @throws IOException        when a file cannot be read
	 * @throws CountFileException when the counts are malformed
	 */
	public static PaymentResult simulate() throws IOException, CountFileException {
		return Simulator.simulate("baseline", TITLE, formulas(), counts(), YEARS);
	}
}
