package no.avtalebenk.data.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

import no.avtalebenk.data.dataset.DataSetFile;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Count;

/**
 * The writer {@link KillTest} kills: in a process of its own, it rewrites a data set as an import
 * does (lock, read, change every count, write atomically), again and again, until it is killed.
 * Every version it writes has all counts equal to the round's number, so a damaged or mixed file shows.
 */
public final class KillWriter {

	private KillWriter() {
	}

	/**
	 * @param args the data set file
	 * @throws Exception when it cannot write
	 */
	public static void main(String[] args) throws Exception {
		Path dataSet = Path.of(args[0]);
		for (int round = 1; ; round++) {
			try (DataSetFile file = DataSetFile.lock(dataSet, args[0], Duration.ofSeconds(30))) {
				AgreementModel model = file.load();
				for (Count count : model.getCounts()) {
					count.setValue(BigDecimal.valueOf(round));
				}
				file.replace(model, args[0]);
			}
			System.out.println(round);
		}
	}
}
