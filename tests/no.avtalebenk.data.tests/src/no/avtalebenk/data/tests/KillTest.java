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
 * A process writing a data set is killed (SIGKILL) at random moments, 3 times (20 with the nightly
 * budget, docs/reliability.md): afterwards the data
 * set always loads, holds one whole version (every count of the same round) and its lock is free.
 */
class KillTest {

	/** Kills in CI; a numeric avtalebenk.fuzz.inputs (the nightly budget) makes it 20. */
	private static int kills() {
		String budget = System.getProperty("avtalebenk.fuzz.inputs", "ci");
		return budget.matches("\\d+") ? 20 : 3;
	}

	@TempDir
	Path dir;

	@Test
	void aKilledWriterNeverDamagesTheDataSetNorKeepsItLocked() throws Exception {
		// The reference data set: 10 833 counts, a file of some 3 MB, so that a write takes a while.
		Path dataSet = dir.resolve("data.avtale");
		AgreementFiles.save(ReferenceDataSet.build(), dataSet, false);
		List<BigDecimal> original = AgreementFiles.load(dataSet).getCounts().stream().map(Count::getValue).toList();
		int counts = original.size();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classPath = classPath(KillWriter.class, DataSetFile.class, AgreementFiles.class, EObject.class, URI.class,
				XMIResourceFactoryImpl.class);
		SplittableRandom random = new SplittableRandom(20261202L);
		int wholeAfterKill = 0;
		List<Long> rounds = new ArrayList<>();
		Files.createDirectories(dir);
		int kills = kills();
		for (int kill = 0; kill < kills; kill++) {
			// The output goes to a file: killing the process closes its pipes.
			Path log = dir.resolve("writer-" + kill + ".log");
			Process writer = new ProcessBuilder(java, "-cp", classPath, KillWriter.class.getName(), dataSet.toString())
					.redirectErrorStream(true).redirectOutput(log.toFile()).start();
			// Killed at a random moment once it writes: after its first complete write, within the next ones.
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			while (Files.readString(log).isBlank() && writer.isAlive() && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			Thread.sleep(random.nextInt(1500));
			writer.destroyForcibly();
			assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
			String output = Files.readString(log);
			assertTrue(output.isBlank() || output.strip().lines().allMatch(l -> l.matches("\\d+")), "the writer failed: " + output);
			rounds.add(output.lines().count());
			AgreementModel model = AgreementFiles.load(dataSet);
			assertEquals(counts, model.getCounts().size());
			List<BigDecimal> values = model.getCounts().stream().map(Count::getValue).toList();
			// Either the version before the first write, or one whole round: every count the round's number.
			assertTrue(values.equals(original) || Set.copyOf(values).size() == 1, "one whole version, not a mix of "
					+ Set.copyOf(values).size() + " values");
			// The lock died with the process: the next writer gets it at once.
			try (DataSetFile free = DataSetFile.lock(dataSet, "data.avtale", Duration.ofMillis(500))) {
				wholeAfterKill++;
			}
		}
		assertEquals(kills, wholeAfterKill);
		System.out.println("kill test: " + kills + " writers killed after " + rounds + " complete writes each; data set whole and unlocked "
				+ wholeAfterKill + " of " + kills + " times; temporary files left: "
				+ Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
		assertTrue(rounds.stream().allMatch(r -> r > 0), "the writer completed a write before each kill: " + rounds);
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
