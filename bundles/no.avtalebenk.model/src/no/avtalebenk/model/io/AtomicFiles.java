package no.avtalebenk.model.io;

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
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes files so that a reader never sees half a file and a failed write changes nothing. The
 * content goes to a temporary file in the target's folder (so that the final move stays on one file
 * system), is forced to disk, and then replaces the target in one atomic move; where the file system
 * cannot move atomically, an ordinary replacing move is used. On request the previous version is kept
 * beside the target as {@code <name>.bak}. When the content cannot be written, the target (and its
 * backup) are unchanged and the temporary file is removed.
 */
public final class AtomicFiles {

	/** Appended to a file's name to name its backup. */
	public static final String BACKUP_SUFFIX = ".bak";

	private AtomicFiles() {
	}

	/**
	 * @param target a file
	 * @return where {@link #write(Path, IOConsumer, boolean)} keeps its previous version:
	 *         {@code <name>.bak} in the same folder
	 */
	public static Path backupOf(Path target) {
		Path absolute = target.toAbsolutePath();
		return absolute.resolveSibling(absolute.getFileName() + BACKUP_SUFFIX);
	}

	/**
	 * @param target     the file to write; its folder must exist
	 * @param content    the file's content
	 * @param keepBackup whether to keep the previous version as {@link #backupOf(Path)}
	 * @throws IOException when the file cannot be written; the target is unchanged then
	 */
	public static void write(Path target, byte[] content, boolean keepBackup) throws IOException {
		write(target, out -> out.write(content), keepBackup);
	}

	/**
	 * @param target     the file to write; its folder must exist
	 * @param content    writes the file's content to the stream it is given (closing it is allowed
	 *                   but not needed)
	 * @param keepBackup whether to keep the previous version, when there is one, as
	 *                   {@link #backupOf(Path)}, replacing an older backup
	 * @throws IOException when the content cannot be produced or the file cannot be written; the
	 *                     target is unchanged then and no temporary file is left
	 */
	public static void write(Path target, IOConsumer<OutputStream> content, boolean keepBackup) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new IOException(target + ": the folder " + folder + " does not exist");
		}
		if (Files.isDirectory(absolute)) {
			throw new IOException(target + ": is a folder, not a file");
		}
		Path temp = temporary(absolute);
		Path backupTemp = null;
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
				content.accept(new KeepOpen(out));
				out.flush();
				channel.force(true);
			}
			boolean exists = Files.isRegularFile(absolute);
			if (exists) {
				copyPermissions(absolute, temp);
			}
			if (keepBackup && exists) {
				// The backup is itself written beside and moved into place, so that it is never half a file.
				backupTemp = temporary(backupOf(absolute));
				Files.copy(absolute, backupTemp, StandardCopyOption.COPY_ATTRIBUTES);
				try (FileChannel channel = FileChannel.open(backupTemp, StandardOpenOption.WRITE)) {
					channel.force(true);
				}
				move(backupTemp, backupOf(absolute));
			}
			move(temp, absolute);
			moved = true;
			forceFolder(folder);
		} finally {
			if (!moved) {
				Files.deleteIfExists(temp);
			}
			if (backupTemp != null) {
				Files.deleteIfExists(backupTemp);
			}
		}
	}

	/** A name no other writer picks: several programs may save beside each other. */
	private static Path temporary(Path absolute) {
		return absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** The new version keeps who may read the file; a temporary file starts with the defaults. */
	private static void copyPermissions(Path from, Path to) {
		PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
		PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
		if (source == null || target == null) {
			return;
		}
		try {
			target.setPermissions(source.readAttributes().permissions());
		} catch (IOException | UnsupportedOperationException e) {
			// The content is what matters; a file system without permissions keeps its defaults.
		}
	}

	/** Makes the rename itself durable where the platform allows forcing a folder (not on Windows). */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// The file is already in place; only its durability after a power cut is less certain.
		}
	}

	/** Lets the content writer close its stream without closing the channel that is still to be forced. */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
