package no.avtalebenk.formula.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;

/**
 * A formula file as loaded: a UTF-8 byte-order mark at its start is skipped, and a file beyond
 * {@link FormulaLimits} is not parsed at all but refused with the limit and its place. This holds
 * for every file, including those read because another file imports them.
 */
public class VederlagResource extends LazyLinkingResource {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private Problem refusal;

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		refusal = null;
		byte[] bytes = inputStream.readNBytes(FormulaLimits.MAX_FILE_BYTES + 1);
		String file = getURI() == null ? "" : getURI().lastSegment();
		if (bytes.length > FormulaLimits.MAX_FILE_BYTES) {
			refuse(new Problem("error", file, 1, 1, "The file is larger than " + FormulaLimits.MAX_FILE_BYTES
					+ " bytes (1 MiB), the limit for a formula file."), options);
			return;
		}
		if (bytes.length >= 3 && Arrays.equals(bytes, 0, 3, BOM, 0, 3)) {
			bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
		}
		setEncodingFromOptions(options);
		Optional<Problem> problem = FormulaLimits.scan(file, new String(bytes, Charset.forName(getEncoding())));
		if (problem.isPresent()) {
			refuse(problem.get(), options);
			return;
		}
		super.doLoad(new ByteArrayInputStream(bytes), options);
	}

	private void refuse(Problem problem, Map<?, ?> options) throws IOException {
		super.doLoad(new ByteArrayInputStream(new byte[0]), options);
		refusal = problem;
		// Also among the resource's errors, so that an editor shows it.
		getErrors().add(new Diagnostic() {
			@Override
			public String getMessage() {
				return problem.message();
			}

			@Override
			public String getLocation() {
				return getURI() == null ? null : getURI().toString();
			}

			@Override
			public int getLine() {
				return problem.line();
			}

			@Override
			public int getColumn() {
				return problem.column();
			}
		});
	}

	/** @return the limit the file exceeded, so that it was not parsed; empty when it was parsed */
	public Optional<Problem> getRefusal() {
		return Optional.ofNullable(refusal);
	}
}
