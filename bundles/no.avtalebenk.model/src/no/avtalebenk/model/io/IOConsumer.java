package no.avtalebenk.model.io;

import java.io.IOException;

/**
 * An action on a value that may fail with an {@link IOException}, such as writing a file's content to
 * a stream ({@link AtomicFiles#write(java.nio.file.Path, IOConsumer, boolean)}).
 *
 * @param <T> the value's type
 */
@FunctionalInterface
public interface IOConsumer<T> {

	/**
	 * @param value the value
	 * @throws IOException when the action fails
	 */
	void accept(T value) throws IOException;
}
