package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.data.dataset.DataSetFile;
import no.avtalebenk.data.dataset.DataSetImport;
import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.io.AgreementFiles;

/**
 * Two imports into one data set at the same time: both used to read the same version, and the
 * second to write replaced the first's counts, both reporting success. Now the second waits for the
 * first (the data set's lock), and a writer that ignores the lock is noticed instead of overwritten.
 */
class ConcurrentImportTest {

	@TempDir
	Path dir;

	private static ImportedCount count(String unit, String value) {
		return new ImportedCount(unit, "", "grunnskole", 2025, new BigDecimal(value), "test", "field", "2026-01-15", 2, 3);
	}

	@Test
	void simultaneousImportsKeepEveryCount() throws Exception {
		Path dataSet = dir.resolve("data.avtale");
		// Eight imports of eight different municipalities, started together, three times over.
		String[] units = { "0301", "1103", "4601", "5001", "1108", "3101", "3301", "1506" };
		ExecutorService pool = Executors.newFixedThreadPool(units.length);
		try {
			for (int round = 0; round < 3; round++) {
				Files.deleteIfExists(dataSet);
				CountDownLatch start = new CountDownLatch(1);
				List<Future<DataSetImport.Summary>> done = new ArrayList<>();
				for (int i = 0; i < units.length; i++) {
					String unit = units[i];
					String value = String.valueOf(100 + i);
					done.add(pool.submit(() -> {
						start.await();
						return DataSetImport.apply(List.of(count(unit, value)), unit + ".csv", dataSet);
					}));
				}
				start.countDown();
				int created = 0;
				for (Future<DataSetImport.Summary> future : done) {
					DataSetImport.Summary summary = future.get(120, TimeUnit.SECONDS);
					assertEquals(1, summary.added());
					created += summary.created() ? 1 : 0;
				}
				assertEquals(1, created, "exactly one import created the data set");
				AgreementModel model = AgreementFiles.load(dataSet);
				assertEquals(units.length, model.getCounts().size(), "round " + round + ": every import's count is in the data set");
				for (int i = 0; i < units.length; i++) {
					String unit = units[i];
					assertEquals(new BigDecimal(100 + i), model.getCounts().stream().filter(c -> c.getUnit().getId().equals(unit))
							.findFirst().orElseThrow().getValue());
				}
			}
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anImportThatCannotGetTheLockIsToldAndChangesNothing() throws Exception {
		Path dataSet = dir.resolve("data.avtale");
		DataSetImport.apply(List.of(count("0301", "100")), "a.csv", dataSet);
		byte[] before = Files.readAllBytes(dataSet);
		try (DataSetFile other = DataSetFile.lock(dataSet, "data.avtale", Duration.ofSeconds(1))) {
			ImportException e = assertThrows(ImportException.class, () -> DataSetImport.apply(List.of(count("5001", "7")), "b.csv", dataSet,
					List.of(), List.of(), Duration.ofMillis(300)));
			assertTrue(e.getMessage().startsWith(dataSet + ": another import is writing this data set and did not finish within 300 ms"),
					e.getMessage());
			assertTrue(e.getMessage().contains("nothing was imported"), e.getMessage());
		}
		assertArrayEquals(before, Files.readAllBytes(dataSet));
		// The lock is released with the other writer: the import now goes through.
		DataSetImport.apply(List.of(count("5001", "7")), "b.csv", dataSet);
		assertEquals(2, AgreementFiles.load(dataSet).getCounts().size());
	}

	@Test
	void aChangeByAWriterWithoutTheLockIsNotOverwritten() throws Exception {
		Path dataSet = dir.resolve("data.avtale");
		DataSetImport.apply(List.of(count("0301", "100")), "a.csv", dataSet);
		try (DataSetFile locked = DataSetFile.lock(dataSet, "data.avtale", Duration.ofSeconds(1))) {
			AgreementModel model = locked.load();
			model.getCounts().get(0).setValue(new BigDecimal("101"));
			// Meanwhile a program that takes no lock (an editor) saves its own version.
			String edited = Files.readString(dataSet, StandardCharsets.UTF_8).replace("value=\"100\"", "value=\"555\"");
			Files.writeString(dataSet, edited, StandardCharsets.UTF_8);
			ImportException e = assertThrows(ImportException.class, () -> locked.replace(model, "data.avtale"));
			assertEquals("data.avtale: another program changed the data set while this import read it; nothing was imported, so as not to"
					+ " overwrite that change: run the import again", e.getMessage());
		}
		assertEquals(new BigDecimal("555"), AgreementFiles.load(dataSet).getCounts().get(0).getValue());
	}
}
