package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import no.avtalebenk.cli.Commands;

/**
 * Fuzzing of model loading: a seeded generator changes the agreement file of a user's case (values
 * of its attributes replaced by hostile ones, bytes flipped, pieces cut or repeated) and runs
 * {@code validate} and {@code simulate} on the case, as a user would. Every input must end in a
 * result (exit code 0), or in a refusal that names the file (exit code 1 or 2); exit code 3, an
 * internal error, fails the test. The agreement files of fuzz-corpus/ are run first: inputs that
 * failed before. The budget is {@value #CI_INPUTS} inputs (CI), or the system property
 * {@code avtalebenk.fuzz.inputs} divided by {@value #COST} (a case costs as much as some hundred
 * importer inputs; docs/reliability.md); the seed is {@value #SEED} unless
 * {@code avtalebenk.fuzz.seed} says otherwise.
 */
class ModelFuzzTest {

	static final int CI_INPUTS = 40;
	static final int COST = 20;
	static final long SEED = 20261202L;

	private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");
	private static final String[] VALUES = { "20", "", "-1", "0", "1E999999999", "1e-999999999", "abc", "2026-02-30", "9999-12-31",
			"0001-01-01", "2027-12-31", "2026-01-01", "NaN", "1.5", "99999999999", "2147483648", "0301", "NO", "grunnlag", "grunnskole",
			"#//x", "//@agreements.0", "&lt;", "&amp;", "&#0;", "x".repeat(5000), "2026-01-01T00:00", "-0.5", "0.333333333333333333333333",
			"ksPosition", "unknownLiteral", "true", "1 2", "12,5", "\t", "kopinor.vederlag", "../../etc/passwd", "http://example.org/x.vederlag" };

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return Commands.run(args, temp, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static int budget() {
		String value = System.getProperty("avtalebenk.fuzz.inputs", "ci");
		return value.isBlank() || value.equals("ci") || value.startsWith("${") ? CI_INPUTS
				: Math.max(CI_INPUTS, Integer.parseInt(value.strip()) / COST);
	}

	private static long seed() {
		String value = System.getProperty("avtalebenk.fuzz.seed", "");
		return value.isBlank() ? SEED : Long.parseLong(value.strip());
	}

	@Test
	void aPeriodThatIsNoDateIsRefusedWithItsPlace() throws Exception {
		Path folder = temp.resolve("c");
		assertEquals(Commands.OK, run("new", folder.toString()));
		Path agreement = folder.resolve("avtale.avtale");
		Files.writeString(agreement, Files.readString(agreement).replace("periodStart=\"2026-01-01\"", "periodStart=\"20\""));
		assertEquals(Commands.INPUT_ERROR, run("validate", "--case", folder.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("avtale.avtale: /agreements[ks-kopinor-2026-2027]: error: "), out.toString());
		for (String command : List.of("simulate", "compare", "montecarlo", "report", "explain")) {
			List<String> args = new ArrayList<>(List.of(command, "--case", folder.toString()));
			if (command.equals("report")) {
				args.addAll(List.of("--out", temp.resolve("b.html").toString()));
			}
			if (command.equals("explain")) {
				args.addAll(List.of("--unit", "NO", "--year", "2026"));
			}
			int code = run(args.toArray(String[]::new));
			assertEquals(Commands.INPUT_ERROR, code, command + ": " + err);
			assertTrue(err.toString(StandardCharsets.UTF_8).contains("avtale.avtale"), command + ": " + err);
		}
	}

	@Test
	void everyDamagedAgreementIsComputedOrRefusedWithItsPlace() throws Exception {
		Path folder = temp.resolve("fuzz");
		assertEquals(Commands.OK, run("new", folder.toString()));
		Path agreement = folder.resolve("avtale.avtale");
		String template = Files.readString(agreement);
		List<String> corpus = corpus();
		SplittableRandom random = new SplittableRandom(seed());
		int inputs = budget();
		int[] exits = new int[5];
		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < corpus.size() + inputs; i++) {
			String input = i < corpus.size() ? corpus.get(i) : mutate(template, random);
			Files.writeString(agreement, input, StandardCharsets.UTF_8);
			for (String command : List.of("validate", "simulate")) {
				int code = command.equals("simulate") ? run(command, "--case", folder.toString(), "--format", "csv")
						: run(command, "--case", folder.toString());
				exits[Math.min(code, 4)]++;
				String said = err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8);
				if (code == Commands.INTERNAL || code != Commands.OK && !said.contains("avtale.avtale") && !said.contains("kopinor.vederlag")) {
					Path saved = temp.resolve("failure-" + i + ".avtale");
					Files.writeString(saved, input);
					if (failures.size() < 10) {
						failures.add(command + " on input " + i + " ended with exit code " + code + ": "
								+ said.lines().limit(5).reduce("", (a, b) -> a + b + "\n") + "(input: " + describe(template, input) + ")");
					}
				}
			}
		}
		System.out.printf("model fuzz (seed %d): %d agreement files, validate and simulate each: exit 0: %d, 1: %d, 2: %d, 3: %d, 4: %d; %d ms%n",
				seed(), corpus.size() + inputs, exits[0], exits[1], exits[2], exits[3], exits[4], (System.nanoTime() - started) / 1_000_000);
		if (!failures.isEmpty()) {
			fail(String.join("\n", failures));
		}
		assertFalse(exits[0] == 0, "some inputs are still valid agreements");
	}

	/** One to three changes: an attribute's value replaced, or bytes flipped, cut or repeated. */
	static String mutate(String template, SplittableRandom random) {
		String text = template;
		int n = 1 + random.nextInt(3);
		for (int m = 0; m < n; m++) {
			int kind = random.nextInt(10);
			if (kind < 7) {
				List<int[]> values = new ArrayList<>();
				Matcher matcher = ATTRIBUTE.matcher(text);
				while (matcher.find()) {
					values.add(new int[] { matcher.start(2), matcher.end(2) });
				}
				int[] value = values.get(random.nextInt(values.size()));
				text = text.substring(0, value[0]) + VALUES[random.nextInt(VALUES.length)] + text.substring(value[1]);
			} else if (kind == 7) {
				int at = random.nextInt(text.length());
				text = text.substring(0, at) + (char) random.nextInt(128) + text.substring(at + 1);
			} else if (kind == 8) {
				int at = random.nextInt(text.length());
				text = text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(200)));
			} else {
				int at = random.nextInt(text.length());
				int end = Math.min(text.length(), at + 1 + random.nextInt(300));
				text = text.substring(0, end) + text.substring(at, end) + text.substring(end);
			}
		}
		return text;
	}

	private static String describe(String template, String input) {
		int start = 0;
		while (start < Math.min(template.length(), input.length()) && template.charAt(start) == input.charAt(start)) {
			start++;
		}
		return "first difference at character " + start + ": '" + input.substring(start, Math.min(input.length(), start + 80)) + "'";
	}

	private static List<String> corpus() throws IOException {
		List<String> files = new ArrayList<>();
		Enumeration<URL> entries = FrameworkUtil.getBundle(ModelFuzzTest.class).findEntries("/fuzz-corpus", "*.avtale", false);
		while (entries != null && entries.hasMoreElements()) {
			try (InputStream in = entries.nextElement().openStream()) {
				files.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}
}
