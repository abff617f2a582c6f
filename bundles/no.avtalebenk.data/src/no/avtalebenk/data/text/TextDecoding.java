package no.avtalebenk.data.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportProblem;

/**
 * Turns an export's bytes into text. Statistics portals deliver UTF-8 (with or without a byte-order
 * mark) or, from spreadsheet programs on Windows, Windows-1252; without an explicit choice, text that
 * is not valid UTF-8 is read as Windows-1252, which decodes every byte.
 */
public final class TextDecoding {

	/** The encodings users can name, as the command line spells them. */
	public static final String UTF_8 = "utf-8";
	/** Windows-1252, the Western European code page of Excel's CSV export. */
	public static final String WINDOWS_1252 = "windows-1252";

	private TextDecoding() {
	}

	/**
	 * @param file     the file name for messages
	 * @param bytes    the content
	 * @param encoding {@link #UTF_8}, {@link #WINDOWS_1252}, or null to detect
	 * @return the text, without a byte-order mark
	 * @throws ImportException when the named encoding is unknown or the bytes are not valid UTF-8
	 *                         although UTF-8 was named
	 */
	public static String decode(String file, byte[] bytes, String encoding) throws ImportException {
		String chosen = encoding == null ? null : encoding.toLowerCase(Locale.ROOT);
		if (chosen != null && !chosen.equals(UTF_8) && !chosen.equals(WINDOWS_1252)) {
			throw new ImportException(ImportProblem.of(file, "unknown encoding '" + encoding + "'; use utf-8 or windows-1252"));
		}
		int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
		ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
		if (WINDOWS_1252.equals(chosen)) {
			return Charset.forName("windows-1252").decode(content).toString();
		}
		try {
			CharBuffer text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(content);
			return text.toString();
		} catch (CharacterCodingException e) {
			if (UTF_8.equals(chosen)) {
				throw new ImportException(ImportProblem.of(file, "the file is not valid UTF-8; try --encoding windows-1252"));
			}
			return Charset.forName("windows-1252").decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		}
	}
}
