package no.avtalebenk.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes the files the command line produces (charts, briefings, exports, the reference data set)
 * whole or not at all: a reader never sees half a file, and a failed write leaves the old file as
 * it was.
 */
public final class OutputFiles {

	/** Writes a file's content to a stream. */
	@FunctionalInterface
	public interface Content {

		/**
		 * @param out where the content goes; closing it is allowed and does not end the write
		 * @throws IOException when the content cannot be written
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private OutputFiles() {
	}

	/**
	 * Writes the content to a temporary file in the target's folder, flushes it and forces it to
	 * disk, then moves it onto the target in one step (where the file system cannot move atomically,
	 * by a plain replace). When writing fails, the target is untouched and the temporary file is
	 * removed.
	 *
	 * @param target  the file to create or replace; its folder must exist
	 * @param content writes the file's content
	 * @throws IOException when the folder does not exist, or writing or moving fails
	 */
	public static void write(Path target, Content content) throws IOException {
		Path file = target.toAbsolutePath();
		// In the same folder, so that the move stays on one file system; created like any new file
		// (Files.createTempFile would make it readable by its owner only).
		Path temp = file.resolveSibling("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
				content.writeTo(new FilterOutputStream(out) {
					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						out.write(bytes, offset, length);
					}

					@Override
					public void close() throws IOException {
						// Writers that close their stream (a PDF document does) must not close the channel before it is forced.
						flush();
					}
				});
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
