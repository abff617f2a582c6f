package no.avtalebenk.cases;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;

import no.avtalebenk.model.avtale.AgreementModel;

/**
 * The data sets a case read when it was opened (it reads each to check it), kept so that projecting on
 * one of them does not read it again: for a data set of 10 000 units that is most of the command's
 * time. A model is used again only while its file is unchanged (same size and time of change as when
 * it was read), and only as long as memory allows (soft references); otherwise the file is read anew.
 * The models are only read from, never changed.
 */
final class LoadedDataSets {

	private record Loaded(SoftReference<AgreementModel> model, long size, FileTime modified) {
	}

	private final Map<Path, Loaded> loaded = new HashMap<>();

	/**
	 * @param file       a data set's file
	 * @param attributes its size and time of change, read before the file was read
	 * @param model      its content
	 */
	synchronized void put(Path file, BasicFileAttributes attributes, AgreementModel model) {
		loaded.put(key(file), new Loaded(new SoftReference<>(model), attributes.size(), attributes.lastModifiedTime()));
	}

	/**
	 * @param file a data set's file
	 * @return its content as read when the case was opened, or null when it was not read then, has
	 *         changed since or was let go
	 */
	synchronized AgreementModel get(Path file) {
		Loaded known = loaded.get(key(file));
		if (known == null) {
			return null;
		}
		BasicFileAttributes now = attributes(file);
		if (now == null || now.size() != known.size() || !now.lastModifiedTime().equals(known.modified())) {
			return null;
		}
		return known.model().get();
	}

	/** @return the file's size and time of change, or null when they cannot be read */
	static BasicFileAttributes attributes(Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class);
		} catch (IOException e) {
			return null;
		}
	}

	private static Path key(Path file) {
		return file.toAbsolutePath().normalize();
	}
}
