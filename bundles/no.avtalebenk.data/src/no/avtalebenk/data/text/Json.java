package no.avtalebenk.data.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportProblem;

/**
 * A small JSON reader (RFC 8259) that remembers where each value starts, so that an importer can
 * name line and column of a bad value. Numbers are kept exact as {@link BigDecimal}.
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

	private final String file;
	private final String text;
	private int pos;
	private int line = 1;
	private int lineStart;

	private Json(String file, String text) {
		this.file = file;
		this.text = text;
	}

	/**
	 * @param file the file name for messages
	 * @param text the JSON text
	 * @return its root value
	 * @throws ImportException naming line and column of the first syntax error
	 */
	public static Node parse(String file, String text) throws ImportException {
		Json json = new Json(file, text);
		json.space();
		Node root = json.value();
		json.space();
		if (json.pos < text.length()) {
			throw json.error("unexpected text after the end of the JSON value");
		}
		return root;
	}

	private Node value() throws ImportException {
		if (pos >= text.length()) {
			throw error("the file ends where a value was expected");
		}
		int l = line;
		int c = pos - lineStart + 1;
		char ch = text.charAt(pos);
		Object value;
		if (ch == '{') {
			pos++;
			Map<String, Node> members = new LinkedHashMap<>();
			space();
			if (peek() == '}') {
				pos++;
			} else {
				while (true) {
					space();
					if (peek() != '"') {
						throw error("expected a member name in double quotes");
					}
					String key = string();
					space();
					expect(':');
					space();
					members.put(key, value());
					space();
					if (peek() == ',') {
						pos++;
					} else {
						expect('}');
						break;
					}
				}
			}
			value = members;
		} else if (ch == '[') {
			pos++;
			List<Node> elements = new ArrayList<>();
			space();
			if (peek() == ']') {
				pos++;
			} else {
				while (true) {
					space();
					elements.add(value());
					space();
					if (peek() == ',') {
						pos++;
					} else {
						expect(']');
						break;
					}
				}
			}
			value = elements;
		} else if (ch == '"') {
			value = string();
		} else if (text.startsWith("true", pos)) {
			pos += 4;
			value = Boolean.TRUE;
		} else if (text.startsWith("false", pos)) {
			pos += 5;
			value = Boolean.FALSE;
		} else if (text.startsWith("null", pos)) {
			pos += 4;
			value = null;
		} else if (ch == '-' || Character.isDigit(ch)) {
			int start = pos;
			while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
				pos++;
			}
			try {
				value = new BigDecimal(text.substring(start, pos));
			} catch (NumberFormatException e) {
				pos = start;
				throw error("'" + text.substring(start, Math.min(text.length(), start + 20)) + "' is not a number");
			}
		} else {
			throw error("unexpected character '" + ch + "'");
		}
		return new Node(value, l, c);
	}

	private String string() throws ImportException {
		pos++;
		StringBuilder out = new StringBuilder();
		while (pos < text.length()) {
			char ch = text.charAt(pos++);
			if (ch == '"') {
				return out.toString();
			} else if (ch == '\\') {
				if (pos >= text.length()) {
					break;
				}
				char esc = text.charAt(pos++);
				switch (esc) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					if (pos + 4 > text.length()) {
						throw error("incomplete \\u escape");
					}
					try {
						out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
					} catch (NumberFormatException e) {
						throw error("bad \\u escape");
					}
					pos += 4;
				}
				default -> out.append(esc);
				}
			} else if (ch == '\n') {
				pos--;
				throw error("a string is not closed before the end of the line");
			} else {
				out.append(ch);
			}
		}
		throw error("a string is not closed before the end of the file");
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private void expect(char wanted) throws ImportException {
		if (peek() != wanted) {
			throw error(pos >= text.length() ? "the file ends where '" + wanted + "' was expected"
					: "expected '" + wanted + "' but found '" + peek() + "'");
		}
		pos++;
	}

	private void space() {
		while (pos < text.length()) {
			char ch = text.charAt(pos);
			if (ch == '\n') {
				line++;
				lineStart = pos + 1;
			} else if (ch != ' ' && ch != '\t' && ch != '\r') {
				return;
			}
			pos++;
		}
	}

	private ImportException error(String message) {
		return new ImportException(new ImportProblem(file, line, pos - lineStart + 1, "JSON: " + message));
	}
}
