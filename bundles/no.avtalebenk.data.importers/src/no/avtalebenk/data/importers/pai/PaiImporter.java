package no.avtalebenk.data.importers.pai;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.Importer;
import no.avtalebenk.data.text.DelimitedText;

/**
 * KS's PAI statistics of årsverk (counted at 1 December), delivered to Kopinor by 1 April under
 * protocol point 7, with the components the protocol appendix lists: kommunenummer, kommunenavn,
 * total årsverk per kommune/fylkeskommune, årsverk in teaching, in SFO, in municipal music and
 * culture schools, in municipal libraries and in Den norske kirke. Columns are recognised by these
 * words in their headers. Each row gives paiTotal, paiUndervisning, paiSfo, paiKulturskole and, when
 * present, paiBibliotek and paiKirke, and the billing base {@code administrasjon} = total − teaching
 * − SFO − kulturskole (the appendix: "totalt antall årsverk fratrukket punkt 4, 5 og 6").
 * <p>
 * Oslo and Longyearbyen must be in the report: a row named Longyearbyen without a kommunenummer is
 * the unit LONGYEARBYEN. A row named KS (KS' administrasjon, protocol point 6) gives only
 * paiKsAdministrasjon, from its total. The year comes from an År/Årstall column or the {@code year}
 * option.
 */
public class PaiImporter implements Importer {

	/** PAI's source, as stored in each count's provenance. */
	public static final String SOURCE = "KS, PAI-registeret, årsverk per 1. desember";

	@Override
	public Set<String> options() {
		return Set.of("encoding", "column.unit", "column.name", "column.year", "column.total", "column.teaching", "column.sfo",
				"column.kulturskole", "column.library", "column.church");
	}

	@Override
	public List<ImportedCount> read(ImportInput input) throws ImportException {
		String file = input.fileName();
		DelimitedText csv = DelimitedText.read(file, input.content(), input.option("encoding").orElse(null), (char) 0);
		int unit = csv.requireColumn(input, "unit", "the kommunenummer", "Kommunenummer", "Kommunenr", "Knr", "Nummer");
		Optional<Integer> name = csv.column(input, "name", "Kommunenavn", "Navn", "Kommune");
		Optional<Integer> yearColumn = csv.column(input, "year", "År", "Årstall", "Aar", "Year");
		Optional<Integer> year = input.year();
		if (year.isEmpty() && yearColumn.isEmpty()) {
			throw new ImportException(new ImportProblem(file, 1, 0, "no År column; give the year with --year (PAI counts at 1 December)"));
		}
		int total = component(csv, input, "total", "totalt").orElseThrow(() -> missing(csv, "Totalt antall årsverk", "total"));
		int teaching = component(csv, input, "teaching", "undervisning")
				.orElseThrow(() -> missing(csv, "Antall årsverk i undervisning", "teaching"));
		int sfo = component(csv, input, "sfo", "sfo", "skolefritidsordningen")
				.orElseThrow(() -> missing(csv, "Antall årsverk i skolefritidsordningen SFO", "sfo"));
		int culture = component(csv, input, "kulturskole", "kulturskoler", "kulturskole")
				.orElseThrow(() -> missing(csv, "Antall årsverk innenfor kommunale musikk- og kulturskoler", "kulturskole"));
		Optional<Integer> library = component(csv, input, "library", "bibliotek");
		Optional<Integer> church = component(csv, input, "church", "kirke");
		List<ImportProblem> problems = new ArrayList<>();
		List<ImportedCount> counts = new ArrayList<>();
		for (DelimitedText.Row row : csv.rows()) {
			String id = row.field(unit);
			String unitName = name.map(row::field).orElse("");
			String lower = unitName.toLowerCase(Locale.ROOT);
			boolean ks = lower.equals("ks") || lower.startsWith("ks ") || lower.startsWith("ks’") || lower.startsWith("ks'")
					|| id.equalsIgnoreCase("KS");
			if (ks) {
				id = "KS";
			} else if (lower.contains("longyearbyen") && !id.matches("\\d{4}")) {
				id = "LONGYEARBYEN";
			} else if (id.matches("\\d{3}")) {
				id = "0" + id;
			}
			if (!ks && !id.equals("LONGYEARBYEN") && !id.matches("\\d{2}|\\d{4}")) {
				problems.add(new ImportProblem(file, row.line(), unit + 1, "\"" + csv.header().get(unit) + "\" is '" + id
						+ "', not a kommunenummer (four digits) or fylkesnummer (two digits)"));
				continue;
			}
			Integer y = year.orElse(null);
			if (y == null) {
				String field = row.field(yearColumn.get());
				if (!field.matches("\\d{4}")) {
					problems.add(new ImportProblem(file, row.line(), yearColumn.get() + 1, "the year '" + field + "' is not a year such as 2025"));
					continue;
				}
				y = Integer.valueOf(field);
			}
			BigDecimal all = csv.number(row, total, csv.decimalComma(), problems);
			if (ks) {
				if (all != null) {
					counts.add(count(csv, row, unit, id, unitName, "paiKsAdministrasjon", y, all, total, input));
				}
				continue;
			}
			BigDecimal t = csv.number(row, teaching, csv.decimalComma(), problems);
			BigDecimal s = csv.number(row, sfo, csv.decimalComma(), problems);
			BigDecimal c = csv.number(row, culture, csv.decimalComma(), problems);
			BigDecimal b = library.map(col -> csv.number(row, col, csv.decimalComma(), problems)).orElse(null);
			BigDecimal k = church.map(col -> csv.number(row, col, csv.decimalComma(), problems)).orElse(null);
			if (all == null || t == null || s == null || c == null || library.isPresent() && b == null || church.isPresent() && k == null) {
				continue;
			}
			BigDecimal administration = all.subtract(t).subtract(s).subtract(c);
			if (administration.signum() < 0) {
				problems.add(new ImportProblem(file, row.line(), total + 1, "total årsverk " + all.toPlainString()
						+ " are fewer than teaching, SFO and kulturskole together (" + t.add(s).add(c).toPlainString() + ")"));
				continue;
			}
			counts.add(count(csv, row, unit, id, unitName, "paiTotal", y, all, total, input));
			counts.add(count(csv, row, unit, id, unitName, "paiUndervisning", y, t, teaching, input));
			counts.add(count(csv, row, unit, id, unitName, "paiSfo", y, s, sfo, input));
			counts.add(count(csv, row, unit, id, unitName, "paiKulturskole", y, c, culture, input));
			if (b != null) {
				counts.add(count(csv, row, unit, id, unitName, "paiBibliotek", y, b, library.get(), input));
			}
			if (k != null) {
				counts.add(count(csv, row, unit, id, unitName, "paiKirke", y, k, church.get(), input));
			}
			counts.add(new ImportedCount(id, unitName, "administrasjon", y, administration, SOURCE,
					"\"" + csv.header().get(total) + "\" − \"" + csv.header().get(teaching) + "\" − \"" + csv.header().get(sfo) + "\" − \""
							+ csv.header().get(culture) + "\" (protokollvedlegget)",
					input.retrieved(), row.line(), total + 1, csv.header().get(unit), unit + 1));
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		return counts;
	}

	private static ImportedCount count(DelimitedText csv, DelimitedText.Row row, int unitColumn, String id, String unitName, String category,
			int year, BigDecimal value, int column, ImportInput input) {
		return new ImportedCount(id, unitName, category, year, value, SOURCE, csv.header().get(column), input.retrieved(), row.line(),
				column + 1, csv.header().get(unitColumn), unitColumn + 1);
	}

	/** The column named with {@code column.FIELD}, else the first whose header holds one of the words. */
	private static Optional<Integer> component(DelimitedText csv, ImportInput input, String field, String... words) throws ImportException {
		if (input.option("column." + field).isPresent()) {
			return csv.column(input, field);
		}
		for (String word : words) {
			Optional<Integer> found = csv.columnContaining(word);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private static ImportException missing(DelimitedText csv, String expected, String field) {
		return new ImportException(new ImportProblem(csv.file(), 1, 0, "no column \"" + expected + "\" (a component the protocol appendix"
				+ " requires), or name it with --column " + field + "=HEADER; the header is: " + String.join(", ", csv.header())));
	}
}
