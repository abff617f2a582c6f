package no.avtalebenk.cli;

import java.io.IOException;

import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.simulation.counts.CountFileException;
import picocli.CommandLine.Option;

/**
 * What a command projects: the bundled example (or, with {@link ModelFile}, a model file) and the
 * counts it projects on ({@code --data}). Every command that reads the example gets its
 * {@link ExampleRun} from {@link #run()}, so that a new way to name the case changes only this class.
 */
class CaseOptions {

	@Option(names = "--data", paramLabel = "reference|FILE.avtale",
			description = "Project on the counts of a data set: the reference data set shipped with the product, "
					+ "or a file written by import or reference --write (default: the model's own counts).")
	private String data;

	/** @return the model file to read, or null for the bundled example */
	String modelFile() {
		return null;
	}

	/**
	 * @return the example (or model file) with the counts of {@code --data}
	 * @throws UsageException         when the model names no formula file, or the data set lacks a year
	 * @throws AgreementFileException when the model or data set file is damaged or missing
	 */
	final ExampleRun run() throws UsageException, IOException, AgreementFileException, CountFileException {
		return ExampleRun.load(modelFile()).withData(data);
	}

	/** {@code --model FILE.avtale} besides {@code --data}: the commands that read any model file. */
	static final class ModelFile extends CaseOptions {

		@Option(names = "--model", paramLabel = "FILE.avtale",
				description = "A model file whose remuneration clause names its formula file, resolved beside it "
						+ "(default: the bundled example).")
		private String model;

		@Override
		String modelFile() {
			return model;
		}
	}
}
