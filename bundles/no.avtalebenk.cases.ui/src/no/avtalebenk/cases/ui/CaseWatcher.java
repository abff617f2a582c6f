package no.avtalebenk.cases.ui;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

import no.avtalebenk.cases.Cases;

/**
 * Watches a case folder and its {@value Cases#DATA}/ folder on a daemon thread, and says when a file in
 * them changed. Hidden files (a name starting with a dot) are left out: the case's own writes go
 * through such temporary files and end with a move to the real name, which is seen.
 */
final class CaseWatcher implements AutoCloseable {

	private final WatchService service;

	/**
	 * @param folder  the case folder
	 * @param changed run on the watcher's thread after each batch of changes
	 * @throws IOException when the folder cannot be watched
	 */
	CaseWatcher(Path folder, Runnable changed) throws IOException {
		service = folder.getFileSystem().newWatchService();
		try {
			folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
			Path data = folder.resolve(Cases.DATA);
			if (Files.isDirectory(data)) {
				data.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
			}
		} catch (IOException | RuntimeException e) {
			service.close();
			throw e;
		}
		Thread thread = new Thread(() -> watch(changed), "Avtalebenk: watching the case " + folder.getFileName());
		thread.setDaemon(true);
		thread.start();
	}

	private void watch(Runnable changed) {
		try {
			while (true) {
				WatchKey key = service.take();
				boolean relevant = false;
				for (WatchEvent<?> event : key.pollEvents()) {
					relevant |= event.kind() == OVERFLOW
							|| event.context() instanceof Path name && !name.getFileName().toString().startsWith(".");
				}
				key.reset();
				if (relevant) {
					changed.run();
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ClosedWatchServiceException e) {
			// closed: the case is no longer current
		}
	}

	/** Stops watching; the thread ends. */
	@Override
	public void close() {
		try {
			service.close();
		} catch (IOException e) {
			// nothing is watched any more either way
		}
	}
}
