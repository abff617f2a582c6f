package no.avtalebenk.data.importers.gsi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.Importer;
import no.avtalebenk.data.text.DelimitedText;

/**
 * A report exported from GSI (Grunnskolens informasjonssystem, Utdanningsdirektoratet) at the level
 * the protocol appendix prescribes: "Rapport, Ramme A. Elever – sumtall, Utvalg: Nivå kommune". Field
 * columns are recognised by their GSI field codes in the header, as GSI labels them (e.g. "A-15 Sum
 * elever ved skolen (d57)"):
 * <ul>
 * <li>grunnskole = A-15 d57 (kommunale og interkommunale grunnskoler);</li>
 * <li>kulturskoleMusikk = A-5 d12;</li>
 * <li>kulturskoleAndre = A-6 d17 + A-7 d22 + A-8 d27 + A-9 d1794 + A-10 d122.</li>
 * </ul>
 * The unit is the kommunenummer column (GSI's G u2); rows of one municipality (a school-level export)
 * are added up. When an owner column (Eierform) is present only kommunal and interkommunal rows
 * count. The year is the school year's first year (GSI counts at 1 October: 2025-26 is 2025) unless
 * {@code year} is given. Sum rows without a number (Hele landet, Sum) are skipped.
 */
public class GsiImporter implements Importer {

	/** GSI's source, as stored in each count's provenance. */
	public static final String SOURCE = "GSI (Utdanningsdirektoratet), Ramme A. Elever – sumtall, nivå kommune";

	private static final String[] OTHER_LINES = { "d17", "d22", "d27", "d1794", "d122" };
	private static final String OTHER_FIELDS = "A-6 d17 + A-7 d22 + A-8 d27 + A-9 d1794 + A-10 d122";

	@Override
	public Set<String> options() {
		return Set.of("encoding", "column.unit", "column.name", "column.owner", "column.year");
	}

	@Override
	public List<ImportedCount> read(ImportInput input) throws ImportException {
		String file = input.fileName();
		DelimitedText csv = DelimitedText.read(file, input.content(), input.option("encoding").orElse(null), (char) 0);
		int unit = csv.requireColumn(input, "unit", "the kommunenummer", "Kommunenr", "Kommunenummer", "Knr", "u2");
		Optional<Integer> name = csv.column(input, "name", "Kommune", "Kommunenavn", "Navn", "eu2");
		Optional<Integer> owner = csv.column(input, "owner", "Eierform", "Eierforhold", "Eier");
		Optional<Integer> schoolYear = csv.column(input, "year", "Skoleår", "Skolear", "År", "Årstall");
		Optional<Integer> year = input.year();
		if (year.isEmpty() && schoolYear.isEmpty()) {
			throw new ImportException(new ImportProblem(file, 1, 0, "no Skoleår column; give the year with --year"));
		}
		Optional<Integer> pupils = csv.columnContaining("d57");
		Optional<Integer> music = csv.columnContaining("d12");
		List<Integer> other = new ArrayList<>();
		List<String> missingOther = new ArrayList<>();
		for (String field : OTHER_LINES) {
			csv.columnContaining(field).ifPresentOrElse(other::add, () -> missingOther.add(field));
		}
		if (!other.isEmpty() && !missingOther.isEmpty()) {
			throw new ImportException(new ImportProblem(file, 1, 0, "the kulturskole's other lines are " + OTHER_FIELDS
					+ "; the columns for " + String.join(", ", missingOther) + " are missing"));
		}
		if (pupils.isEmpty() && music.isEmpty() && other.isEmpty()) {
			throw new ImportException(new ImportProblem(file, 1, 0, "no GSI field columns found: expected A-15 (d57) for grunnskole"
					+ " or A-5 (d12) and A-6 to A-10 for kulturskole (the header is: " + String.join(", ", csv.header()) + ")"));
		}
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, ImportedCount> counts = new LinkedHashMap<>();
		for (DelimitedText.Row row : csv.rows()) {
			String id = row.field(unit);
			String unitName = name.map(row::field).orElse("");
			if (id.isEmpty() && unitName.toLowerCase(Locale.ROOT).matches("(sum|total|totalt|i alt|hele landet|alle).*")) {
				continue;
			}
			if (owner.isPresent() && !row.field(owner.get()).toLowerCase(Locale.ROOT).matches("(inter)?kommunal.*")) {
				continue;
			}
			if (id.matches("\\d{3}")) {
				id = "0" + id;
			}
			if (!id.matches("\\d{4}")) {
				problems.add(new ImportProblem(file, row.line(), unit + 1, "\"" + csv.header().get(unit) + "\" is '" + id
						+ "', not a kommunenummer of four digits"));
				continue;
			}
			Integer y = year.orElse(null);
			if (y == null) {
				String field = row.field(schoolYear.get());
				if (!field.matches("\\d{4}([-/]\\d{2,4})?")) {
					problems.add(new ImportProblem(file, row.line(), schoolYear.get() + 1, "the school year '" + field
							+ "' is not a year such as 2025-26"));
					continue;
				}
				y = Integer.valueOf(field.substring(0, 4));
			}
			if (pupils.isPresent()) {
				add(counts, csv, row, unit, id, unitName, "grunnskole", y, List.of(pupils.get()), "A-15 d57: Sum elever ved skolen", input, problems);
			}
			if (music.isPresent()) {
				add(counts, csv, row, unit, id, unitName, "kulturskoleMusikk", y, List.of(music.get()), "A-5 d12: Musikkundervisning", input, problems);
			}
			if (!other.isEmpty()) {
				add(counts, csv, row, unit, id, unitName, "kulturskoleAndre", y, other, OTHER_FIELDS, input, problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		return List.copyOf(counts.values());
	}

	private static void add(Map<String, ImportedCount> counts, DelimitedText csv, DelimitedText.Row row, int unitColumn, String unit, String unitName,
			String category, int year, List<Integer> columns, String fields, ImportInput input, List<ImportProblem> problems) {
		BigDecimal sum = BigDecimal.ZERO;
		for (int column : columns) {
			BigDecimal value = csv.number(row, column, csv.decimalComma(), problems);
			if (value == null) {
				return;
			}
			sum = sum.add(value);
		}
		String key = unit + "|" + category + "|" + year;
		ImportedCount earlier = counts.get(key);
		BigDecimal total = earlier == null ? sum : earlier.value().add(sum);
		int line = earlier == null ? row.line() : earlier.line();
		int column = earlier == null ? columns.get(0) + 1 : earlier.column();
		counts.put(key, new ImportedCount(unit, unitName, category, year, total, SOURCE, fields, input.retrieved(), line, column,
				csv.header().get(unitColumn), unitColumn + 1));
	}
}
