package no.avtalebenk.data.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;

/**
 * A data set file that several programs may write at once (two imports from two terminals, the
 * workbench and a script). Writers take a lock on a sibling lock file ({@code .NAME.lock}, an
 * operating-system lock that ends with the process, so a killed import never leaves it held) for
 * the whole read–merge–write, and wait a while for another writer to finish. Independently of the
 * lock, the file is read once as bytes and replaced only when it still holds those bytes: a program
 * that writes without the lock is noticed, and the import refused instead of overwriting its work.
 * Either way nothing is lost: the loser is told and the file holds the winner's content.
 */
public final class DataSetFile implements AutoCloseable {

	/** How long a writer waits for another writer of the same data set by default. */
	public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

	private final Path file;
	private final Path lockFile;
	private final FileChannel channel;
	private final FileLock lock;
	private byte[] read;

	private DataSetFile(Path file, Path lockFile, FileChannel channel, FileLock lock) {
		this.file = file;
		this.lockFile = lockFile;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * @param dataSet a data set file
	 * @return its lock file: {@code .NAME.lock} beside it
	 */
	public static Path lockFileOf(Path dataSet) {
		Path absolute = dataSet.toAbsolutePath();
		return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
	}

	/**
	 * Takes the data set's lock, waiting up to {@code wait} for another writer.
	 *
	 * @param dataSet the data set file; its folder must exist
	 * @param name    the data set as the user named it, for messages
	 * @param wait    how long to wait for another writer
	 * @return the locked file; close it to release the lock
	 * @throws ImportException when another writer holds the lock longer than {@code wait}
	 * @throws IOException     when the lock file cannot be created
	 */
	public static DataSetFile lock(Path dataSet, String name, Duration wait) throws ImportException, IOException {
		Path lockFile = lockFileOf(dataSet);
		long deadline = System.nanoTime() + wait.toNanos();
		String token = UUID.randomUUID().toString();
		while (true) {
			FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			try {
				FileLock lock = tryLock(channel);
				if (lock != null) {
					// The holder before removed the lock file when done; the lock counts only when taken on
					// the file that is at the path now, which holds the token just written when it is this one.
					channel.truncate(0);
					channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.US_ASCII)), 0);
					if (token.equals(readToken(lockFile))) {
						return new DataSetFile(dataSet, lockFile, channel, lock);
					}
					lock.release();
					channel.close();
					continue;
				}
				channel.close();
				if (System.nanoTime() - deadline >= 0) {
					throw new ImportException(ImportProblem.of(name, "another import is writing this data set and did not finish within "
							+ (wait.toMillis() < 1000 ? wait.toMillis() + " ms" : wait.toSeconds() + " s") + " (it holds "
							+ lockFile.getFileName() + "); nothing was imported: run the import again when it is done"));
				}
				Thread.sleep(50);
			} catch (InterruptedException e) {
				channel.close();
				Thread.currentThread().interrupt();
				throw new ImportException(ImportProblem.of(name, "interrupted while waiting for another import of this data set; nothing was imported"));
			} catch (IOException | RuntimeException e) {
				channel.close();
				throw e;
			}
		}
	}

	private static String readToken(Path lockFile) {
		try {
			return Files.readString(lockFile, StandardCharsets.US_ASCII);
		} catch (IOException e) {
			return "";
		}
	}

	/** @return the lock, or null when another process or another thread of this one holds it */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException e) {
			return null;
		}
	}

	/**
	 * Reads the data set, remembering its bytes for {@link #replace}.
	 *
	 * @return the model, or null when the file does not exist
	 * @throws AgreementFileException when it cannot be read or holds no agreement model
	 */
	public AgreementModel load() throws AgreementFileException {
		try {
			read = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			read = null;
			return null;
		} catch (IOException e) {
			throw new AgreementFileException(file + ": cannot be read: " + e.getMessage(), e);
		}
		return AgreementFiles.load(URI.createFileURI(file.toAbsolutePath().toString()), new ByteArrayInputStream(read));
	}

	/**
	 * Writes the model in place of the file read by {@link #load()}, atomically and keeping the
	 * previous version as {@code NAME.bak}, but only when the file still holds what was read.
	 *
	 * @param model the new content
	 * @param name  the data set as the user named it, for messages
	 * @throws ImportException when another program changed, created or removed the file since it was
	 *                         read; the file keeps that program's content
	 * @throws IOException     when it cannot be written; the file is unchanged then
	 */
	public void replace(AgreementModel model, String name) throws ImportException, IOException {
		byte[] now;
		try {
			now = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			now = null;
		}
		if (!Arrays.equals(read, now)) {
			throw new ImportException(ImportProblem.of(name, "another program " + (read == null ? "created" : now == null ? "removed" : "changed")
					+ " the data set while this import read it; nothing was imported, so as not to overwrite that change: run the import again"));
		}
		AgreementFiles.save(model, file, true);
	}

	@Override
	public void close() throws IOException {
		try {
			// Removed while still held, so that no lock files are left in the case folder; a writer
			// waiting on the removed file notices (see lock) and takes the lock anew.
			Files.deleteIfExists(lockFile);
		} catch (IOException e) {
			// Where an open file cannot be removed (Windows), the empty lock file stays; it does no harm.
		} finally {
			try {
				lock.release();
			} finally {
				channel.close();
			}
		}
	}
}
