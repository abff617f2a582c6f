package no.avtalebenk.cli;

import java.util.List;

import picocli.CommandLine.Option;

/**
 * {@code --format}: the output format, one of the values the command writes; the first is the
 * default. A command mixes in the subclass that names its values, so that its usage lists them.
 */
abstract class FormatOption {

	private final List<String> allowed;
	private String value;

	FormatOption(String... allowed) {
		this.allowed = List.of(allowed);
	}

	void set(String format) {
		value = format;
	}

	/**
	 * @return the format asked for, or the default
	 * @throws UsageException when the command does not write that format
	 */
	String get() throws UsageException {
		String format = value == null ? allowed.get(0) : value;
		if (!allowed.contains(format)) {
			String choices = allowed.size() == 2 ? String.join(" or ", allowed)
					: String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1);
			throw new UsageException("unknown format '" + format + "'; use " + choices);
		}
		return format;
	}

	/** table (default), csv or json: the analysis commands. */
	static final class TableCsvJson extends FormatOption {
		TableCsvJson() {
			super("table", "csv", "json");
		}

		@Option(names = "--format", paramLabel = "table|csv|json", description = "Output format (default: table).")
		void format(String format) {
			set(format);
		}
	}

	/** table (default) or json. */
	static final class TableJson extends FormatOption {
		TableJson() {
			super("table", "json");
		}

		@Option(names = "--format", paramLabel = "table|json", description = "Output format (default: table).")
		void format(String format) {
			set(format);
		}
	}

	/** table (default) or csv. */
	static final class TableCsv extends FormatOption {
		TableCsv() {
			super("table", "csv");
		}

		@Option(names = "--format", paramLabel = "table|csv", description = "Output format (default: table).")
		void format(String format) {
			set(format);
		}
	}

	/** csv (default) or xlsx: the export. */
	static final class CsvXlsx extends FormatOption {
		CsvXlsx() {
			super("csv", "xlsx");
		}

		@Option(names = "--format", paramLabel = "csv|xlsx", description = "Output format (default: csv; xlsx needs --out).")
		void format(String format) {
			set(format);
		}
	}
}
