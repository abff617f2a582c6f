package no.avtalebenk.data.importers.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.Importer;
import no.avtalebenk.data.text.DelimitedText;

/**
 * Any CSV file with one count per row: a unit column (kommunenummer, fylkesnummer, LONGYEARBYEN or
 * KS), a value column, and the category and year either as columns or as options. The columns are
 * found by their usual Norwegian or English headers, or named with {@code column.FIELD} options.
 * Semicolon or comma separated (detected from the header), decimal comma or point, UTF-8 or
 * Windows-1252 (detected unless named), or the first sheet of an Excel workbook (.xlsx). The
 * {@code year} option, when given, is the year of every row, also where the file has a year column.
 */
public class CsvImporter implements Importer {

	/** Option: the category of every row, when the file has no category column. */
	public static final String CATEGORY = "category";
	/** Option: utf-8 or windows-1252. */
	public static final String ENCODING = "encoding";
	/** Option: ; or , (also "semicolon", "comma"). */
	public static final String SEPARATOR = "separator";
	/** Option: comma or point. */
	public static final String DECIMAL = "decimal";
	/** Option: the source recorded in each count's provenance. */
	public static final String SOURCE = "source";

	private static final String[] UNIT = { "unit", "enhet", "kommunenummer", "kommunenr", "knr", "fylkesnummer", "fylkesnr", "region" };
	private static final String[] NAME = { "name", "navn", "kommunenavn", "kommune", "fylkesnavn", "unit_name" };
	private static final String[] CATEGORY_HEADERS = { "category", "kategori" };
	private static final String[] YEAR_HEADERS = { "year", "år", "årstall", "aar" };
	private static final String[] VALUE = { "value", "verdi", "antall", "count" };

	@Override
	public Set<String> options() {
		return Set.of(CATEGORY, ENCODING, SEPARATOR, DECIMAL, SOURCE, "column.unit", "column.name", "column.category",
				"column.year", "column.value");
	}

	@Override
	public List<ImportedCount> read(ImportInput input) throws ImportException {
		String file = input.fileName();
		char separator = switch (input.option(SEPARATOR).orElse("")) {
		case "" -> 0;
		case ";", "semicolon" -> ';';
		case ",", "comma" -> ',';
		default -> throw new ImportException(ImportProblem.of(file, "unknown separator '" + input.option(SEPARATOR).get() + "'; use ; or ,"));
		};
		DelimitedText csv = DelimitedText.read(file, input.content(), input.option(ENCODING).orElse(null), separator);
		boolean decimalComma = switch (input.option(DECIMAL).orElse("")) {
		case "" -> csv.decimalComma();
		case "comma" -> true;
		case "point" -> false;
		default -> throw new ImportException(ImportProblem.of(file, "unknown decimal sign '" + input.option(DECIMAL).get() + "'; use comma or point"));
		};
		int unit = csv.column(input, "unit", UNIT).orElseThrow(() -> missing(file, csv, "unit", UNIT));
		int value = csv.column(input, "value", VALUE).orElseThrow(() -> missing(file, csv, "value", VALUE));
		Optional<Integer> name = csv.column(input, "name", NAME);
		Optional<Integer> categoryColumn = csv.column(input, "category", CATEGORY_HEADERS);
		Optional<Integer> yearColumn = csv.column(input, "year", YEAR_HEADERS);
		Optional<String> category = input.option(CATEGORY);
		Optional<Integer> year = input.year();
		if (categoryColumn.isEmpty() && category.isEmpty()) {
			throw missing(file, csv, "category (or give --category)", CATEGORY_HEADERS);
		}
		if (yearColumn.isEmpty() && year.isEmpty()) {
			throw missing(file, csv, "year (or give --year)", YEAR_HEADERS);
		}
		String source = input.option(SOURCE).orElse("CSV file " + fileName(file));
		List<ImportProblem> problems = new ArrayList<>();
		List<ImportedCount> counts = new ArrayList<>();
		for (DelimitedText.Row row : csv.rows()) {
			String id = row.field(unit);
			if (id.isEmpty()) {
				problems.add(new ImportProblem(file, row.line(), unit + 1, "\"" + csv.header().get(unit) + "\" is empty; every row needs a unit"));
				continue;
			}
			if (id.matches("\\d{3}")) {
				// Spreadsheets drop the leading zero of kommunenummer such as 0301.
				id = "0" + id;
			} else if (id.matches("\\d")) {
				id = "0" + id;
			}
			String cat = category.orElse(null);
			if (categoryColumn.isPresent() && !row.field(categoryColumn.get()).isEmpty()) {
				cat = row.field(categoryColumn.get());
			}
			if (cat == null) {
				problems.add(new ImportProblem(file, row.line(), categoryColumn.get() + 1, "the category is empty"));
				continue;
			}
			Integer y = year.orElse(null);
			// --year wins over a year column, as with every other importer: the user said where the counts belong.
			if (year.isEmpty() && yearColumn.isPresent() && !row.field(yearColumn.get()).isEmpty()) {
				String field = row.field(yearColumn.get());
				if (!field.matches("\\d{4}")) {
					problems.add(new ImportProblem(file, row.line(), yearColumn.get() + 1, "the year '" + field + "' is not a year such as 2025"));
					continue;
				}
				y = Integer.valueOf(field);
			}
			if (y == null) {
				problems.add(new ImportProblem(file, row.line(), yearColumn.get() + 1, "the year is empty"));
				continue;
			}
			BigDecimal number = csv.number(row, value, decimalComma, problems);
			if (number != null) {
				counts.add(new ImportedCount(id, name.map(row::field).orElse(""), cat, y, number, source, csv.header().get(value),
						input.retrieved(), row.line(), value + 1, csv.header().get(unit), unit + 1));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		return counts;
	}

	private static ImportException missing(String file, DelimitedText csv, String what, String[] names) {
		return new ImportException(new ImportProblem(file, 1, 0, "no column for the " + what + "; expected a header such as "
				+ String.join(", ", names) + " or --column " + what.split(" ")[0] + "=HEADER (the header is: "
				+ String.join(", ", csv.header()) + ")"));
	}

	private static String fileName(String file) {
		int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
		return file.substring(slash + 1);
	}
}
