package no.avtalebenk.formula.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.formula.interpreter.EvaluationException;
import no.avtalebenk.formula.interpreter.FormulaEvaluator;
import no.avtalebenk.formula.interpreter.TestResult;
import no.avtalebenk.formula.interpreter.TestRunner;
import no.avtalebenk.formula.load.FormulaFileException;
import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.load.Problem;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Model;

/**
 * Fuzzes the parser, the checker and, on what validates, the interpreter with a seeded generator:
 * mutations of the template's kopinor.vederlag and random token streams. No input may end in
 * anything but a result or a {@link FormulaFileException} whose every problem has a place (line and
 * column from 1) and a message; computing may fail only with an {@link EvaluationException}.
 * <p>
 * The budget is {@value #CI_INPUTS} inputs (seconds on two cores); the nightly budget is chosen
 * with {@code -Davtalebenk.fuzz.inputs=200000} and the seed with {@code -Davtalebenk.fuzz.seed=N}
 * (docs/reliability.md). The regression inputs in {@code fuzz-corpus/} run every time.
 */
class FormulaFuzzTest {

	private static final int CI_INPUTS = 3000;

	private static final String[] TOKENS = { "package", "import", "category", "unit", "source", "rate", "per",
			"clause", "from", "assumption", "index", "factor", "change", "kpi", "october", "to", "param", "note",
			"formula", "for", "test", "year", "count", "in", "expect", "if", "then", "else", "and", "or", "not",
			"round", "half_up", "half_even", "down", "up", "min", "max", "cap", "share", "of", "indexed", "by",
			"since", "each", "once", "sum", "categories", "units", "=", "<", "<=", ">", ">=", "!=", "+", "-", "*",
			"/", "%", "(", ")", "{", "}", ",", ":", ".", ".*", "0", "1", "2", "10", "222.78", "0.000", "2026",
			"2023-01-01", "999999999", "99999999999999999999", "\"NOK\"", "\"elev\"", "\"NOK/elev\"", "\"\"",
			"\"kopinor.vederlag\"", "\"http://127.0.0.1:9/x.vederlag\"", "\"../x.vederlag\"", "\"x.txt\"",
			"\"unterminated", "/*", "*/", "//", "grunnskole", "sats", "belop", "kopinor.grunnskole", "x", "\uFEFF",
			"\u0000", "\t", "\n", "æøå", "^formula", "1e9", "-1" };

	@Test
	void generatedInputsEndInAResultOrAPlacedError() throws Exception {
		int budget = Integer.getInteger("avtalebenk.fuzz.inputs", CI_INPUTS);
		long seed = Long.getLong("avtalebenk.fuzz.seed", 20261202L);
		String template;
		try (InputStream in = Examples.open(Examples.FORMULAS)) {
			template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Random random = new Random(seed);
		Stats stats = new Stats();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (int i = 0; i < budget; i++) {
			String input = i % 3 == 2 ? tokens(random) : mutate(template, random);
			check("fuzz" + i + ".vederlag", input, stats);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
		System.out.println("formula fuzzing: " + budget + " inputs (seed " + seed + ") in " + millis + " ms ("
				+ cpuMillis + " ms of CPU): "
				+ stats.valid + " valid, " + stats.refused + " refused with their places, " + stats.failures.size()
				+ " failures");
		assertTrue(stats.failures.isEmpty(), stats.report());
	}

	@Test
	void corpusInputsEndInAResultOrAPlacedError() throws Exception {
		Path corpus = Path.of(System.getProperty("avtalebenk.fuzz.corpus", "fuzz-corpus"));
		List<Path> files;
		try (Stream<Path> list = Files.list(corpus)) {
			files = list.filter(Files::isRegularFile).sorted().toList();
		}
		assertTrue(files.size() >= 10, "corpus missing in " + corpus.toAbsolutePath());
		Stats stats = new Stats();
		for (Path file : files) {
			check(file.getFileName().toString(), Files.readString(file, StandardCharsets.ISO_8859_1), stats);
		}
		assertTrue(stats.failures.isEmpty(), stats.report());
	}

	/** Loads, and when it validates computes, one input; anything unexpected is recorded. */
	private static void check(String name, String input, Stats stats) {
		// ISO-8859-1 keeps every char as one byte for the corpus; generated text is written as UTF-8.
		byte[] bytes = input.getBytes(name.startsWith("fuzz") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
		try {
			Model model = new FormulaLoader().load(URI.createURI(name), new ByteArrayInputStream(bytes));
			stats.valid++;
			for (TestResult result : TestRunner.run(model)) {
				if (result.error() != null && result.location().isBlank()) {
					stats.fail(name, input, "a test error without a place: " + result.error(), null);
				}
			}
			FormulaEvaluator evaluator = new FormulaEvaluator(2026, category -> Optional.of(new BigDecimal("1234")));
			for (Element element : model.getElements()) {
				if (element instanceof Formula formula) {
					try {
						evaluator.evaluate(formula);
					} catch (EvaluationException e) {
						if (e.getLocation().isBlank()) {
							stats.fail(name, input, "an evaluation error without a place: " + e.getMessage(), e);
						}
					}
				}
			}
		} catch (FormulaFileException e) {
			stats.refused++;
			for (Problem problem : e.getProblems()) {
				if (problem.line() < 1 || problem.column() < 1 || problem.message().isBlank()) {
					stats.fail(name, input, "a problem without a place: " + problem, null);
				}
			}
		} catch (Throwable e) {
			stats.fail(name, input, "uncaught " + e, e);
		}
	}

	private static String mutate(String template, Random random) {
		StringBuilder text = new StringBuilder(template);
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits; e++) {
			int at = random.nextInt(text.length() + 1);
			int span = Math.min(text.length() - at, random.nextInt(40));
			switch (random.nextInt(7)) {
			case 0 -> text.delete(at, at + span);
			case 1 -> text.insert(at, " " + TOKENS[random.nextInt(TOKENS.length)] + " ");
			case 2 -> text.insert(at, text.substring(at, at + span));
			case 3 -> {
				if (at < text.length()) {
					text.setCharAt(at, (char) random.nextInt(0x3000));
				}
			}
			case 4 -> text.setLength(at);
			case 5 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)].repeat(1 + random.nextInt(80)));
			default -> {
				int other = random.nextInt(text.length() + 1);
				String piece = text.substring(at, at + span);
				text.delete(at, at + span);
				text.insert(Math.min(other, text.length()), piece);
			}
			}
		}
		return text.toString();
	}

	private static String tokens(Random random) {
		StringBuilder text = new StringBuilder();
		int length = 1 + random.nextInt(random.nextBoolean() ? 30 : 300);
		for (int i = 0; i < length; i++) {
			text.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextInt(8) == 0 ? '\n' : ' ');
		}
		return text.toString();
	}

	/** Counts outcomes and keeps the failing inputs for the report. */
	private static final class Stats {
		int valid;
		int refused;
		final List<String> failures = new ArrayList<>();

		void fail(String name, String input, String what, Throwable e) {
			StringWriter trace = new StringWriter();
			if (e != null) {
				e.printStackTrace(new PrintWriter(trace));
			}
			String shown = input.length() > 2000 ? input.substring(0, 2000) + "…" : input;
			failures.add(name + ": " + what + "\n--- input ---\n" + shown + "\n--- trace ---\n"
					+ trace.toString().lines().limit(15).reduce("", (a, b) -> a + b + "\n"));
			try {
				Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
				Files.writeString(dir.resolve(name), input, StandardCharsets.UTF_8);
			} catch (IOException ignored) {
				// The failure is reported in the assertion anyway.
			}
		}

		String report() {
			return failures.size() + " failures; the first:\n" + (failures.isEmpty() ? "" : failures.get(0));
		}
	}
}
