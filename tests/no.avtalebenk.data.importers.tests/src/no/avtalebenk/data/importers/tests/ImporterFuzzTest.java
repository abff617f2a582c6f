package no.avtalebenk.data.importers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import no.avtalebenk.data.dataset.DataSetImport;
import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.Importer;
import no.avtalebenk.data.importer.ImporterRegistry;
import no.avtalebenk.data.reference.ReferenceDataSet;
import no.avtalebenk.model.avtale.AgreementModel;

/**
 * Fuzzing of every importer: a seeded generator mutates the sample files and the regression corpus
 * (fuzz-corpus/) and feeds each mutant to its importer and then to the data set merge, as an import
 * does. Every input must either be imported or refused with an {@link ImportException} whose every
 * problem names the file and says what is wrong; any other throwable (an internal error, running out
 * of stack or memory) fails the test and leaves the input in target/fuzz-failures/ for the corpus.
 * <p>
 * The budget is {@value #CI_INPUTS} inputs per stream (CI), or the system property
 * {@code avtalebenk.fuzz.inputs} (the nightly budget; docs/reliability.md); the seed is
 * {@value #SEED} unless {@code avtalebenk.fuzz.seed} says otherwise, so that a failure repeats.
 */
class ImporterFuzzTest {

	/** Inputs per stream in CI. */
	static final int CI_INPUTS = 800;
	/** The fixed seed of CI runs. */
	static final long SEED = 20261202L;

	/** Tokens that broke readers before, or are the edges of the formats. */
	private static final String[] DICTIONARY = { "\"", "\"\"", "\"x\"y", ";", ",", ".", "\t", "\r", "\n", "\r\n", "\u0000", "\u001f", "\u007f",
			"{", "}", "[", "]", ":", "null", "true", "-", "1E999999999", "1e-999999999", "00000000000000000000000000000000000000000001",
			"12.345", "812,5", "-1", "NaN", "\u221e", "99999999999999999999", "01", "1.", " ", "\ufeff", "<", ">", "&amp;", "&x;",
			"<!DOCTYPE x [<!ENTITY a \"b\">]>", " r=\"abc\"", " r=\"ZZZZZZZZZ1\"", " t=\"s\"", "<v>1E999999999</v>", "<c r=\"A1\"><v>5</v></c>",
			"\"size\":[1.5]", "\"label\":{}", "\"index\":{\"a\":7}", "\"a\":1,\"a\":2", "[[[[[[[[[[", "]]]]]]]]]]", "\\u0000", "\\ud800", "é",
			"\u00e6\u00f8\u00e5", "2025-26", "0301", "3001", "KS", "Longyearbyen", "*", "..", ":", "12 345", "1 2", "1,234.5", "4294967296",
			"2147483648", "-0", "0.0000001" };

	private record Stream(String name, String kind, List<Seed> seeds, Map<String, String> options) {
	}

	private record Seed(String name, byte[] content) {
	}

	private static int budget() {
		String value = System.getProperty("avtalebenk.fuzz.inputs", "ci");
		return value.isBlank() || value.equals("ci") || value.startsWith("${") ? CI_INPUTS : Integer.parseInt(value.strip());
	}

	private static long seed() {
		String value = System.getProperty("avtalebenk.fuzz.seed", "");
		return value.isBlank() ? SEED : Long.parseLong(value.strip());
	}

	@Test
	void everyImporterImportsOrRefusesWithAPlace() throws Exception {
		Map<String, List<Seed>> byPrefix = seeds();
		List<Stream> streams = List.of(
				new Stream("gsi", "gsi", pick(byPrefix, "gsi", ".csv"), Map.of()),
				new Stream("dbh", "dbh", pick(byPrefix, "dbh", ".csv"), Map.of()),
				new Stream("pai", "pai", pick(byPrefix, "pai", ".csv"), Map.of("year", "2025")),
				new Stream("csv", "csv", pick(byPrefix, "csv", ".csv"), Map.of("category", "paiBibliotek")),
				new Stream("xlsx", "pai", pick(byPrefix, "", ".xlsx"), Map.of("year", "2025")),
				new Stream("json-stat", "kostra", pick(byPrefix, "kostra", ".json"), Map.of()));
		ImporterRegistry registry = ImporterRegistry.load();
		AgreementModel dataSet = ReferenceDataSet.emptyDataSet();
		int inputs = budget();
		SplittableRandom random = new SplittableRandom(seed());
		List<String> failures = new ArrayList<>();
		StringBuilder report = new StringBuilder("fuzz (seed " + seed() + ", " + inputs + " inputs per stream):");
		for (Stream stream : streams) {
			assertFalse(stream.seeds().isEmpty(), stream.name() + " has no seeds");
			Importer importer = registry.get(stream.kind()).orElseThrow().importer();
			int imported = 0;
			int refused = 0;
			int placed = 0;
			int crashes = 0;
			long started = System.nanoTime();
			// The seeds themselves first (samples and regressions), then mutants.
			for (int i = 0; i < inputs + stream.seeds().size(); i++) {
				Seed seed = stream.seeds().get(i < stream.seeds().size() ? i : random.nextInt(stream.seeds().size()));
				byte[] input = i < stream.seeds().size() ? seed.content()
						: stream.name().equals("xlsx") ? mutateWorkbook(seed.content(), random) : mutate(seed.content(), random);
				Map<String, String> options = new HashMap<>(stream.options());
				if (random.nextInt(8) == 0) {
					options.put("year", random.nextBoolean() ? "2024" : pickToken(random));
				}
				String name = stream.name() + "-" + i + "-" + seed.name();
				try {
					List<ImportedCount> counts = importer.read(new ImportInput(name, input, options));
					DataSetImport.merge(dataSet, counts, name, false);
					imported++;
				} catch (ImportException e) {
					refused++;
					boolean everyPlaced = true;
					for (ImportProblem problem : e.problems()) {
						assertEquals(name, problem.file(), "a problem names the file");
						assertFalse(problem.message().isBlank(), "a problem says what is wrong: " + problem);
						assertTrue(problem.line() >= 0 && problem.column() >= 0, problem.toString());
						everyPlaced &= problem.line() > 0;
					}
					placed += everyPlaced ? 1 : 0;
				} catch (Throwable t) {
					crashes++;
					if (failures.size() < 20) {
						failures.add(stream.name() + " input " + i + " (from " + seed.name() + ") ended in " + t + "; saved as "
								+ save(name, input) + "\n" + stackTrace(t));
					}
				}
			}
			report.append(String.format("%n  %-9s %6d inputs: %5d imported, %5d refused (%5d of them at a line), %d crashes, %5d ms",
					stream.name(), inputs + stream.seeds().size(), imported, refused, placed, crashes, (System.nanoTime() - started) / 1_000_000));
		}
		System.out.println(report);
		if (!failures.isEmpty()) {
			fail(failures.size() + " inputs ended in something other than an import or a refusal with a place (seed " + seed() + "):\n"
					+ String.join("\n", failures));
		}
	}

	/** The samples and the corpus, by file name. */
	private static Map<String, List<Seed>> seeds() throws IOException {
		Map<String, List<Seed>> seeds = new TreeMap<>();
		Bundle bundle = FrameworkUtil.getBundle(ImporterFuzzTest.class);
		for (String folder : List.of("/samples", "/fuzz-corpus")) {
			Enumeration<URL> entries = bundle.findEntries(folder, "*", false);
			while (entries != null && entries.hasMoreElements()) {
				URL url = entries.nextElement();
				String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
				if (file.endsWith(".md")) {
					continue;
				}
				try (InputStream in = url.openStream()) {
					seeds.computeIfAbsent(file, k -> new ArrayList<>()).add(new Seed(file, in.readAllBytes()));
				}
			}
		}
		return seeds;
	}

	private static List<Seed> pick(Map<String, List<Seed>> seeds, String prefix, String extension) {
		List<Seed> picked = new ArrayList<>();
		seeds.forEach((name, list) -> {
			if (name.startsWith(prefix) && name.endsWith(extension)) {
				picked.addAll(list);
			}
		});
		return picked;
	}

	private static String pickToken(SplittableRandom random) {
		return DICTIONARY[random.nextInt(DICTIONARY.length)];
	}

	/** One to four mutations of the bytes: flips, insertions of tokens, deletions, repetitions, truncation. */
	static byte[] mutate(byte[] seed, SplittableRandom random) {
		byte[] data = seed;
		int n = 1 + random.nextInt(4);
		for (int m = 0; m < n; m++) {
			data = mutateOnce(data, random);
		}
		return data;
	}

	private static byte[] mutateOnce(byte[] data, SplittableRandom random) {
		int length = data.length;
		int at = length == 0 ? 0 : random.nextInt(length + 1);
		switch (random.nextInt(10)) {
		case 0 -> {
			if (length > 0) {
				byte[] copy = data.clone();
				copy[Math.min(at, length - 1)] = (byte) random.nextInt(256);
				return copy;
			}
			return data;
		}
		case 1, 2 -> {
			return splice(data, at, at, pickToken(random).getBytes(StandardCharsets.UTF_8));
		}
		case 3 -> {
			int end = Math.min(length, at + 1 + random.nextInt(16));
			return splice(data, at, end, new byte[0]);
		}
		case 4 -> {
			int end = Math.min(length, at + 1 + random.nextInt(64));
			byte[] piece = java.util.Arrays.copyOfRange(data, at, end);
			int times = 1 + random.nextInt(random.nextInt(8) == 0 ? 500 : 4);
			ByteArrayOutputStream repeated = new ByteArrayOutputStream();
			for (int i = 0; i < times; i++) {
				repeated.writeBytes(piece);
			}
			return splice(data, end, end, repeated.toByteArray());
		}
		case 5 -> {
			// A number replaced by another: where the readers went wrong before.
			int start = -1;
			for (int i = at; i < length; i++) {
				if (data[i] >= '0' && data[i] <= '9') {
					start = i;
					break;
				}
			}
			if (start < 0) {
				return data;
			}
			int end = start;
			while (end < length && (data[end] >= '0' && data[end] <= '9' || data[end] == '.' || data[end] == ',')) {
				end++;
			}
			return splice(data, start, end, pickToken(random).getBytes(StandardCharsets.UTF_8));
		}
		case 6 -> {
			return java.util.Arrays.copyOf(data, at);
		}
		case 7 -> {
			byte[] copy = data.clone();
			for (int i = 0; i < copy.length; i++) {
				if (copy[i] == ';' || copy[i] == ',') {
					copy[i] = copy[i] == ';' ? (byte) ',' : (byte) ';';
				}
			}
			return copy;
		}
		case 8 -> {
			return splice(data, at, at, new byte[] { (byte) random.nextInt(32) });
		}
		default -> {
			String text = new String(data, StandardCharsets.UTF_8);
			int line = text.indexOf('\n', Math.min(at, text.length()));
			if (line < 0) {
				return data;
			}
			int next = text.indexOf('\n', line + 1);
			String repeated = text.substring(line, next < 0 ? text.length() : next).repeat(1 + random.nextInt(50));
			return (text.substring(0, line) + repeated + text.substring(line)).getBytes(StandardCharsets.UTF_8);
		}
		}
	}

	private static byte[] splice(byte[] data, int from, int to, byte[] insert) {
		byte[] out = new byte[data.length - (to - from) + insert.length];
		System.arraycopy(data, 0, out, 0, from);
		System.arraycopy(insert, 0, out, from, insert.length);
		System.arraycopy(data, to, out, from + insert.length, data.length - to);
		return out;
	}

	/** Mostly the XML parts inside the archive, sometimes the archive's bytes. */
	static byte[] mutateWorkbook(byte[] workbook, SplittableRandom random) throws IOException {
		if (random.nextInt(5) == 0) {
			return mutate(workbook, random);
		}
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				parts.put(entry.getName(), zip.readAllBytes());
			}
		} catch (IOException | IllegalArgumentException e) {
			return mutate(workbook, random);
		}
		List<String> xml = parts.keySet().stream().filter(n -> n.startsWith("xl/")).toList();
		if (xml.isEmpty()) {
			return mutate(workbook, random);
		}
		String part = xml.stream().filter(n -> n.contains("sheet") || n.contains("shared")).findFirst().orElse(xml.get(0));
		if (random.nextBoolean()) {
			part = xml.get(random.nextInt(xml.size()));
		}
		parts.put(part, mutate(parts.get(part), random));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> p : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(p.getKey()));
				zip.write(p.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static Path save(String name, byte[] input) {
		try {
			Path folder = Path.of("target", "fuzz-failures");
			Files.createDirectories(folder);
			return Files.write(folder.resolve(name), input).toAbsolutePath();
		} catch (IOException e) {
			return Path.of("(not saved: " + e.getMessage() + ")");
		}
	}

	private static String stackTrace(Throwable t) {
		StringWriter text = new StringWriter();
		t.printStackTrace(new PrintWriter(text));
		return text.toString().lines().limit(25).reduce("", (a, b) -> a + b + "\n");
	}
}
