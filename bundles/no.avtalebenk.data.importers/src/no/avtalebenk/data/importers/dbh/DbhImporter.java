package no.avtalebenk.data.importers.dbh;

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
 * A CSV download of DBH's fagskolestatistikk (Database for statistikk om høyere utdanning, HK-dir),
 * as the protocol appendix prescribes: active students, organised fagskole – studiested –
 * utdanningstilbud, columns Årstall and Semester, calculation "Antall studenter (heltidsekvivalent)".
 * Rows count when the semester is spring (Semester 1 or Semesternavn Vår) and, when an Eierforhold
 * column is present, the owner is fylkeskommunal; the students' full-time equivalents are added up
 * per owning county (the Fylkesnr column) and year.
 */
public class DbhImporter implements Importer {

	/** DBH's source, as stored in each count's provenance. */
	public static final String SOURCE = "DBH fagskolestatistikk (HK-dir), aktive studenter, vårsemester, eierforhold fylkeskommunal";

	@Override
	public Set<String> options() {
		return Set.of("encoding", "column.county", "column.name", "column.year", "column.semester", "column.semestername",
				"column.owner", "column.value");
	}

	@Override
	public List<ImportedCount> read(ImportInput input) throws ImportException {
		String file = input.fileName();
		DelimitedText csv = DelimitedText.read(file, input.content(), input.option("encoding").orElse(null), (char) 0);
		int county = csv.requireColumn(input, "county", "the owning county", "Fylkesnr", "Fylkesnummer", "Eierfylkesnr");
		Optional<Integer> countyName = csv.column(input, "name", "Fylkesnavn", "Fylke");
		int yearColumn = csv.requireColumn(input, "year", "the year", "Årstall", "Arstall", "År");
		Optional<Integer> semester = csv.column(input, "semester", "Semester");
		Optional<Integer> semesterName = csv.column(input, "semestername", "Semesternavn");
		Optional<Integer> owner = csv.column(input, "owner", "Eierforhold", "Eierform");
		int value = csv.column(input, "value", "Antall studenter (heltidsekvivalent)", "Heltidsekvivalenter", "Heltidsekvivalent")
				.or(() -> csv.columnContaining("heltidsekvivalent"))
				.orElseThrow(() -> new ImportException(new ImportProblem(file, 1, 0,
						"no column with \"Antall studenter (heltidsekvivalent)\"; choose that calculation in DBH (the header is: "
								+ String.join(", ", csv.header()) + ")")));
		if (semester.isEmpty() && semesterName.isEmpty()) {
			throw new ImportException(new ImportProblem(file, 1, 0, "no Semester or Semesternavn column; the protocol counts the spring semester"));
		}
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, ImportedCount> counts = new LinkedHashMap<>();
		for (DelimitedText.Row row : csv.rows()) {
			boolean spring = semesterName.isPresent() ? row.field(semesterName.get()).toLowerCase(Locale.ROOT).startsWith("vår")
					: row.field(semester.get()).equals("1");
			if (!spring) {
				continue;
			}
			if (owner.isPresent() && !row.field(owner.get()).toLowerCase(Locale.ROOT).startsWith("fylkeskommunal")) {
				continue;
			}
			String id = row.field(county);
			if (id.matches("\\d")) {
				id = "0" + id;
			}
			if (!id.matches("\\d{2}")) {
				problems.add(new ImportProblem(file, row.line(), county + 1, "\"" + csv.header().get(county) + "\" is '" + id
						+ "', not a fylkesnummer of two digits"));
				continue;
			}
			String year = row.field(yearColumn);
			if (!year.matches("\\d{4}")) {
				problems.add(new ImportProblem(file, row.line(), yearColumn + 1, "the year '" + year + "' is not a year such as 2025"));
				continue;
			}
			BigDecimal fte = csv.number(row, value, csv.decimalComma(), problems);
			if (fte == null) {
				continue;
			}
			int y = input.year().orElse(Integer.valueOf(year));
			String key = id + "|" + y;
			ImportedCount earlier = counts.get(key);
			counts.put(key, new ImportedCount(id, countyName.map(row::field).orElse(""), "fagskole", y,
					earlier == null ? fte : earlier.value().add(fte), SOURCE, csv.header().get(value), input.retrieved(),
					earlier == null ? row.line() : earlier.line(), value + 1, csv.header().get(county), county + 1));
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		return List.copyOf(counts.values());
	}
}
