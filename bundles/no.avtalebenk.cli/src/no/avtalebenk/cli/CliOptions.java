package no.avtalebenk.cli;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of one command: {@code --name value} pairs and {@code --flag}s, each allowed at most
 * once; anything else is a usage error naming the option.
 */
final class CliOptions {

	private final Map<String, String> values = new HashMap<>();
	private final Set<String> flags = new HashSet<>();

	private CliOptions() {
	}

	/**
	 * @param args       the command's arguments
	 * @param withValue  option names that take a value, e.g. "--format"
	 * @param flagNames  option names without a value, e.g. "--help"
	 */
	static CliOptions parse(String[] args, List<String> withValue, List<String> flagNames) throws UsageException {
		CliOptions options = new CliOptions();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (flagNames.contains(arg)) {
				options.flags.add(arg);
			} else if (withValue.contains(arg)) {
				if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
					throw new UsageException(arg + " needs a value");
				}
				if (options.values.put(arg, args[++i]) != null) {
					throw new UsageException(arg + " is given twice");
				}
			} else {
				throw new UsageException("unknown option '" + arg + "'");
			}
		}
		return options;
	}

	boolean has(String flag) {
		return flags.contains(flag);
	}

	String get(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	String format(String... allowed) throws UsageException {
		String format = get("--format", allowed[0]);
		if (!List.of(allowed).contains(format)) {
			throw new UsageException("unknown format '" + format + "'; use " + String.join(", ", allowed));
		}
		return format;
	}

	int integer(String name, int fallback) throws UsageException {
		String text = values.get(name);
		try {
			return text == null ? fallback : Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw new UsageException(name + " must be a whole number, not '" + text + "'");
		}
	}

	long whole(String name, long fallback) throws UsageException {
		String text = values.get(name);
		try {
			return text == null ? fallback : Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw new UsageException(name + " must be a whole number, not '" + text + "'");
		}
	}

	BigDecimal decimal(String name, String fallback) throws UsageException {
		String text = get(name, fallback);
		if (text == null) {
			throw new UsageException(name + " is required");
		}
		try {
			return new BigDecimal(text.replace(" ", "").replace("_", ""));
		} catch (NumberFormatException e) {
			throw new UsageException(name + " must be a number with a point as decimal separator (e.g. 226000000 or 1.05), not '"
					+ text + "'");
		}
	}
}
