package no.avtalebenk.data.export;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats Avtalebenk exports tables in, each with its file extension: the command line's
 * {@code --format} and the workbench's export wizard choose among them.
 */
public enum ExportFormat {

	/** Comma-separated text ({@link CsvExport}). */
	CSV("csv"),
	/** An Excel workbook ({@link XlsxExport}). */
	XLSX("xlsx");

	private final String extension;

	ExportFormat(String extension) {
		this.extension = extension;
	}

	/** @return the file extension without the dot, also the format's name on the command line */
	public String extension() {
		return extension;
	}

	/**
	 * @param table a table
	 * @return the file's bytes in this format
	 * @throws IOException when the workbook cannot be written
	 */
	public byte[] write(Table table) throws IOException {
		return this == XLSX ? XlsxExport.write(table) : CsvExport.write(table);
	}

	/**
	 * @param name a format's name, e.g. {@code csv}, in any case
	 * @return the format, or empty when there is none of that name
	 */
	public static Optional<ExportFormat> named(String name) {
		for (ExportFormat format : values()) {
			if (format.extension.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}
}
