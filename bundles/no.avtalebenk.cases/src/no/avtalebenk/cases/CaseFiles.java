package no.avtalebenk.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a case's files so that a reader never sees half a file. */
final class CaseFiles {

	private CaseFiles() {
	}

	/** Writes under a temporary name in the same folder, forces it to disk, then moves it into place. */
	static void write(Path target, byte[] content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
					OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
				out.write(content);
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
