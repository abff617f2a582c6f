package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cli.Commands;

/**
 * docs/cli.md promises exit code 3 for an unexpected internal error. An Error (out of memory, stack
 * overflow) used to escape Commands.run, and the product then ended with exit code 0 and nothing
 * said: the user believed the import had worked.
 */
class CrashExitCodeTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int importFailingWith(String error) throws Exception {
		Path file = Files.writeString(dir.resolve("hostile.txt"), error);
		return Commands.run(new String[] { "import", "--kind", "test-crash", file.toString(), "--into", dir.resolve("data.avtale").toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void outOfMemoryIsExitCodeThreeWithOneLine() throws Exception {
		assertEquals(Commands.INTERNAL, importFailingWith("OutOfMemoryError"));
		String message = err.toString(StandardCharsets.UTF_8);
		assertTrue(message.startsWith("avtalebenk import: ran out of memory (java.lang.OutOfMemoryError: Java heap space)"), message);
		assertEquals(1, message.lines().count(), message);
		assertFalse(Files.exists(dir.resolve("data.avtale")));
	}

	@Test
	void stackOverflowIsExitCodeThreeWithOneLine() throws Exception {
		assertEquals(Commands.INTERNAL, importFailingWith("StackOverflowError"));
		String message = err.toString(StandardCharsets.UTF_8);
		assertTrue(message.startsWith("avtalebenk import: ran out of stack (java.lang.StackOverflowError)"), message);
		assertEquals(1, message.lines().count(), message);
	}

	@Test
	void anyOtherErrorIsAnInternalError() throws Exception {
		assertEquals(Commands.INTERNAL, importFailingWith("broken invariant"));
		String message = err.toString(StandardCharsets.UTF_8);
		assertTrue(message.startsWith("avtalebenk import: internal error: java.lang.AssertionError: broken invariant"), message);
		assertEquals(1, message.lines().count(), message);
	}
}
