import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies jars without their signature files, for the fast start of the headless commands
 * (fast-start.sh runs it once per configuration area with Java's source launcher).
 * <p>
 * The framework, its extension and the launcher are loaded from the class path, where the JDK
 * checks a signed jar's signature at every start (an RSA verification and a digest of the whole
 * manifest) and keeps its classes out of the class-data sharing archive. Their unsigned copies hold
 * the same classes. Usage: {@code java UnsignedCopy.java SOURCE TARGET [SOURCE TARGET ...]}; each
 * target is written beside itself first and moved into place, so a copy is whole or absent.
 */
public final class UnsignedCopy {

	private UnsignedCopy() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 0 || args.length % 2 != 0) {
			System.err.println("usage: java UnsignedCopy.java SOURCE TARGET [SOURCE TARGET ...]");
			System.exit(2);
		}
		for (int i = 0; i < args.length; i += 2) {
			copy(Path.of(args[i]), Path.of(args[i + 1]));
		}
	}

	private static void copy(Path source, Path target) throws IOException {
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		try (InputStream file = Files.newInputStream(source);
				ZipInputStream in = new ZipInputStream(file);
				OutputStream written = Files.newOutputStream(partial);
				ZipOutputStream out = new ZipOutputStream(written)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (isSignature(entry.getName())) {
					continue;
				}
				ZipEntry copied = new ZipEntry(entry.getName());
				copied.setTime(entry.getTime());
				out.putNextEntry(copied);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The signature block and signature file of a signer; the manifest's digests alone sign nothing. */
	private static boolean isSignature(String name) {
		String upper = name.toUpperCase(java.util.Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}
}
