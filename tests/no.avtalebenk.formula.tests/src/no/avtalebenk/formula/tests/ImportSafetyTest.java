package no.avtalebenk.formula.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.formula.interpreter.TestResult;
import no.avtalebenk.formula.interpreter.TestRunner;
import no.avtalebenk.formula.load.FormulaFileException;
import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.load.ImportRule;
import no.avtalebenk.formula.load.Problem;

/**
 * A formula file may come from the other party: its imports read files of the case and nothing
 * else. Web addresses, absolute paths, paths leading out of the case and other file types are
 * refused with their place, and nothing is fetched.
 */
class ImportSafetyTest {

	@TempDir
	Path dir;

	private static final String SATSER = """
			package satser
			category grunnskole unit "elev"
			rate sats per grunnskole unit "NOK/elev" { from 2023-01-01 = 222.78 }
			formula belop for grunnskole unit "NOK" = round(sats * count(grunnskole), 2)
			""";

	private Problem refusedImport(Path file) {
		FormulaFileException e = assertThrows(FormulaFileException.class, () -> new FormulaLoader().load(file));
		assertEquals(1, e.getMessage().lines().filter(l -> l.contains("error")).limit(1).count(), e.getMessage());
		return e.getProblems().get(0);
	}

	@Test
	void webAddressIsRefusedAndNotFetched() throws Exception {
		try (Server server = new Server()) {
			String address = server.address();
			Files.writeString(dir.resolve("a.vederlag"), "import \"" + address + "\"\n"
					+ "formula f unit \"NOK\" = satser.belop\n");
			Problem problem = refusedImport(dir.resolve("a.vederlag"));
			assertEquals("a.vederlag:1:8: error: Only files of the case can be imported, by a path relative to this "
					+ "file such as \"satser.vederlag\"; '" + address + "' is an address (http:), so it is not read.",
					problem.toString());
			assertEquals(0, server.connections(), "the loader connected to the server");
		}
	}

	@Test
	void otherSchemesAreRefused() throws Exception {
		for (String address : List.of("https://example.org/satser.vederlag", "ftp://example.org/satser.vederlag",
				"jar:file:/tmp/x.jar!/satser.vederlag", "platform:/plugin/no.avtalebenk.examples/examples/"
						+ "ks-kopinor-2026-2027/kopinor.vederlag", "archive:file:/tmp/x.zip!/satser.vederlag")) {
			Files.writeString(dir.resolve("a.vederlag"), "\n  import \"" + address + "\"\n");
			Problem problem = refusedImport(dir.resolve("a.vederlag"));
			assertEquals(2, problem.line(), address);
			assertEquals(10, problem.column(), address);
			assertTrue(problem.message().contains("is an address (" + address.substring(0, address.indexOf(':'))
					+ ":), so it is not read."), problem.toString());
		}
	}

	@Test
	void pathsOutOfTheCaseAreRefused() throws Exception {
		Path caseDir = Files.createDirectories(dir.resolve("sak"));
		Files.writeString(dir.resolve("satser.vederlag"), SATSER);
		Path outside = dir.resolve("satser.vederlag").toAbsolutePath();
		for (String[] refused : List.of(new String[] { "../satser.vederlag", "leads out of the case folder" },
				new String[] { "undermappe/../../satser.vederlag", "leads out of the case folder" },
				new String[] { outside.toString(), "is an absolute path" },
				new String[] { URI.createFileURI(outside.toString()).toString(), "is an address (file:)" })) {
			Files.writeString(caseDir.resolve("a.vederlag"), "import \"" + refused[0] + "\"\n");
			Problem problem = refusedImport(caseDir.resolve("a.vederlag"));
			assertEquals("a.vederlag:1:8: error: Only files of the case can be imported, by a path relative to this "
					+ "file such as \"satser.vederlag\"; '" + refused[0] + "' " + refused[1] + ", so it is not read.",
					problem.toString());
		}
	}

	@Test
	void aFileInASubfolderMayImportFromTheCaseFolder() throws Exception {
		Path caseDir = Files.createDirectories(dir.resolve("sak"));
		Files.writeString(caseDir.resolve("satser.vederlag"), SATSER);
		Path tests = Files.createDirectories(caseDir.resolve("tester"));
		Files.writeString(tests.resolve("t.vederlag"), """
				import "../satser.vederlag"
				// 10 × 222.78 = 2 227.80
				test "fra mappen over" year 2023 { count satser.grunnskole = 10 expect satser.belop = 2227.80 }
				""");
		List<TestResult> results = TestRunner.run(new FormulaLoader(caseDir).load(tests.resolve("t.vederlag")));
		assertEquals(1, results.size());
		assertTrue(results.get(0).passed(), results.toString());
		// Without the case folder, the importing file's folder is the limit.
		assertTrue(refusedImport(tests.resolve("t.vederlag")).message().contains("leads out of the case folder"));
	}

	@Test
	void aBundledFileImportsOnlyFilesOfItsOwnBundle() {
		Resource bundled = new FormulaLoader().getResourceSet()
				.createResource(URI.createURI("platform:/plugin/no.avtalebenk.examples/examples/sak/kopinor-tester.vederlag"));
		assertEquals(null, ImportRule.refusal(bundled, "kopinor.vederlag"));
		assertEquals(URI.createURI("platform:/plugin/no.avtalebenk.examples/examples/felles/satser.vederlag"),
				ImportRule.resolve(bundled, "../felles/satser.vederlag"));
		assertEquals("Only files of the case can be imported, by a path relative to this file such as "
				+ "\"satser.vederlag\"; '../../../no.avtalebenk.cli/x.vederlag' leads out of the case folder, so it "
				+ "is not read.", ImportRule.refusal(bundled, "../../../no.avtalebenk.cli/x.vederlag"));
		assertEquals(null, ImportRule.resolve(bundled, "../../../no.avtalebenk.cli/x.vederlag"));
	}

	@Test
	void anotherFileTypeIsOneLineWithItsPlace() throws Exception {
		Files.writeString(dir.resolve("satser.txt"), SATSER);
		Files.writeString(dir.resolve("a.vederlag"), "import \"satser.txt\"\n");
		FormulaFileException e = assertThrows(FormulaFileException.class,
				() -> new FormulaLoader().load(dir.resolve("a.vederlag")));
		assertEquals("a.vederlag:1:8: error: 'satser.txt' is not a formula file: imports name .vederlag files of "
				+ "the case, such as \"satser.vederlag\".", e.getMessage());
	}

	@Test
	void loadingAFileOfAnotherTypeIsOneLineWithItsPlace() throws Exception {
		Files.writeString(dir.resolve("satser.txt"), SATSER);
		FormulaFileException e = assertThrows(FormulaFileException.class,
				() -> new FormulaLoader().load(dir.resolve("satser.txt")));
		assertEquals("satser.txt:1:1: error: This is not a formula file: formula files end in .vederlag "
				+ "(for example kopinor.vederlag).", e.getMessage());
	}

	@Test
	void theResourceSetFetchesNothingEither() throws Exception {
		try (Server server = new Server()) {
			FormulaLoader loader = new FormulaLoader();
			URI address = URI.createURI(server.address());
			assertThrows(RuntimeException.class, () -> loader.getResourceSet().getResource(address, true));
			assertEquals(false, loader.getResourceSet().getURIConverter().exists(address, null));
			assertThrows(IOException.class, () -> loader.getResourceSet().getURIConverter().createInputStream(address));
			assertEquals(0, server.connections(), "the resource set connected to the server");
		}
	}

	/**
	 * Answers every connection with a valid formula file, as a hostile server would, and counts the
	 * connections; a loader that fetched would succeed and raise the count.
	 */
	private static final class Server implements AutoCloseable {
		private final ServerSocket socket;
		private final AtomicInteger connections = new AtomicInteger();
		private final Thread thread;

		Server() throws IOException {
			socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			socket.setSoTimeout(100);
			thread = new Thread(this::serve, "hostile formula server");
			thread.setDaemon(true);
			thread.start();
		}

		String address() {
			return "http://127.0.0.1:" + socket.getLocalPort() + "/satser.vederlag";
		}

		private void serve() {
			while (!socket.isClosed()) {
				try (Socket client = socket.accept()) {
					connections.incrementAndGet();
					client.getOutputStream().write(("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + SATSER)
							.getBytes(StandardCharsets.UTF_8));
				} catch (SocketTimeoutException e) {
					// Look again whether the socket was closed.
				} catch (IOException e) {
					return;
				}
			}
		}

		int connections() {
			return connections.get();
		}

		@Override
		public void close() throws Exception {
			socket.close();
			thread.join(2000);
		}
	}
}
