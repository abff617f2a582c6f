package no.avtalebenk.data.text;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportProblem;

/**
 * A JSON tree (RFC 8259) that remembers where each value starts, so that an importer can name line
 * and column of a bad value. Read with Gson's streaming reader in strict mode and with a nesting
 * limit ({@link InputLimits#MAX_JSON_DEPTH}); a name given twice in one object is refused, since
 * one of its values would otherwise be dropped silently. Numbers are kept exact as
 * {@link BigDecimal}.
 */
public final class Json {

	/**
	 * A JSON value and its place.
	 *
	 * @param value  a {@code Map<String, Node>} (object, in file order), {@code List<Node>} (array),
	 *               {@code String}, {@code BigDecimal}, {@code Boolean}, or null
	 * @param line   line of its first character (1-based)
	 * @param column column of its first character (1-based)
	 */
	public record Node(Object value, int line, int column) {

		/** @return whether the value is an object */
		public boolean isObject() {
			return value instanceof Map;
		}

		/**
		 * @param key a member name
		 * @return the member, or null when this is no object or has no such member
		 */
		@SuppressWarnings("unchecked")
		public Node get(String key) {
			return value instanceof Map ? ((Map<String, Node>) value).get(key) : null;
		}

		/** @return the members of an object, in file order, or an empty map */
		@SuppressWarnings("unchecked")
		public Map<String, Node> members() {
			return value instanceof Map ? (Map<String, Node>) value : Map.of();
		}

		/** @return the elements of an array, or an empty list */
		@SuppressWarnings("unchecked")
		public List<Node> elements() {
			return value instanceof List ? (List<Node>) value : List.of();
		}

		/** @return the value as text, or null when it is no string */
		public String text() {
			return value instanceof String s ? s : null;
		}
	}

	private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

	private final String file;
	private final String text;
	private final JsonReader reader;
	/** Offset of each line's first character; index 0 is line 1. */
	private final int[] lineStarts;

	private Json(String file, String text) {
		this.file = file;
		this.text = text;
		this.reader = new JsonReader(new StringReader(text));
		// Strict RFC 8259: no leading zeros (01), no trailing points (1.), no raw control characters in
		// strings, no comments, single quotes or unquoted names; and a bounded depth instead of a stack overflow.
		reader.setStrictness(Strictness.STRICT);
		reader.setNestingLimit(InputLimits.MAX_JSON_DEPTH);
		List<Integer> starts = new ArrayList<>(List.of(0));
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * @param file the file name for messages
	 * @param text the JSON text
	 * @return its root value
	 * @throws ImportException naming line and column of the first syntax error
	 */
	public static Node parse(String file, String text) throws ImportException {
		if (text.length() > InputLimits.MAX_FILE_BYTES) {
			throw new ImportException(ImportProblem.of(file, "the file has " + text.length() + " characters; an import reads at most "
					+ InputLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB"));
		}
		if (text.isBlank()) {
			throw new ImportException(new ImportProblem(file, 1, 1, "JSON: the file is empty; expected a JSON value"));
		}
		Json json = new Json(file, text);
		try {
			Node root = json.value();
			if (json.reader.peek() != JsonToken.END_DOCUMENT) {
				throw json.error("unexpected text after the end of the JSON value");
			}
			return root;
		} catch (IOException e) {
			throw json.syntax(e);
		}
	}

	private Node value() throws IOException, ImportException {
		JsonToken token = reader.peek();
		int[] place = start(token);
		Object value;
		switch (token) {
		case BEGIN_OBJECT -> {
			reader.beginObject();
			Map<String, Node> members = new LinkedHashMap<>();
			while (reader.hasNext()) {
				int[] at = start(reader.peek());
				String key = reader.nextName();
				Node member = value();
				Node earlier = members.put(key, member);
				if (earlier != null) {
					// A repeated name would keep only one of its values, silently: refuse instead.
					throw new ImportException(new ImportProblem(file, at[0], at[1], "JSON: the member \"" + shorten(key)
							+ "\" is given twice in this object (also at line " + earlier.line() + ", column " + earlier.column() + ")"));
				}
			}
			reader.endObject();
			value = members;
		}
		case BEGIN_ARRAY -> {
			reader.beginArray();
			List<Node> elements = new ArrayList<>();
			while (reader.hasNext()) {
				elements.add(value());
			}
			reader.endArray();
			value = elements;
		}
		case STRING -> value = reader.nextString();
		case NUMBER -> {
			String number = reader.nextString();
			try {
				value = new BigDecimal(number);
			} catch (NumberFormatException e) {
				throw new ImportException(new ImportProblem(file, place[0], place[1], "JSON: the number " + shorten(number)
						+ " is beyond what an import reads"));
			}
		}
		case BOOLEAN -> value = reader.nextBoolean();
		case NULL -> {
			reader.nextNull();
			value = null;
		}
		default -> throw error("expected a value");
		}
		return new Node(value, place[0], place[1]);
	}

	/**
	 * Gson tells where it stands after looking at a token, past a bracket, quote or keyword, before
	 * or past a number; the value's own place is the token's first character.
	 *
	 * @return line and column of the token just peeked
	 */
	private int[] start(JsonToken token) {
		int[] now = location(reader.toString());
		int offset = Math.min(text.length(), lineStarts[Math.min(now[0], lineStarts.length) - 1] + now[1] - 1);
		int start = offset;
		switch (token) {
		case BEGIN_OBJECT, BEGIN_ARRAY, STRING, NAME -> start = offset - 1;
		default -> {
			while (start > 0 && literal(text.charAt(start - 1))) {
				start--;
			}
		}
		}
		start = Math.max(0, start);
		int line = now[0];
		while (line > 1 && lineStarts[line - 1] > start) {
			line--;
		}
		return new int[] { line, start - lineStarts[line - 1] + 1 };
	}

	private static boolean literal(char c) {
		return Character.isLetterOrDigit(c) || c == '.' || c == '+' || c == '-';
	}

	/** @return line and column of "… at line L column C …", or 1, 1 */
	private static int[] location(String message) {
		Matcher matcher = LOCATION.matcher(message == null ? "" : message);
		if (matcher.find()) {
			return new int[] { Math.max(1, Integer.parseInt(matcher.group(1))), Math.max(1, Integer.parseInt(matcher.group(2))) };
		}
		return new int[] { 1, 1 };
	}

	/** Gson's message without its place and link, in the words of the other messages. */
	private ImportException syntax(IOException e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		int[] at = location(message);
		boolean end = e instanceof java.io.EOFException || message.startsWith("End of input");
		if (!end && at[1] > 1) {
			// Gson tells the place after the character it stumbled on.
			at[1]--;
		}
		String reason = message.replaceAll("(?s) at line \\d+ column \\d+.*", "").replaceAll("(?s)\\s*See https?://\\S+.*", "").trim();
		int offset = Math.min(text.length(), lineStarts[Math.min(at[0], lineStarts.length) - 1] + at[1] - 1);
		String near = text.substring(Math.max(0, offset), Math.min(text.length(), offset + 10)).replaceAll("\\p{Cntrl}", "?");
		if (reason.startsWith("Nesting limit")) {
			reason = "the values are nested deeper than " + InputLimits.MAX_JSON_DEPTH + " levels, the limit for an import";
		} else if (reason.startsWith("Unescaped control characters")) {
			reason = "a string holds a control character; in JSON it must be written as an escape such as \\n";
		} else if (reason.contains("setStrictness") || reason.contains("malformed JSON")) {
			reason = "this is not JSON (near '" + near + "'): numbers are written without leading zeros or a trailing point,"
					+ " names and strings in double quotes, without comments";
		} else if (reason.startsWith("Unterminated array")) {
			reason = "expected ',' or ']' after a value (a comma is missing, or the array is not closed)";
		} else if (reason.startsWith("Unterminated object")) {
			reason = "expected ',' or '}' after a member (a comma is missing, or the object is not closed)";
		} else if (reason.startsWith("Unterminated string")) {
			reason = "a string is not closed";
		} else if (reason.startsWith("Expected name")) {
			reason = "expected a member name in double quotes";
		} else if (reason.startsWith("Expected ':'")) {
			reason = "expected ':' after a member name";
		} else if (reason.startsWith("Expected value")) {
			reason = "expected a value (near '" + near + "')";
		} else if (end) {
			reason = "the file ends before the JSON value is complete";
		}
		return new ImportException(new ImportProblem(file, at[0], at[1], "JSON: " + reason));
	}

	private ImportException error(String message) {
		int[] at = location(reader.toString());
		return new ImportException(new ImportProblem(file, at[0], at[1], "JSON: " + message));
	}

	private static String shorten(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}
}
