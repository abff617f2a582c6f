package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.data.dataset.DataSetFile;
import no.avtalebenk.data.reference.ReferenceDataSet;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.io.AgreementFiles;

/**
 * A process writing a data set is killed (SIGKILL) at random moments, 20 times: afterwards the data
 * set always loads, holds one whole version (every count of the same round) and its lock is free.
 */
class KillTest {

	private static final int KILLS = 20;

	@TempDir
	Path dir;

	@Test
	void aKilledWriterNeverDamagesTheDataSetNorKeepsItLocked() throws Exception {
		// The reference data set: 10 833 counts, a file of some 3 MB, so that a write takes a while.
		Path dataSet = dir.resolve("data.avtale");
		AgreementFiles.save(ReferenceDataSet.build(), dataSet, false);
		int counts = AgreementFiles.load(dataSet).getCounts().size();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classPath = classPath(KillWriter.class, DataSetFile.class, AgreementFiles.class, EObject.class, URI.class,
				XMIResourceFactoryImpl.class);
		SplittableRandom random = new SplittableRandom(20261202L);
		int wholeAfterKill = 0;
		List<Long> rounds = new ArrayList<>();
		for (int kill = 0; kill < KILLS; kill++) {
			Process writer = new ProcessBuilder(java, "-cp", classPath, KillWriter.class.getName(), dataSet.toString())
					.redirectErrorStream(true).start();
			Thread.sleep(800 + random.nextInt(2500));
			writer.destroyForcibly();
			assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
			String output = new String(writer.getInputStream().readAllBytes());
			assertTrue(output.isBlank() || output.strip().lines().allMatch(l -> l.matches("\\d+")), "the writer failed: " + output);
			rounds.add(output.lines().count());
			AgreementModel model = AgreementFiles.load(dataSet);
			assertEquals(counts, model.getCounts().size());
			Set<BigDecimal> values = new LinkedHashSet<>();
			for (Count count : model.getCounts()) {
				values.add(count.getValue());
			}
			assertEquals(1, values.size(), "one whole version, not a mix: " + values);
			// The lock died with the process: the next writer gets it at once.
			try (DataSetFile free = DataSetFile.lock(dataSet, "data.avtale", Duration.ofMillis(500))) {
				wholeAfterKill++;
			}
		}
		assertEquals(KILLS, wholeAfterKill);
		System.out.println("kill test: " + KILLS + " writers killed after " + rounds + " complete writes each; data set whole and unlocked "
				+ wholeAfterKill + " of " + KILLS + " times; temporary files left: "
				+ Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
	}

	/** The class path of a plain JVM running these classes: where the OSGi framework loaded each from. */
	private static String classPath(Class<?>... classes) throws URISyntaxException {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> type : classes) {
			File location = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
			entries.add(location.getPath());
			for (String inner : List.of("target/classes", "bin")) {
				if (new File(location, inner).isDirectory()) {
					entries.add(new File(location, inner).getPath());
				}
			}
		}
		return String.join(File.pathSeparator, entries);
	}
}
